// The limits of stress's own helpers. The solution runs under the problem's limits (or -t
// and -m); the generator and the brute force get far more, since a slow brute force is
// the point of having one, and their failures must be theirs, rarely a limit's.

import type { ProblemLimits } from '../problem/model.js';
import { wallTimeFor } from '../problem/model.js';

const MiB = 1024 * 1024;

/** The largest input a generator may print: also sizes every box that is fed one. */
export const MAX_INPUT_BYTES = 64 * MiB;

export const GENERATOR_LIMITS: ProblemLimits = {
  timeMs: 10_000,
  wallTimeMs: wallTimeFor(10_000),
  memoryBytes: 1024 * MiB,
  outputBytes: MAX_INPUT_BYTES,
  pidsLimit: 64,
};

/** At least 10 s, and ten times the solution's limit: a brute force is allowed to be slow. */
export function bruteLimits(solution: ProblemLimits): ProblemLimits {
  const timeMs = Math.max(10_000, solution.timeMs * 10);
  return {
    timeMs,
    wallTimeMs: wallTimeFor(timeMs),
    memoryBytes: Math.max(1024 * MiB, solution.memoryBytes),
    outputBytes: solution.outputBytes,
    pidsLimit: solution.pidsLimit,
  };
}
