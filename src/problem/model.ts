// The one Problem model every problem format (native problem.yaml, Kattis packages,
// online-judge-tools folders) loads into. The judge only ever sees this.

import type { CheckerSpec } from '../checkers/checker.js';
import type { SourceFile } from '../languages/source-folder.js';
import type { ScoringSpec } from './scoring/model.js';

/** Test data is either written inline in problem.yaml or lives in a file. */
export type TestData =
  | { kind: 'inline'; content: string }
  | { kind: 'file'; path: string };

/**
 * The flags each input validator gets for one input: Kattis `input_validator_flags`, or
 * `input_validator_args` (inherited down the test-group tree). Read them with
 * inputValidatorFlagsFor(), which knows both forms.
 */
export interface InputValidatorFlags {
  /** The same flags for every input validator; empty for native problems. */
  inputValidatorFlags: readonly string[];
  /**
   * Kattis 2025-09 `input_validator_args` written as a map: each validator's own flags, by
   * the validator's path (ProgramRef.path). A validator the map leaves out gets none, and
   * inputValidatorFlags is then empty. Absent when the flags are the same for all.
   */
  inputValidatorFlagsByPath?: ReadonlyMap<string, readonly string[]> | undefined;
}

/** What `validator` is run with on an input. */
export function inputValidatorFlagsFor(input: InputValidatorFlags, validator: ProgramRef): readonly string[] {
  return input.inputValidatorFlagsByPath === undefined ? input.inputValidatorFlags : input.inputValidatorFlagsByPath.get(validator.path) ?? [];
}

export interface TestCase extends InputValidatorFlags {
  /** Unique within the problem; shown in the verdict table and reports. */
  name: string;
  input: TestData;
  answer: TestData;
  /** Samples are shown to contestants; hidden cases are not. */
  sample: boolean;
  /**
   * Flags for the output validator / checker of this case (Kattis `output_validator_flags`,
   * inherited down the test-group tree). Empty for native problems.
   */
  checkerFlags: readonly string[];
}

/**
 * An input that must be rejected: Kattis data/invalid_input/NAME.in. It passes when at
 * least one input validator rejects it; it has no answer and is never judged.
 */
export interface InvalidInput extends InputValidatorFlags {
  /** Its path under data/ without the extension: "invalid_input/too-big". */
  name: string;
  input: TestData;
}

/**
 * A contestant output whose fate is known (Kattis 2025-09): data/invalid_output/NAME.out
 * must fail output validation against NAME.ans, data/valid_output/NAME.out must pass. It
 * is checked by `validate`, never judged.
 */
export interface OutputCase extends InputValidatorFlags {
  /** Its path under data/ without the extension: "invalid_output/wrong-sum". */
  name: string;
  /** What the output validator must say about `output`. */
  expected: 'invalid' | 'valid';
  /** A valid input: the input validators must accept it. */
  input: TestData;
  answer: TestData;
  /** NAME.out, checked as if a submission had printed it. */
  output: TestData;
  /** Set like a test case's (validator_flags, test_group.yaml, NAME.yaml). */
  checkerFlags: readonly string[];
}

/** A program the problem brings: a checker, an interactor, an input validator. */
export interface ProgramRef {
  /** A source file, or a folder holding a multi-file program. */
  path: string;
}

/**
 * How the time limit is known. Kattis packages may leave it out: it is then derived from
 * the accepted submissions (slowest time x multiplier, rounded up), which needs the judge.
 */
export type TimeLimitSource =
  | { kind: 'given' }
  | { kind: 'derive'; acceptedSubmissions: readonly string[]; acToTimeLimit: number; resolutionMs: number };

export interface ProblemLimits {
  /** CPU time limit per test. */
  timeMs: number;
  /** Wall-clock limit per test; catches programs that sleep or block. */
  wallTimeMs: number;
  /** Peak resident memory limit per test. */
  memoryBytes: number;
  /** Cap on a test's stdout; past it the verdict is OLE. */
  outputBytes: number;
  /** Maximum number of processes and threads a test may have at once. */
  pidsLimit: number;
}

