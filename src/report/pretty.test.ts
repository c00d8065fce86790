import { describe, expect, it } from 'vitest';
import type { JudgeEvent } from '../judge/events.js';
import { PrettyReporter } from './pretty.js';
import type { Spinner } from './spinner.js';
import { captureTerminal } from './testing.js';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';

const start: JudgeEvent = {
  type: 'judge-start',
  problem: 'sum-list',
  language: 'C++17',
  solution: 'problems/sum-list/solutions/sum.cpp',
  testCount: 3,
  timeLimitMs: 1000,
  memoryLimitBytes: 256 * 1024 * 1024,
};

function run(events: JudgeEvent[], options: ConstructorParameters<typeof PrettyReporter>[1] = {}) {
  const captured = captureTerminal();
  const reporter = new PrettyReporter(captured.terminal, options);
  for (const event of events) reporter.onEvent(event);
  return { ...captured, reporter };
}

function fakeSpinner() {
  const calls: string[] = [];
  const spinner: Spinner = {
    spin: (text) => calls.push(`spin ${text}`),
    succeed: (text) => calls.push(`succeed ${text}`),
    fail: (text) => calls.push(`fail ${text}`),
    stop: () => calls.push('stop'),
  };
  return { calls, factory: () => spinner };
}

const tests = [
  makeTest({ index: 0, name: 'sample-1', sample: true }),
  makeTest({ index: 1, name: 'sample-2', sample: true, verdict: 'WA', detail: 'token 2: expected 6, got 7', expectedOutput: '1 6\n', actualOutput: '1 7\n' }),
  makeTest({ index: 2, name: 'big', verdict: 'TLE', cpuMs: 1003 }),
];

const fullRun: JudgeEvent[] = [
  start,
  { type: 'image-build-start', image: 'letscode/cpp', language: 'cpp' },
  ...Array.from({ length: 20 }, (_, i): JudgeEvent => ({ type: 'image-build-progress', image: 'letscode/cpp', line: `Step ${i}` })),
  { type: 'image-build-done', image: 'letscode/cpp', durationMs: 42_000 },
  { type: 'compile-start', language: 'C++17' },
  { type: 'compile-done', result: { ok: true, message: '', wallMs: 900, cached: false } },
  ...tests.flatMap((result): JudgeEvent[] => [
    { type: 'test-start', index: result.index, name: result.name },
    { type: 'test-done', result },
  ]),
  { type: 'judge-done', report: makeReport(tests) },
];

describe('PrettyReporter without a TTY', () => {
  it('prints plain progress lines on stderr, once per step', () => {
    const { stderr } = run(fullRun);
    expect(stderr()).toBe('Building image letscode/cpp (first run only) ...\nBuilt image letscode/cpp in 42.0 s\n');
  });

  it('prints the table, the diff and the summary on stdout', () => {
    const { stdout } = run(fullRun);
    const out = stdout();
    expect(out).not.toContain('\u001b');
    const lines = out.split('\n');
    expect(lines[0]).toBe('Judging sum.cpp on sum-list (C++17, 3 tests, limits 1.00 s / 256 MiB)');
    expect(lines.find((l) => l.includes('sample-1'))).toMatch(/AC/);
    expect(lines.find((l) => l.includes('sample-2') && l.includes('│'))).toMatch(/WA.*token 2: expected 6, got 7/);
    expect(lines.find((l) => l.includes('big') && l.includes('│'))).toMatch(/TLE.*1\.00 s/);
    expect(out).toContain('Test 2 (sample-2)  WA  token 2: expected 6, got 7\n  - expected   + actual\n  - 1 | 1 6\n  + 1 | 1 7\n');
    expect(out.endsWith('\nWA  on test 2 (sample-2) · 1/3 passed · max 1.00 s · max 3.0 MiB · 1.40 s\n')).toBe(true);
  });

  it('in verbose mode logs build lines and one line per test on stderr', () => {
    const { stderr } = run(fullRun, { verbose: true });
    expect(stderr()).toContain('  Step 19\n');
    expect(stderr()).toContain('Compiling sum.cpp (C++17) ...\n');
    expect(stderr()).toContain('   2 WA   sample-2  10 ms  token 2: expected 6, got 7\n');
  });

  it('in progress-only mode writes nothing to stdout', () => {
    const { stdout } = run(fullRun, { progressOnly: true });
    expect(stdout()).toBe('');
  });

  it('shows the compiler message for a compile error', () => {
    const compile = { ok: false, message: 'sum.cpp:3:1: error: expected ;', wallMs: 300, cached: false };
    const { stdout } = run([start, { type: 'compile-done', result: compile }, { type: 'judge-done', report: makeReport([], { compile }) }]);
    expect(stdout()).toContain('Compilation failed (C++17)\n  sum.cpp:3:1: error: expected ;\n');
    expect(stdout()).toContain('CE  compilation failed · 1.40 s');
    expect(stdout()).not.toContain('│');
  });
});

describe('PrettyReporter on a TTY', () => {
  it('drives the spinner through build, compile and tests, then stops it before the report', async () => {
    const { calls, factory } = fakeSpinner();
    const { stderr, reporter } = run(fullRun, { spinner: factory });
    expect(stderr()).toBe('');
    expect(calls).toContain('spin Building image letscode/cpp (first run only)');
    expect(calls).toContain('spin Building image letscode/cpp (first run only) Step 19');
    expect(calls).toContain('succeed Built image letscode/cpp in 42.0 s');
    expect(calls).toContain('spin Compiling sum.cpp (C++17)');
    expect(calls).toContain('succeed Compiled sum.cpp in 900 ms');
    expect(calls).toContain('spin Running tests 0/3');
    expect(calls).toContain('spin Running tests 3/3 · 2 failed');
    expect(calls.at(-1)).toBe('stop');
    await reporter.close();
    expect(calls.at(-1)).toBe('stop');
  });

  it('marks a failed compile on the spinner', () => {
    const { calls, factory } = fakeSpinner();
    run([start, { type: 'compile-start', language: 'C++17' }, { type: 'compile-done', result: { ok: false, message: 'e', wallMs: 1, cached: false } }], { spinner: factory });
    expect(calls).toContain('fail Compilation of sum.cpp failed');
  });
});

describe('PrettyReporter and base image preparation', () => {
  it('announces progress that arrives before the build starts', () => {
    const { stderr } = run([
      start,
      { type: 'image-build-progress', image: 'letscode/cpp', line: 'pulling debian' },
      { type: 'image-build-progress', image: 'letscode/cpp', line: 'pulled' },
      { type: 'image-build-start', image: 'letscode/cpp', language: 'cpp' },
      { type: 'image-build-progress', image: 'letscode/cpp', line: 'Step 1' },
      { type: 'image-build-done', image: 'letscode/cpp', durationMs: 1000 },
    ]);
    expect(stderr()).toBe(
      'Preparing image letscode/cpp (first run only) ...\nBuilding image letscode/cpp (first run only) ...\nBuilt image letscode/cpp in 1.00 s\n',
    );
  });
});
