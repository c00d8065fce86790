import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestResult } from '../judge/judge-report.js';
import { StressReporter } from './stress.js';
import { captureTerminal } from './testing.js';

const start = {
  type: 'stress-start', problem: 'Distinct values', solution: 'wrong.cpp', generator: 'gen.py', brute: 'brute.py',
  timeLimitMs: 1000, memoryLimitBytes: 64 * 1024 * 1024, checker: 'tokens', interactive: false, jobs: 2, firstSeed: 41,
} as const;
const wrong = { verdict: 'WA', detail: 'token 1: expected "1", got "2"', stderr: '', expectedOutput: '1\n', actualOutput: '2\n' } as TestResult;

describe('StressReporter', () => {
  it('prints the header, the steps on stderr, the finding, where it was saved and the summary', async () => {
    const captured = captureTerminal();
    const reporter = await StressReporter.create(captured.terminal);
    reporter.onEvent(start);
    reporter.onEvent({ type: 'stress-compiling', programs: ['wrong.cpp', 'gen.py', 'brute.py'] });
    reporter.onEvent({ type: 'stress-progress', iterations: 1, elapsedMs: 5 });
    const saved = { name: 'stress-42', files: [join(process.cwd(), 'tests/stress-42.in'), join(process.cwd(), 'tests/stress-42.out')] };
    const outcome = { kind: 'solution-failed', seed: 42, input: '2\n5\n5\n', expected: '1\n', result: wrong, shrunk: null } as const;
    reporter.onEvent({ type: 'stress-done', report: { outcome, saved, iterations: 2, firstSeed: 41, elapsedMs: 900 } });
    reporter.interrupted(); // too late: the report is out
    await reporter.close();
    const lines = captured.stdout().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Stress testing wrong.cpp on Distinct values (limits 1.00 s / 64 MiB, tokens checker, 2 slots)',
      '  generator gen.py, brute force brute.py; seeds from 41',
    ]);
    expect(lines).toContain('Saved as test stress-42: tests/stress-42.in, tests/stress-42.out');
    expect(lines.at(-2)).toBe('FAILED  WA on seed 42 · 2 iterations · 900 ms · run again with --seed 42');
    expect(captured.stderr()).toBe('Compiling wrong.cpp, gen.py, brute.py ...\n');
  });

  it('on Ctrl-C, says how far it got', async () => {
    const captured = captureTerminal();
    const reporter = await StressReporter.create(captured.terminal);
    reporter.onEvent({ ...start, problem: null, interactive: true, brute: null });
    reporter.onEvent({ type: 'stress-progress', iterations: 7, elapsedMs: 50 });
    reporter.interrupted();
    expect(captured.stdout().split('\n').slice(0, 3)).toEqual([
      'Stress testing wrong.cpp without a problem (limits 1.00 s / 64 MiB, the interactor, 2 slots)',
      '  generator gen.py; seeds from 41',
      'Interrupted after 7 iterations (seeds from 41): no difference found so far',
    ]);
  });
});
