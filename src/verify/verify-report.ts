// What `verify` found: the validation, how the time limit came about, and each example
// submission's verdicts against its promise; with the summaries reporters need.

import type { DerivedTimeLimit } from '../judge/derive-time-limit.js';
import type { JudgeReport } from '../judge/judge-report.js';
import type { SubmissionExpectation } from '../problem/submissions/submission-rules.js';
import type { ExpectationCheck } from './rule-check.js';
import { validationStatus, type ValidationReport } from './validation-report.js';

export interface SubmissionOutcome {
  /** Relative to the problem folder: "submissions/accepted/sum.cpp". */
  path: string;
  folder: string;
  /** Undefined when no rule applies (a folder letscode does not know, no yaml entry for it). */
  expectation: SubmissionExpectation | undefined;
  /** The verdicts at the time limit; null when the submission was not judged. */
  report: JudgeReport | null;
  /** 'skipped': not judged, and no failure either (a language letscode does not run, a CHECK-MANUALLY tag). */
  check: ExpectationCheck | { kind: 'unknown-folder'; reason: string } | { kind: 'skipped'; reason: string };
  warnings: string[];
}

export interface VerifyReport {
  problem: string;
  timeLimitMs: number;
  /** How the time limit was derived; null when the problem (or --time-limit) gave it. */
  derived: DerivedTimeLimit | null;
  /** Null when there is nothing to validate (no input validator, no output case). */
  validation: ValidationReport | null;
  submissions: SubmissionOutcome[];
  /** Entries passed over and other remarks, one line each. */
  notes: string[];
  totalMs: number;
}

export type VerifyStatus = 'ok' | 'failed' | 'judge-error';

/**
 * 'failed' when an input is invalid or a submission breaks its folder's promise (or sits
 * in an unknown folder); otherwise 'judge-error' when a validator crashed or a judge error
 * left a submission's result unknown; otherwise 'ok'. Warnings and skipped submissions
 * never fail.
 */
export function verifyStatus(report: Pick<VerifyReport, 'validation' | 'submissions'>): VerifyStatus {
  const validation = report.validation ? validationStatus(report.validation) : 'valid';
  const checks = report.submissions.map((outcome) => outcome.check.kind);
  if (validation === 'invalid' || checks.includes('not-met') || checks.includes('unknown-folder')) return 'failed';
  if (validation === 'crash' || checks.includes('judge-error')) return 'judge-error';
  return 'ok';
}

/** A submission's slowest test (CPU time); null when no test ran. */
export function maxTimeMs(outcome: SubmissionOutcome): number | null {
  const tests = outcome.report?.tests ?? [];
  return tests.length === 0 ? null : Math.max(...tests.map((test) => test.cpuMs));
}
