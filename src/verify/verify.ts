// `verify`: is the problem package consistent? Its data passes validate's checks, its
// time limit is known (derived from the accepted submissions when the package leaves it
// out), and every example submission gets the verdicts its folder promises, with a
// warning when the time limit sits within 20% of a submission's time. One set of services
// (sandbox, compile cache) serves every submission.

import { withKnownTimeLimit } from '../judge/derive-time-limit.js';
import { judgeSolution } from '../judge/judge-solution.js';
import { withScore } from '../judge/scored-report.js';
import { type JudgeServices } from '../judge/events.js';
import type { JudgeReport } from '../judge/judge-report.js';
import type { Problem, TimedProblem } from '../problem/model.js';
import { withTimeLimit } from '../problem/time-limit.js';
import type { ToolkitOptions } from './events.js';
import type { SubmissionOutcome, VerifyReport } from './verify-report.js';
import { checkExpectation, testsInScope } from './rule-check.js';
import type { Rule } from '../problem/submissions/submission-rules.js';
import { EXPECTED_RESULTS_TAG } from '../problem/submissions/expected-results-tag.js';
import { isFolderTypo, listSubmissions, unknownFolderReason, type SubmissionEntry } from './submissions.js';
import { atTimeLimit, raisedTimeLimitMs, timingWarnings } from './timing.js';
import { shown } from './shown-path.js';
import { plural } from '../common/format-units.js';
import { codeSizeWarning } from './code-size.js';
import { hasValidationWork, validateProblem } from './validate-problem.js';

export async function verifyProblem(problem: Problem, services: JudgeServices, options: ToolkitOptions): Promise<VerifyReport> {
  const started = Date.now();
  const validation = hasValidationWork(problem) ? await validateProblem(problem, services, options) : null;
  const listing = await listSubmissions(problem);
  // Deriving judges the accepted submissions once; their reports are reused below.
  const derivationReports = new Map<string, JudgeReport>();
  const { problem: judged, derived } = await withKnownTimeLimit(problem, services, options.jobs, {
    judging: (path, index, total) => options.emit({ type: 'derive-judging', path: shown(problem, path), index, total }),
    judged: (path, report) => derivationReports.set(path, report),
  });
  const submissions: SubmissionOutcome[] = [];
  for (const [index, entry] of listing.entries.entries()) {
    options.emit({ type: 'submission-start', path: entry.shown, index, total: listing.entries.length, testCount: judged.tests.length });
    const outcome = await judgeEntry(entry, judged, services, options.jobs, derivationReports.get(entry.path));
    options.emit({ type: 'submission-done', outcome });
    submissions.push(outcome);
  }
  const leftOut = derived?.skipped.length ?? 0;
  const notes = [...listing.notes, ...(leftOut > 0 ? [`the derived time limit leaves out ${plural(leftOut, 'accepted submission')} letscode cannot run (skipped above)`] : [])];
  if (problem.submissionsDir !== null && !submissions.some((outcome) => outcome.folder === 'accepted')) {
    notes.push('no accepted submission: every package should have at least one');
  }
  return {
    problem: problem.name,
    timeLimitMs: judged.limits.timeMs,
    derived,
    validation,
    submissions,
    notes,
    totalMs: Date.now() - started,
  };
}

async function judgeEntry(entry: SubmissionEntry, problem: TimedProblem, services: JudgeServices, jobs: number, reused: JudgeReport | undefined): Promise<SubmissionOutcome> {
  const base = { path: entry.shown, folder: entry.folder, expectation: entry.expectation };
  if (entry.skipped !== null) return { ...base, report: null, check: { kind: 'skipped', reason: entry.skipped }, warnings: [] };
  if (!entry.expectation || !entry.program) {
    const scoring = { scoring: problem.scoring !== undefined };
    const reason = unknownFolderReason(entry.folder, scoring);
    return { ...base, report: null, check: { kind: isFolderTypo(entry.folder, scoring) ? 'unknown-folder' : 'skipped', reason }, warnings: [] };
  }
  const { rules } = entry.expectation;
  const upper = rules.some((rule) => rule.timeBound === 'upper');
  const timeLimitMs = problem.limits.timeMs;
  // Submissions that must be too slow run with 20% more time: whether they are too slow
  // even then is the margin check, and their verdicts at the real limit follow.
  const limitProblem = upper ? withTimeLimit(problem, raisedTimeLimitMs(timeLimitMs)) : problem;
  const { language, source } = entry.program;
  // An @EXPECTED_RESULTS@ tag promises what DOMjudge gives, and DOMjudge cuts output at
  // the limit and lets the program run on: a flood that never ends is its TLE, not OLE.
  const domjudge = rules.some((rule) => rule.source === EXPECTED_RESULTS_TAG);
  const judging = { problem: limitProblem, language, solution: { name: entry.shown, source }, jobs, ...(domjudge ? { outputOverflow: 'truncate' as const } : {}) };
  // A report from deriving the time limit serves unless output was stopped in it.
  const reusable = domjudge && reused?.tests.some((test) => test.verdict === 'OLE') ? undefined : reused;
  const raw = reusable ?? (await judgeSolution(judging, services));
  const report = upper ? withScore(atTimeLimit(raw, timeLimitMs), problem.scoring) : raw;
  const check = checkExpectation(entry.expectation, report);
  const timing = check.kind === 'met' ? ruleTimingWarnings(rules, timeLimitMs, report, upper ? raw : undefined) : [];
  const codeSize = codeSizeWarning(source, problem.codeLimitBytes);
  return { ...base, report, check, warnings: codeSize === null ? timing : [codeSize, ...timing] };
}

/** Each rule's timing promise on its own tests (a submission may be fast on some groups and too slow on others). */
function ruleTimingWarnings(rules: readonly Rule[], timeLimitMs: number, atLimit: JudgeReport, raised: JudgeReport | undefined): string[] {
  const scoped = (report: JudgeReport, rule: Rule): JudgeReport => ({ ...report, tests: testsInScope(rule, report.tests) });
  const warnings = rules.flatMap((rule) =>
    timingWarnings({ bound: rule.timeBound, timeLimitMs, atLimit: scoped(atLimit, rule), ...(raised ? { raised: scoped(raised, rule) } : {}) }),
  );
  return [...new Set(warnings)];
}
