// The JSON document for a judge report: what `judge --json` prints and what the HTTP API
// answers. Fields are copied one by one so nothing else leaks in; outputs
// (expected/actual/stderr) are left out. CPU time is `timeMs`, as it always was.
// Scoring problems add `score` and `maxScore` (after `verdict`) and `groups` (before
// `tests`), and a test's `score` when a validator gave one; a pass-fail report has none of
// them, so its document is what it always was. A score a judge error leaves unknown is null.

import type { Verdict } from '../common/verdicts.js';
import type { JudgeReport, TestResult } from './judge-report.js';

export interface JsonTest {
  name: string;
  verdict: Verdict;
  timeMs: number;
  wallMs: number;
  memoryBytes: number;
  exitCode: number | null;
  signal: string | null;
  detail: string;
  sample: boolean;
  /** Scoring problems: the score the validator's score.txt (or score_multiplier.txt) gave this test. */
  score?: number;
}

export interface JsonGroup {
  name: string;
  /** Null when a judge error leaves it unknown. */
  score: number | null;
  maxScore: number;
  verdict: Verdict;
}

export interface JsonReport {
  verdict: Verdict;
  /** Scoring problems only; null when a judge error leaves it unknown. */
  score?: number | null;
  /** Scoring problems only. */
  maxScore?: number;
  problem: string;
  language: string;
  solution: string;
  compile: { ok: boolean; message: string; timeMs: number; cached: boolean };
  /** Scoring problems only: the groups the problem scores, in order. */
  groups?: JsonGroup[];
  tests: JsonTest[];
  totalMs: number;
}

/** The JSON document for a report; fields are copied one by one so nothing else leaks in. */
export function toJsonReport(report: JudgeReport): JsonReport {
  const { compile, score } = report;
  return {
    verdict: report.verdict,
    ...(score ? { score: score.score, maxScore: score.maxScore } : {}),
    problem: report.problem,
    language: report.language,
    solution: report.solution,
    compile: { ok: compile.ok, message: compile.message, timeMs: compile.wallMs, cached: compile.cached },
    ...(score ? { groups: score.groups.map(({ name, score: groupScore, maxScore, verdict }) => ({ name, score: groupScore, maxScore, verdict })) } : {}),
    tests: report.tests.map(toJsonTest),
    totalMs: report.totalMs,
  };
}

/** One test as the JSON documents show it (also a submission's `test` event). */
export function toJsonTest(test: TestResult): JsonTest {
  return {
    name: test.name,
    verdict: test.verdict,
    timeMs: test.cpuMs,
    wallMs: test.wallMs,
    memoryBytes: test.memoryBytes,
    exitCode: test.exitCode,
    signal: test.signal,
    detail: test.detail,
    sample: test.sample,
    ...(test.validatorScore === undefined ? {} : { score: test.validatorScore }),
  };
}

