// What a stress run found, as data: the reporter words it, the CLI maps it to an exit
// code. Only `solution-failed` (and a solution that does not compile) is the solution's
// failure; everything else that stops a run (the generator, the brute force, the checker
// or the interactor failing, a generator that is not deterministic, an input the
// problem's validator rejects) is theirs and leaves the solution's correctness unknown.

import type { TestResult } from '../judge/judge-report.js';
import type { AddedTest } from '../problem/add-test.js';
import type { Verdict } from '../common/verdicts.js';

/** The programs stress runs, as named in its messages. */
export type StressRole = 'solution' | 'generator' | 'brute force';

export interface ShrinkResult {
  input: string;
  /** The solution's run on `input`. */
  result: TestResult;
  expected: string | null;
  /** Candidate inputs run (each on the solution and the brute force). */
  tried: number;
  /** An input validator accepted every kept candidate; false: only structural edits were made, nothing checked the input. */
  validated: boolean;
  /** Why shrinking could not start or stopped early, when it did. */
  note: string | null;
}

export type StressOutcome =
  /** Every iteration agreed. */
  | { kind: 'passed' }
  /** The counterexample: the solution's verdict on the generated input. */
  | { kind: 'solution-failed'; seed: number; input: string; expected: string | null; result: TestResult; shrunk: ShrinkResult | null }
  | { kind: 'compile-error'; role: StressRole; message: string }
  /** The generator or the brute force crashed, hit a limit or (interactive) did not get AC. */
  | { kind: 'program-failed'; role: Exclude<StressRole, 'solution'>; seed: number; input: string | null; verdict: Verdict; detail: string; stderr: string }
  /** Two runs of the generator with the same seed printed different inputs. */
  | { kind: 'nondeterministic'; seed: number; first: string; second: string }
  /** The generator printed an input the problem's input validator rejects. */
  | { kind: 'invalid-input'; seed: number; input: string; validator: string; message: string }
  /** The checker, the interactor or the sandbox failed: a judge error. */
  | { kind: 'judge-error'; seed: number; input: string | null; detail: string };

export interface StressReport {
  outcome: StressOutcome;
  /** --save: the test the failing input became. */
  saved: AddedTest | null;
  /** Iterations that ran to the end (a failing one included). */
  iterations: number;
  firstSeed: number;
  elapsedMs: number;
}

export type StressStatus = 'ok' | 'failed' | 'judge-error';

/** ok: nothing found; failed: the solution is wrong; judge-error: something else stopped the run. */
export function stressStatus(outcome: StressOutcome): StressStatus {
  if (outcome.kind === 'passed') return 'ok';
  if (outcome.kind === 'solution-failed' || (outcome.kind === 'compile-error' && outcome.role === 'solution')) return 'failed';
  return 'judge-error';
}
