// The JSON document for a judge report: what `judge --json` prints and what the HTTP API
// answers. Fields are copied one by one so nothing else leaks in; outputs
// (expected/actual/stderr) are left out. CPU time is `timeMs`, as it always was.

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
}

export interface JsonReport {
  verdict: Verdict;
  problem: string;
  language: string;
  solution: string;
  compile: { ok: boolean; message: string; timeMs: number; cached: boolean };
  tests: JsonTest[];
  totalMs: number;
}

/** The JSON document for a report; fields are copied one by one so nothing else leaks in. */
export function toJsonReport(report: JudgeReport): JsonReport {
  const { compile } = report;
  return {
    verdict: report.verdict,
    problem: report.problem,
    language: report.language,
    solution: report.solution,
    compile: { ok: compile.ok, message: compile.message, timeMs: compile.wallMs, cached: compile.cached },
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
  };
}

