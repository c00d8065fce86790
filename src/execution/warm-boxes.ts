// Boxes without the ~100-300 ms a container takes to start, for anything that launches
// many programs in one process (a server, a judge worker, grade, the warm helper):
//   spares  fresh boxes started ahead of time, one kind (image, limits, profile) at a time:
//           after a launch takes one, the next one of that kind starts in the background;
//   idle    boxes given back after a program ran in them. The same program (same sources,
//           commands and limits) takes its own box back with nothing to compile or install;
//           another program of the same kind takes the longest-idle one after a reset,
//           before any spare.
// Reuse keeps a fresh box's isolation: the runner kills every process of a run when it
// ends, and reset() empties /box and /tmp before another program gets the box. A box
// whose run failed in the sandbox (JE) is never given back.

import { createHash } from 'node:crypto';
import type { Box, BoxSpec, Sandbox } from '../sandbox/sandbox.js';
import type { BoxSource } from './box-source.js';
import type { CompileResult } from './compile-result.js';

export interface WarmOptions {
  /** Spares kept per kind of box (default 1). */
  sparesPerKind?: number;
  /** Kinds kept warm; the least recently used kind beyond this loses its spares (default 4). */
  kinds?: number;
  /** Idle boxes kept in all (default 4); the longest idle goes first. */
  maxIdle?: number;
  /** An idle box is removed after this long unused (default 60 s). */
  idleMs?: number;
}

interface IdleBox {
  kind: string;
  programKey: string;
  box: Box;
  compile: CompileResult;
  timer: NodeJS.Timeout;
}

export class WarmBoxes implements BoxSource {
  readonly #sandbox: Sandbox;
  readonly #options: Required<WarmOptions>;
  /** Kind -> spares being started or ready; Map order is least recently used first. */
  readonly #spares = new Map<string, Promise<Box>[]>();
  /** Longest idle first. */
  readonly #idle: IdleBox[] = [];
  #closed = false;

  constructor(sandbox: Sandbox, options: WarmOptions = {}) {
    this.#sandbox = sandbox;
    this.#options = { sparesPerKind: 1, kinds: 4, maxIdle: 4, idleMs: 60_000, ...options };
  }

  async openBox(spec: BoxSpec): Promise<Box> {
    const kind = kindOf(spec);
    const spares = this.#spares.get(kind) ?? [];
    this.#spares.delete(kind);
    this.#spares.set(kind, spares);
    // An idle box, emptied, comes first: spares are for bursts and take time to replace.
    // The box this launch needs is taken before the spare for the next one starts.
    const idle = this.#idle.findIndex((entry) => entry.kind === kind);
    const spare = idle < 0 ? spares.shift() : undefined;
    const taking = spare ? this.#takeSpare(spare, spec) : this.#takeIdle(kind, spec);
    this.#refill(kind, spec);
    return taking;
  }

  async takeInstalled(spec: BoxSpec, programKey: string): Promise<{ box: Box; compile: CompileResult } | undefined> {
    const kind = kindOf(spec);
    for (let index = this.#lastIdle(kind, programKey); index >= 0; index = this.#lastIdle(kind, programKey)) {
      const idle = this.#untrack(index);
      if (await alive(idle.box)) return { box: idle.box, compile: idle.compile };
      void idle.box.dispose();
    }
    return undefined;
  }

  keep(box: Box, spec: BoxSpec, programKey: string, compile: CompileResult): void {
    if (this.#closed || this.#options.maxIdle === 0) {
      void box.dispose();
      return;
    }
    const idle: IdleBox = { kind: kindOf(spec), programKey, box, compile, timer: setTimeout(() => this.#drop(idle), this.#options.idleMs) };
    idle.timer.unref();
    this.#idle.push(idle);
    while (this.#idle.length > this.#options.maxIdle) this.#drop(this.#idle[0]!);
  }

  /** Stops keeping boxes and removes the spare and idle ones. */
  async close(): Promise<void> {
    this.#closed = true;
    const spares = [...this.#spares.values()].flat();
    this.#spares.clear();
    const idle = this.#idle.splice(0);
    for (const entry of idle) clearTimeout(entry.timer);
    await Promise.all([
      ...spares.map((spare) => spare.then((box) => box.dispose(), () => undefined)),
      ...idle.map((entry) => entry.box.dispose()),
    ]);
  }

  async #takeSpare(spare: Promise<Box>, spec: BoxSpec): Promise<Box> {
    const box = await spare.catch(() => null);
    // A spare whose container died while it waited is not worth a judge error.
    if (box && (await alive(box))) return box;
    void box?.dispose();
    return this.#takeIdle(kindOf(spec), spec);
  }

  /** The longest-idle box of this kind, emptied by a reset; a new box when there is none. */
  async #takeIdle(kind: string, spec: BoxSpec): Promise<Box> {
    for (let index = this.#idle.findIndex((idle) => idle.kind === kind); index >= 0; index = this.#idle.findIndex((idle) => idle.kind === kind)) {
      const { box } = this.#untrack(index);
      const reset = await box.reset().then(() => true, () => false);
      if (reset) return box;
      void box.dispose();
    }
    return this.#sandbox.openBox(spec);
  }

  #refill(kind: string, spec: BoxSpec): void {
    if (this.#closed) return;
    const spares = this.#spares.get(kind)!;
    while (spares.length < this.#options.sparesPerKind) {
      const opening = this.#sandbox.openBox(spec);
      opening.catch(() => undefined);
      spares.push(opening);
    }
    while (this.#spares.size > this.#options.kinds) {
      const [oldest, stale] = this.#spares.entries().next().value as [string, Promise<Box>[]];
      this.#spares.delete(oldest);
      for (const spare of stale) void spare.then((box) => box.dispose(), () => undefined);
    }
  }

  #lastIdle(kind: string, programKey: string): number {
    return this.#idle.findLastIndex((idle) => idle.kind === kind && idle.programKey === programKey);
  }

  #untrack(index: number): IdleBox {
    const [idle] = this.#idle.splice(index, 1);
    clearTimeout(idle!.timer);
    return idle!;
  }

  #drop(idle: IdleBox): void {
    const index = this.#idle.indexOf(idle);
    if (index < 0) return;
    this.#untrack(index);
    void idle.box.dispose();
  }
}

function kindOf(spec: BoxSpec): string {
  return createHash('sha256').update(JSON.stringify(spec)).digest('hex');
}

/** One round trip to the box's supervisor. */
async function alive(box: Box): Promise<boolean> {
  return box.readTree('/tmp').then(() => true, () => false);
}
