// Test support: a fake terminal that records what reporters write, and report builders.
// For unit tests here and elsewhere (e.g. CLI tests that drive reporters).

import { Chalk } from 'chalk';
import { overallVerdict, type CompileResult, type JudgeReport, type TestResult } from '../judge/verdict.js';
import type { Terminal, TextStream } from './terminal.js';

export interface CapturedTerminal {
  terminal: Terminal;
  /** Everything written to stdout so far. */
  stdout(): string;
  stderr(): string;
}

export interface CaptureOptions {
  color?: boolean;
  isTTY?: boolean;
  columns?: number;
}

/** Not a TTY, no colour, no spinner stream unless asked. */
export function captureTerminal(options: CaptureOptions = {}): CapturedTerminal {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]): TextStream => ({
    write(chunk: string) {
      sink.push(chunk);
      return true;
    },
    isTTY: options.isTTY ?? false,
  });
  const color = options.color ?? false;
  return {
    terminal: {
      stdout: stream(out),
      stderr: stream(err),
      isTTY: options.isTTY ?? false,
      color,
      chalk: new Chalk({ level: color ? 1 : 0 }),
      spinnerStream: undefined,
      columns: options.columns ?? 100,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

/** A test result with sensible defaults (an accepted sample test). */
export function makeTest(overrides: Partial<TestResult> & { index: number }): TestResult {
  return {
    name: `test-${overrides.index + 1}`,
    sample: false,
    verdict: 'AC',
    detail: '',
    timeMs: 10,
    wallMs: 12,
    memoryBytes: 3 * 1024 * 1024,
    exitCode: 0,
    signal: null,
    stderr: '',
    ...overrides,
  };
}

/** A report whose verdict is derived from its tests, as the judge does. */
export function makeReport(tests: TestResult[], overrides: Partial<JudgeReport> = {}): JudgeReport {
  const compile: CompileResult = overrides.compile ?? { ok: true, message: '', timeMs: 800, cached: false };
  return {
    verdict: overallVerdict(compile, tests),
    problem: 'sum-list',
    language: 'C++17',
    solution: 'solutions/sum.cpp',
    compile,
    tests,
    totalMs: 1400,
    ...overrides,
  };
}
