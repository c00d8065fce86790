// Limits for the programs `generate` runs: generators and the reference solution make
// test data, which may be large (a max test of tens of MiB) and slow to make; they must
// rarely fail on a limit, and never hang forever.

import type { BoxShape } from '../execution/limits.js';
import type { RunLimits } from '../sandbox/sandbox.js';

const MiB = 1024 * 1024;

export const GENERATE_LIMITS: RunLimits = {
  cpuTimeMs: 60_000,
  wallTimeMs: 120_000,
  memoryBytes: 2048 * MiB,
  outputBytes: 256 * MiB,
  stderrBytes: 64 * 1024,
  /** A generator may write testcase.in itself. */
  fileSizeBytes: 256 * MiB,
};

/** Room for the program, the files it writes in /tmp and an input as large as the output limit. */
export const GENERATE_BOX: BoxShape = {
  memoryBytes: GENERATE_LIMITS.memoryBytes + 2 * GENERATE_LIMITS.outputBytes + 128 * MiB,
  pidsLimit: 64,
  tmpBytes: 2 * GENERATE_LIMITS.fileSizeBytes,
  purpose: 'run',
};
