// Machine-readable output: exactly one JSON object and a newline on stdout, written when the
// judge is done. Nothing else ever goes to stdout. Outputs (expected/actual/stderr) are left out.

import type { JudgeReport, TestResult, Verdict } from '../judge/verdict.js';
import type { JudgeEvent, Reporter } from './events.js';
import type { Terminal } from './terminal.js';

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
    compile: { ok: compile.ok, message: compile.message, timeMs: compile.timeMs, cached: compile.cached },
    tests: report.tests.map(toJsonTest),
    totalMs: report.totalMs,
  };
}

function toJsonTest(test: TestResult): JsonTest {
  return {
    name: test.name,
    verdict: test.verdict,
    timeMs: test.timeMs,
    wallMs: test.wallMs,
    memoryBytes: test.memoryBytes,
    exitCode: test.exitCode,
    signal: test.signal,
    detail: test.detail,
    sample: test.sample,
  };
}

export class JsonReporter implements Reporter {
  readonly #terminal: Terminal;
  #written = false;

  constructor(terminal: Terminal) {
    this.#terminal = terminal;
  }

  onEvent(event: JudgeEvent): void {
    if (event.type !== 'judge-done' || this.#written) return;
    this.#written = true;
    this.#terminal.stdout.write(`${JSON.stringify(toJsonReport(event.report))}\n`);
  }

  async close(): Promise<void> {}
}
