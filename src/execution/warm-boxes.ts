// Boxes for a server's or a judge worker's runs, without the ~100 ms a container takes to start:
//   spares  fresh boxes started ahead of time, one kind (image, limits, profile) at a time:
//           after a request takes one, the next one of that kind starts in the background;
//   idle    a box kept after a run, for the next run of the very same program (same sources,
//           commands and limits), which then needs neither compiling nor installing.
// Reusing a box across runs of one program is what the judge does across the tests of one
// solution: the runner kills every process of a run and empties /tmp after it, and the
// program cannot write /box. A box whose run failed (JE) is never kept.

import { createHash } from 'node:crypto';
import type { CompileResult } from './compile.js';
import type { BoxSource } from './box-source.js';
import type { Box, BoxSpec, Sandbox } from '../sandbox/sandbox.js';

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
  key: string;
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

  openBox(spec: BoxSpec): Promise<Box> {
    const kind = kindOf(spec);
    const spares = this.#spares.get(kind) ?? [];
    this.#spares.delete(kind);
    this.#spares.set(kind, spares);
    const spare = spares.shift();
    // The box this request needs starts first; the spare for the next one after it.
    const taking = spare ? this.#takeSpare(spare, spec) : this.#sandbox.openBox(spec);
    this.#refill(kind, spec);
    return taking;
  }

  async takeInstalled(spec: BoxSpec, programKey: string): Promise<{ box: Box; compile: CompileResult } | undefined> {
    const key = `${kindOf(spec)}:${programKey}`;
    for (let index = this.#idle.findLastIndex((idle) => idle.key === key); index >= 0; index = this.#idle.findLastIndex((idle) => idle.key === key)) {
      const [idle] = this.#idle.splice(index, 1);
      clearTimeout(idle!.timer);
      if (await alive(idle!.box)) return { box: idle!.box, compile: idle!.compile };
      void idle!.box.dispose();
    }
    return undefined;
  }

  keep(box: Box, spec: BoxSpec, programKey: string, compile: CompileResult): void {
    if (this.#closed || this.#options.maxIdle === 0) {
      void box.dispose();
      return;
    }
    const idle: IdleBox = { key: `${kindOf(spec)}:${programKey}`, box, compile, timer: setTimeout(() => this.#drop(idle), this.#options.idleMs) };
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

  #drop(idle: IdleBox): void {
    const index = this.#idle.indexOf(idle);
    if (index < 0) return;
    this.#idle.splice(index, 1);
    clearTimeout(idle.timer);
    void idle.box.dispose();
  }
}

function kindOf(spec: BoxSpec): string {
  return createHash('sha256').update(JSON.stringify(spec)).digest('hex');
}

/** One round trip to the box's supervisor (/tmp is emptied after every run). */
async function alive(box: Box): Promise<boolean> {
  return box.readTree('/tmp').then(() => true, () => false);
}
