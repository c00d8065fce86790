// The limits the judge gives the sandbox for each step, derived from the problem's
// limits. Compiling has its own, fixed limits: a compile bomb must end as a quick CE.

import type { ProblemLimits } from '../problem/model.js';
import type { BoxSpec, RunLimits } from '../sandbox/sandbox.js';

const MiB = 1024 * 1024;

/** A box's spec but for what the language decides (image, seccomp profile). */
export type BoxShape = Omit<BoxSpec, 'image' | 'seccompProfile'>;

export const COMPILE_LIMITS: RunLimits = {
  // Real compiles here take at most a few seconds (TypeScript ~2 s); a template explosion
  // should end as a CE soon, not hold the judge for minutes.
  cpuTimeMs: 10_000,
  wallTimeMs: 15_000,
  memoryBytes: 1024 * MiB,
  /** Compiler messages beyond this are cut (a template explosion prints megabytes). */
  outputBytes: 1 * MiB,
  stderrBytes: 256 * 1024,
  fileSizeBytes: 512 * MiB,
};

export const COMPILE_BOX: BoxShape = {
  memoryBytes: 1536 * MiB,
  pidsLimit: 256,
  tmpBytes: 1024 * MiB,
  purpose: 'compile',
};

/** A checker or validator gets far more than a solution: it must never be the one that fails. */
export const PROBLEM_PROGRAM_LIMITS: RunLimits = {
  cpuTimeMs: 30_000,
  wallTimeMs: 60_000,
  memoryBytes: 1024 * MiB,
  outputBytes: 16 * MiB,
  stderrBytes: 64 * 1024,
  fileSizeBytes: 64 * MiB,
};

/** A problem program's boxes: its own limit plus room for the runner and the test's files. */
export const PROBLEM_PROGRAM_BOX: BoxShape = {
  memoryBytes: PROBLEM_PROGRAM_LIMITS.memoryBytes + 128 * MiB,
  pidsLimit: 64,
  tmpBytes: 64 * MiB,
  purpose: 'run',
};

/** stderr kept per test: enough to show a stack trace, never a verdict by itself. */
const STDERR_BYTES = 64 * 1024;
/** /tmp for a test's own scratch files. */
const RUN_TMP_BYTES = 64 * MiB;
/** Room in the box's memory cgroup for the runner and the program files in /box. */
const RUN_BOX_SLACK_BYTES = 64 * MiB;

export function runLimitsFor(limits: ProblemLimits): RunLimits {
  return {
    cpuTimeMs: limits.timeMs,
    wallTimeMs: limits.wallTimeMs,
    memoryBytes: limits.memoryBytes,
    outputBytes: limits.outputBytes,
    stderrBytes: STDERR_BYTES,
    fileSizeBytes: RUN_TMP_BYTES,
  };
}

/**
 * The box's cgroup limit sits above the program's limit: files in /tmp, the input held
 * in memory and the program files are charged to the same cgroup. The program's own
 * peak is still compared with the exact limit in classify(). The input's share is
 * rounded up to whole MiB, so runs whose inputs differ a little get the same kind of box
 * (a server's or worker's warm boxes are kept per kind: warm-boxes.ts).
 */
export function runBoxFor(limits: ProblemLimits, largestInputBytes: number): BoxShape {
  return {
    memoryBytes: limits.memoryBytes + RUN_TMP_BYTES + Math.ceil(largestInputBytes / MiB) * MiB + RUN_BOX_SLACK_BYTES,
    pidsLimit: limits.pidsLimit + 1, // + the runner itself
    tmpBytes: RUN_TMP_BYTES,
    purpose: 'run',
  };
}
