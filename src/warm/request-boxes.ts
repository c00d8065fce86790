// One command's view of the warm helper's boxes: every box it takes is remembered until it
// gives the box back, so a command that is interrupted (or whose CLI went away) has its
// boxes removed, never given to the next command half-used.

import type { BoxSource } from '../execution/box-source.js';
import type { CompileResult } from '../execution/compile-result.js';
import { SandboxError } from '../errors.js';
import type { Box, BoxSpec } from '../sandbox/sandbox.js';

export class RequestBoxes implements BoxSource {
  readonly #shared: Required<BoxSource>;
  readonly #held = new Set<Box>();
  #cancelled = false;

  constructor(shared: Required<BoxSource>) {
    this.#shared = shared;
  }

  async openBox(spec: BoxSpec): Promise<Box> {
    return this.#hold(await this.#shared.openBox(spec));
  }

  async takeInstalled(spec: BoxSpec, programKey: string): Promise<{ box: Box; compile: CompileResult } | undefined> {
    const taken = await this.#shared.takeInstalled(spec, programKey);
    if (taken) this.#hold(taken.box);
    return taken;
  }

  keep(box: Box, spec: BoxSpec, programKey: string, compile: CompileResult): void {
    this.#held.delete(box);
    if (this.#cancelled) void box.dispose();
    else this.#shared.keep(box, spec, programKey, compile);
  }

  /** Removes every box this command holds; boxes it takes from now on are removed at once. */
  async cancel(): Promise<void> {
    this.#cancelled = true;
    const held = [...this.#held];
    this.#held.clear();
    await Promise.all(held.map((box) => box.dispose()));
  }

  #hold(box: Box): Box {
    if (this.#cancelled) {
      void box.dispose();
      throw new SandboxError('the command was interrupted');
    }
    this.#held.add(box);
    return box;
  }
}
