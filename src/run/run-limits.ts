// The limits of a single run (`letscode run`, POST /api/execute): a generous default time
// limit, since there is no problem to take one from, and the same memory, output and
// process limits a judged test gets.

import { runLimitsFor } from '../execution/limits.js';
import { DEFAULT_LIMITS, wallTimeFor, type ProblemLimits } from '../problem/model.js';
import type { RunLimits } from '../sandbox/sandbox.js';

const MiB = 1024 * 1024;

export const RUN_DEFAULTS = {
  timeMs: 5000,
  memoryBytes: 256 * MiB,
} as const;

/** Wall-clock limit when a person types the input: the CPU limit still stops busy loops. */
export const TYPED_INPUT_WALL_MS = 30 * 60 * 1000;

/** stderr kept (and streamed) per run: room for debug output, unlike a judged test's 64 KiB. */
const RUN_STDERR_BYTES = 1 * MiB;

export interface RunLimitOptions {
  timeMs?: number | undefined;
  memoryBytes?: number | undefined;
  /** Default: the judge's rule, max(2 x time, time + 1 s). */
  wallTimeMs?: number | undefined;
}

export function runProblemLimits(options: RunLimitOptions = {}): ProblemLimits {
  const timeMs = options.timeMs ?? RUN_DEFAULTS.timeMs;
  return {
    timeMs,
    wallTimeMs: options.wallTimeMs ?? wallTimeFor(timeMs),
    memoryBytes: options.memoryBytes ?? RUN_DEFAULTS.memoryBytes,
    outputBytes: DEFAULT_LIMITS.outputBytes,
    pidsLimit: DEFAULT_LIMITS.pidsLimit,
  };
}

export function sandboxLimitsForRun(limits: ProblemLimits): RunLimits {
  return { ...runLimitsFor(limits), stderrBytes: RUN_STDERR_BYTES };
}
