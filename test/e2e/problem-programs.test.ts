// Problems that bring their own programs, compiled and run in the sandbox: a testlib
// checker (with PE), a Kattis output validator (feedback in judgemessage.txt), a checker
// that fails (JE, never the solution's fault) and an interactive problem.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, judgeJson, solutionsByVerdict } from './cli.js';

const factor = join(fixturesDir, 'factor');

describe('a testlib checker decides: any valid factorization is accepted', () => {
  for (const { file, folder, verdict } of solutionsByVerdict(factor)) {
    it(`${folder}/${file.split('/').pop()} -> ${verdict}`, async () => {
      const { report } = await judgeJson(factor, file);
      expect(report.verdict, JSON.stringify(report.tests)).toBe(verdict);
    });
  }

  it("shows the checker's comment as the detail", async () => {
    const { report } = await judgeJson(factor, join(factor, 'solutions/wrong_answer/one_times_n.py'));
    expect(report.tests[0]?.detail).toBe('need 1 < a <= b, got 1 6');
  });
});

describe('a Kattis output validator decides (42 accepted, 43 wrong, no PE)', () => {
  const problem = join(fixturesDir, 'factor-kattis');
  const kattisVerdict: Record<string, string> = { AC: 'AC', WA: 'WA', PE: 'WA' };
  for (const { file, folder, verdict } of solutionsByVerdict(factor)) {
    it(`${folder}/${file.split('/').pop()} -> ${kattisVerdict[verdict]}`, async () => {
      const { report } = await judgeJson(problem, file);
      expect(report.verdict, JSON.stringify(report.tests)).toBe(kattisVerdict[verdict]);
    });
  }

  it('shows judgemessage.txt as the detail', async () => {
    const { report } = await judgeJson(problem, join(factor, 'solutions/wrong_answer/one_times_n.py'));
    expect(report.tests.map((t) => t.detail)).toEqual(['need 1 < a <= b, got 1 6', 'need 1 < a <= b, got 1 49', 'need 1 < a <= b, got 1 360']);
  });
});

describe('a failing checker is a judge error', () => {
  it('JE with exit code 3, and the checker says why', async () => {
    const { result, report } = await judgeJson(join(fixturesDir, 'checker-crash'), join(fixturesDir, 'echo-sum/solutions/accepted/accepted.py'));
    expect(report.verdict).toBe('JE');
    expect(result.exitCode).toBe(3);
    expect(report.tests[0]?.detail).toMatch(/the checker exited with 3: checker failure/);
  });
});

describe('interactive: guess the number, solution and interactor in separate boxes', () => {
  const guess = join(fixturesDir, 'guess');
  for (const { file, folder, verdict } of solutionsByVerdict(guess)) {
    it(`${folder}/${file.split('/').pop()} -> ${verdict}`, async () => {
      const { report } = await judgeJson(guess, file);
      expect(report.verdict, JSON.stringify(report.tests)).toBe(verdict);
    });
  }

  it('a never-flushing solution deadlocks and ends as TLE through the wall limit', async () => {
    const { report } = await judgeJson(guess, join(guess, 'solutions/time_limit_exceeded/never_flushes.py'));
    for (const test of report.tests) {
      expect(test.verdict).toBe('TLE');
      expect(test.wallMs).toBeGreaterThanOrEqual(2000);
      expect(test.timeMs).toBeLessThan(500);
    }
  });

  it("the interactor's judge message explains a wrong answer", async () => {
    const { report } = await judgeJson(guess, join(guess, 'solutions/wrong_answer/linear_scan.py'));
    expect(report.tests[1]?.detail).toBe('10 guesses used without finding 500');
  });
});
