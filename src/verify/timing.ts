// The time limit should sit well between the submissions that must pass it and those that
// must not. letscode warns when either side comes within 20% of it:
// - 'lower' folders (accepted, wrong_answer, ...): the slowest test's CPU time is above
//   80% of the limit;
// - 'upper' folders (time_limit_exceeded): they are judged with a limit 20% higher and
//   warned about when no test times out even then. Their verdicts at the real limit
//   follow from the same runs (atTimeLimit), so this costs no second run.
// The format's own margins (ac_to_time_limit 2.0, time_limit_to_tle 1.5) are stricter;
// these warnings catch the limits that are fragile on any machine.

import { overallVerdict, type JudgeReport, type TestResult } from '../judge/judge-report.js';
import { wallTimeFor } from '../problem/model.js';
import { formatMs } from '../common/format-units.js';
import type { TimeBound } from '../problem/submissions/folder-defaults.js';

export const TIME_MARGIN = 0.2;

/** The limit 'upper' submissions run under. */
export function raisedTimeLimitMs(timeLimitMs: number): number {
  return Math.ceil(timeLimitMs * (1 + TIME_MARGIN));
}

/** A report made under a raised limit, as the real limit would have judged it: runs over it are TLE. */
export function atTimeLimit(report: JudgeReport, timeLimitMs: number): JudgeReport {
  const wallLimitMs = wallTimeFor(timeLimitMs);
  const tests = report.tests.map((test) => judgedAt(test, timeLimitMs, wallLimitMs));
  return { ...report, tests, verdict: overallVerdict(report.compile, tests) };
}

function judgedAt(test: TestResult, timeLimitMs: number, wallLimitMs: number): TestResult {
  if (test.verdict === 'JE') return test;
  const { expectedOutput: _expected, actualOutput: _actual, ...measured } = test;
  if (test.cpuMs > timeLimitMs) return { ...measured, verdict: 'TLE', detail: `CPU time over the ${formatMs(timeLimitMs)} limit` };
  if (test.wallMs > wallLimitMs) return { ...measured, verdict: 'TLE', detail: `still running after ${formatMs(wallLimitMs)} of wall time` };
  return test;
}

export interface TimingInput {
  bound: TimeBound;
  timeLimitMs: number;
  /** The submission judged at the time limit (for 'upper' folders: as atTimeLimit made it). */
  atLimit: JudgeReport;
  /** 'upper' folders only: the same runs under the raised limit. */
  raised?: JudgeReport;
}

/** Warnings for a submission whose verdicts met its folder's promise. */
export function timingWarnings({ bound, timeLimitMs, atLimit, raised }: TimingInput): string[] {
  if (bound === 'lower') {
    const slowest = slowestTest(atLimit.tests);
    if (slowest && slowest.cpuMs > timeLimitMs * (1 - TIME_MARGIN)) {
      return [`CPU time ${formatMs(slowest.cpuMs)} on ${slowest.name} is within ${percent(TIME_MARGIN)} of the ${formatMs(timeLimitMs)} time limit`];
    }
  }
  if (bound === 'upper' && raised && raised.tests.length > 0 && !raised.tests.some((test) => test.verdict === 'TLE')) {
    const slowest = slowestTest(raised.tests);
    const where = slowest ? ` (slowest: ${formatMs(slowest.cpuMs)} on ${slowest.name})` : '';
    return [`no test times out with ${percent(TIME_MARGIN)} more time, ${formatMs(raisedTimeLimitMs(timeLimitMs))}${where}: the time limit is too close to this submission`];
  }
  return [];
}

function slowestTest(tests: readonly TestResult[]): TestResult | undefined {
  return tests.reduce<TestResult | undefined>((slowest, test) => (slowest && slowest.cpuMs >= test.cpuMs ? slowest : test), undefined);
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
