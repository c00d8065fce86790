// `verify`: is the problem package consistent? Its data passes validate's checks, its
// time limit is known (derived from the accepted submissions when the package leaves it
// out), and every example submission gets the verdicts its folder promises, with a
// warning when the time limit sits within 20% of a submission's time. One set of services
// (sandbox, compile cache) serves every submission.

import { deriveTimeLimit, type DerivedTimeLimit } from '../judge/derive-time-limit.js';
import { judgeSolution, type JudgeServices } from '../judge/judge.js';
import type { JudgeReport } from '../judge/verdict.js';
import type { Problem } from '../problem/model.js';
import { withTimeLimit } from '../problem/time-limit.js';
import type { ToolkitSink } from '../report/toolkit-events.js';
import { checkExpectation, testsInScope, type ExpectationCheck } from './check-rules.js';
import type { Rule, SubmissionExpectation } from './rules.js';
import { listSubmissions, unknownFolderReason, type SubmissionEntry } from './submissions.js';
import { atTimeLimit, raisedTimeLimitMs, timingWarnings } from './timing.js';
import { shown } from './shown-path.js';
import { hasValidationWork, validateProblem } from './validate-problem.js';
import { validationStatus, type ValidationReport } from './validation-report.js';

export interface SubmissionOutcome {
  /** Relative to the problem folder: "submissions/accepted/sum.cpp". */
  path: string;
  folder: string;
  /** Undefined when no rule applies (a folder letscode does not know, no yaml entry for it). */
  expectation: SubmissionExpectation | undefined;
  /** The verdicts at the time limit; null when the submission was not judged. */
  report: JudgeReport | null;
  check: ExpectationCheck | { kind: 'unknown-folder'; reason: string };
  warnings: string[];
}

export interface VerifyReport {
  problem: string;
  timeLimitMs: number;
  /** How the time limit was derived; null when the problem (or --time-limit) gave it. */
  derived: Omit<DerivedTimeLimit, 'problem'> | null;
  /** Null when there is nothing to validate (no input validator, no output case). */
  validation: ValidationReport | null;
  submissions: SubmissionOutcome[];
  /** Entries passed over and other remarks, one line each. */
  notes: string[];
  totalMs: number;
}

export interface VerifyOptions {
  jobs: number;
  emit: ToolkitSink;
}

export async function verifyProblem(problem: Problem, services: JudgeServices, options: VerifyOptions): Promise<VerifyReport> {
  const started = Date.now();
  const validation = hasValidationWork(problem) ? await validateProblem(problem, services, options) : null;
  const listing = await listSubmissions(problem);
  // Deriving judges the accepted submissions once; their reports are reused below.
  const derivationReports = new Map<string, JudgeReport>();
  const derived = await deriveTimeLimit(problem, services, options.jobs, {
    judging: (path, index, total) => options.emit({ type: 'derive-judging', path: shown(problem, path), index, total }),
    judged: (path, report) => derivationReports.set(path, report),
  });
  const judged = derived?.problem ?? problem;
  if (derived) {
    const { timeLimitMs, slowestAcceptedMs, submissions, cached } = derived;
    services.emit({ type: 'time-limit-derived', timeLimitMs, slowestAcceptedMs, submissions, cached });
  }
  const submissions: SubmissionOutcome[] = [];
  for (const [index, entry] of listing.entries.entries()) {
    options.emit({ type: 'submission-start', path: entry.shown, index, total: listing.entries.length, testCount: judged.tests.length });
    const outcome = await judgeEntry(entry, judged, services, options.jobs, derivationReports.get(entry.path));
    options.emit({ type: 'submission-done', outcome });
    submissions.push(outcome);
  }
  const notes = [...listing.notes];
  if (problem.submissionsDir !== null && !submissions.some((outcome) => outcome.folder === 'accepted')) {
    notes.push('no accepted submission: every package should have at least one');
  }
  return {
    problem: problem.name,
    timeLimitMs: judged.limits.timeMs,
    derived: derived && { timeLimitMs: derived.timeLimitMs, slowestAcceptedMs: derived.slowestAcceptedMs, cached: derived.cached, submissions: derived.submissions },
    validation,
    submissions,
    notes,
    totalMs: Date.now() - started,
  };
}

async function judgeEntry(entry: SubmissionEntry, problem: Problem, services: JudgeServices, jobs: number, reused: JudgeReport | undefined): Promise<SubmissionOutcome> {
  const base = { path: entry.shown, folder: entry.folder, expectation: entry.expectation };
  if (!entry.expectation || !entry.program) {
    return { ...base, report: null, check: { kind: 'unknown-folder', reason: unknownFolderReason(entry.folder) }, warnings: [] };
  }
  const { rules } = entry.expectation;
  const upper = rules.some((rule) => rule.timeBound === 'upper');
  const timeLimitMs = problem.limits.timeMs;
  // Submissions that must be too slow run with 20% more time: whether they are too slow
  // even then is the margin check, and their verdicts at the real limit follow.
  const limitProblem = upper ? withTimeLimit(problem, raisedTimeLimitMs(timeLimitMs)) : problem;
  const { language, source } = entry.program;
  const raw = reused ?? (await judgeSolution({ problem: limitProblem, language, solution: { name: entry.shown, source }, jobs }, services));
  const report = upper ? atTimeLimit(raw, timeLimitMs) : raw;
  const check = checkExpectation(entry.expectation, report);
  const warnings = check.kind === 'met' ? ruleTimingWarnings(rules, timeLimitMs, report, upper ? raw : undefined) : [];
  return { ...base, report, check, warnings };
}

/** Each rule's timing promise on its own tests (a submission may be fast on some groups and too slow on others). */
function ruleTimingWarnings(rules: readonly Rule[], timeLimitMs: number, atLimit: JudgeReport, raised: JudgeReport | undefined): string[] {
  const scoped = (report: JudgeReport, rule: Rule): JudgeReport => ({ ...report, tests: testsInScope(rule, report.tests) });
  const warnings = rules.flatMap((rule) =>
    timingWarnings({ bound: rule.timeBound, timeLimitMs, atLimit: scoped(atLimit, rule), ...(raised ? { raised: scoped(raised, rule) } : {}) }),
  );
  return [...new Set(warnings)];
}

export type VerifyStatus = 'ok' | 'failed' | 'judge-error';

/**
 * 'failed' when an input is invalid or a submission breaks its folder's promise (or sits
 * in an unknown folder); otherwise 'judge-error' when a validator crashed or a judge error
 * left a submission's result unknown; otherwise 'ok'. Warnings never fail.
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
  return tests.length === 0 ? null : Math.max(...tests.map((test) => test.timeMs));
}
