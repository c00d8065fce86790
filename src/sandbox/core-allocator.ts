// Which core a pinned box runs on: the one with the fewest pinned boxes alive, so two
// tests running side by side each get a core of their own and their CPU times do not
// disturb each other. Boxes of other letscode processes (a second judge in another
// terminal, the warm helper, a worker) count too: without them every process would
// start on core 0 and two commands would share one core while the other idles.
// LETSCODE_PIN_CPU=0 turns pinning off (to measure what it buys).

import { availableParallelism } from 'node:os';

/** The container label that says which core a box is pinned to. */
export const PINNED_CORE_LABEL = 'letscode.core';

export class CoreAllocator {
  readonly #pinnedPerCore: number[];

  constructor(cores: number = availableParallelism()) {
    this.#pinnedPerCore = Array.from({ length: Math.max(1, cores) }, () => 0);
  }

  get cores(): number {
    return this.#pinnedPerCore.length;
  }

  /**
   * The core for a new pinned box; give it back with release(). `elsewhere` counts the
   * boxes other processes pinned, per core (see pinnedElsewhere()). Cores in `avoid` (those
   * of the boxes a box will run beside) are taken only when every core is in it: two tests
   * side by side on one core each get half of it, however idle the other core's boxes are.
   */
  take(elsewhere: ReadonlyMap<number, number> = new Map(), avoid: ReadonlySet<number> = new Set()): number {
    const load = this.#pinnedPerCore.map((mine, core) => mine + (elsewhere.get(core) ?? 0));
    const open = load.map((_, core) => core).filter((core) => !avoid.has(core));
    const candidates = open.length > 0 ? open : load.map((_, core) => core);
    const core = candidates.reduce((best, each) => (load[each]! < load[best]! ? each : best));
    this.#pinnedPerCore[core]!++;
    return core;
  }

  release(core: number): void {
    if (this.#pinnedPerCore[core]! > 0) this.#pinnedPerCore[core]!--;
  }
}

/** Per core, how many of `containers` (Docker's container list) other processes pinned there. */
export function pinnedElsewhere(containers: readonly { Labels?: Record<string, string> }[], ownPid = process.pid): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { Labels: labels = {} } of containers) {
    const core = Number(labels[PINNED_CORE_LABEL]);
    if (labels['letscode.pid'] === String(ownPid) || !Number.isInteger(core)) continue;
    counts.set(core, (counts.get(core) ?? 0) + 1);
  }
  return counts;
}

export function pinningEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.LETSCODE_PIN_CPU !== '0';
}
