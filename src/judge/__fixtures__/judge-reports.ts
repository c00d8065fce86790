// Test support: judge reports and test results with plausible defaults, for the unit
// tests of everything that reads reports (verify's rule checks, reporters, ...).

import { type CompileResult } from '../../execution/compile-result.js';
import { overallVerdict, type JudgeReport, type TestResult } from '../judge-report.js';

/** A test result with sensible defaults (an accepted sample test). */
export function makeTest(overrides: Partial<TestResult> & { index: number }): TestResult {
  return {
    name: `test-${overrides.index + 1}`,
    sample: false,
    verdict: 'AC',
    detail: '',
    cpuMs: 10,
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
  const compile: CompileResult = overrides.compile ?? { ok: true, message: '', wallMs: 800, cached: false };
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
