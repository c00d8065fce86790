// What a Kattis / ICPC package gets for the limits problem.yaml leaves out, per format
// version: the one table the loader reads and README's "Limits a package leaves out"
// table shows (format-defaults.test.ts checks that the two agree).
//
// Where the numbers come from:
// - memory: the spec leaves it to "the system default" in every version (typical: 2048
//   MiB). Legacy packages were written and checked with problemtools, Kattis' reference
//   tool, whose problemtools/config/problem.yaml gives 1024 MiB; its own examples rely on
//   it (hello fixes 512 MiB because a test submission uses more). 2023-07 and later are
//   the versions BAPCtools and DOMjudge read, both with 2048 MiB (DOMjudge's memory_limit
//   default is 2097152 kB), the spec's typical value.
// - output: 8 MiB in every source (spec, problemtools, BAPCtools; DOMjudge 8192 kB).
// - code: 128 KiB in every source.
// - time multipliers: legacy `time_multiplier` (5) and `time_safety_margin` (2);
//   2023-07+ `time_multipliers.ac_to_time_limit` (2.0) and `time_limit_to_tle` (1.5).
//   Each version reads only its own keys (the other version's are allowed and ignored).
// - time_resolution: 1 s (2023-07+ define the key; legacy has none, and problemtools
//   rounds legacy limits to whole seconds too).

export type FormatGeneration = 'legacy' | 'modern';

export interface FormatDefaults {
  /** The problem_format_version values of this generation, as README lists them. */
  versions: readonly string[];
  memoryMiB: number;
  outputMiB: number;
  codeKiB: number;
  /** The slowest accepted run times this is the derived time limit. */
  acToTimeLimit: number;
  /** A time_limit_exceeded submission should still time out at the limit times this. */
  timeLimitToTle: number;
  timeResolutionSeconds: number;
  /** Where problem.yaml sets the two multipliers, for README. */
  acToTimeLimitKey: string;
  timeLimitToTleKey: string;
}

export const FORMAT_DEFAULTS: Readonly<Record<FormatGeneration, FormatDefaults>> = {
  legacy: {
    versions: ['legacy', 'legacy-icpc'],
    memoryMiB: 1024,
    outputMiB: 8,
    codeKiB: 128,
    acToTimeLimit: 5,
    timeLimitToTle: 2,
    timeResolutionSeconds: 1,
    acToTimeLimitKey: 'limits.time_multiplier',
    timeLimitToTleKey: 'limits.time_safety_margin',
  },
  modern: {
    // Stable versions first: "did you mean" prefers them (2025 -> 2025-09, not 2025-09-draft).
    versions: ['2025-09', '2023-07', '2025-09-draft', '2023-07-draft', 'draft'],
    memoryMiB: 2048,
    outputMiB: 8,
    codeKiB: 128,
    acToTimeLimit: 2,
    timeLimitToTle: 1.5,
    timeResolutionSeconds: 1,
    acToTimeLimitKey: 'limits.time_multipliers.ac_to_time_limit',
    timeLimitToTleKey: 'limits.time_multipliers.time_limit_to_tle',
  },
};
