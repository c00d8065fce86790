// Which core a pinned box runs on: the one with the fewest pinned boxes alive, so two
// tests running side by side each get a core of their own and their CPU times do not
// disturb each other. LETSCODE_PIN_CPU=0 turns pinning off (to measure what it buys).

import { availableParallelism } from 'node:os';

export class CoreAllocator {
  readonly #pinnedPerCore: number[];

  constructor(cores: number = availableParallelism()) {
    this.#pinnedPerCore = Array.from({ length: Math.max(1, cores) }, () => 0);
  }

  /** The core for a new pinned box; give it back with release(). */
  take(): number {
    const fewest = Math.min(...this.#pinnedPerCore);
    const core = this.#pinnedPerCore.indexOf(fewest);
    this.#pinnedPerCore[core]!++;
    return core;
  }

  release(core: number): void {
    if (this.#pinnedPerCore[core]! > 0) this.#pinnedPerCore[core]!--;
  }
}

export function pinningEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.LETSCODE_PIN_CPU !== '0';
}