export interface Problem {
  name: string;
  /** Absolute path of the problem folder. */
  dir: string;
  /** The file the problem was described in (for error messages). */
  sourceFile: string;
  format: 'native' | 'kattis' | 'oj-tools';
  limits: ProblemLimits;
  /** When 'derive', limits.timeMs is a placeholder until the time limit is derived. */
  timeLimitSource: TimeLimitSource;
  checker: CheckerSpec;
  /** Interactive problems: the program the solution talks to instead of reading the input. */
  interactor: { program: ProgramRef; protocol: 'kattis' } | null;
  inputValidators: readonly ProgramRef[];
  /** Folder of submissions sorted by expected verdict (Kattis submissions/, native solutions/). */
  submissionsDir: string | null;
  tests: TestCase[];
  /** Inputs the input validators must reject; only Kattis packages have them. */
  invalidInputs: readonly InvalidInput[];
  /** Outputs the output validator must reject or accept; only Kattis packages have them. */
  outputCases: readonly OutputCase[];
  /** Absent when the problem adds no files to submissions. */
  includedFiles?: IncludedFiles | undefined;
  /**
   * Scoring problems only (native groups/points, Kattis `type: scoring`): how test verdicts
   * become a score. Absent for pass-fail problems, whose judging it never touches.
   */
  scoring?: ScoringSpec | undefined;
  /**
   * The largest submission (all its files) the problem's judge takes: Kattis limits.code.
   * verify warns about example submissions over it; absent: no such limit.
   */
  codeLimitBytes?: number | undefined;
}

/**
 * A problem whose time limit is known: the only kind a judge run takes. A problem that
 * asks for its limit to be derived becomes one through judge/derive-time-limit.ts, so
 * no caller can judge with a placeholder limit.
 */
export type TimedProblem = Problem & { timeLimitSource: { kind: 'given' } };

export function isTimed(problem: Problem): problem is TimedProblem {
  return problem.timeLimitSource.kind === 'given';
}

/**
 * Files the problem adds to every submission before it compiles (Kattis include/): a
 * driver with the main function and its headers, for problems where contestants write
 * only a function. The judge merges them in (judge/included-files.ts).
 */
export interface IncludedFiles {
  /** include/default/: for every language without a folder of its own. */
  default: readonly SourceFile[] | null;
  /** include/<code>/ by language id (python3 and other codes resolved through the aliases). */
  byLanguage: ReadonlyMap<string, readonly SourceFile[]>;
}

export const DEFAULT_LIMITS = {
  timeMs: 1000,
  memoryBytes: 256 * 1024 * 1024,
  outputBytes: 64 * 1024 * 1024,
  pidsLimit: 64,
} as const;

/** Wall-clock limit derived from the CPU limit: generous enough for a loaded machine, short enough not to hang. */
export function wallTimeFor(timeMs: number): number {
  return Math.max(timeMs * 2, timeMs + 1000);
}

/**
 * A problem that is nothing but tests (an online-judge-tools folder, serve's inline tests,
 * a language's self-test): default limits but the time limit, and none of the parts only
 * a problem package brings (validators, interactor, example submissions, invalid cases).
 * One place, so a new package part is not added to each of them by hand.
 */
export function testsOnlyProblem({ timeMs, ...fields }: Pick<Problem, 'name' | 'dir' | 'sourceFile' | 'format' | 'checker' | 'tests'> & { timeMs: number }): TimedProblem {
  return {
    ...fields,
    limits: { ...DEFAULT_LIMITS, timeMs, wallTimeMs: wallTimeFor(timeMs) },
    timeLimitSource: { kind: 'given' },
    interactor: null,
    inputValidators: [],
    submissionsDir: null,
    invalidInputs: [],
    outputCases: [],
  };
}
