// The core promise: fixture solutions sorted by expected verdict get exactly that verdict
// from the built CLI in real containers, with the matching exit code.

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, judgeJson, leftoverContainers, solutionsByVerdict } from './cli.js';

const problemDir = join(fixturesDir, 'echo-sum');

describe('echo-sum fixtures get the verdict of their folder', () => {
  for (const { file, folder, verdict } of solutionsByVerdict(problemDir)) {
    it(`${folder}/${file.split('/').pop()} -> ${verdict}`, async () => {
      const { result, report } = await judgeJson(problemDir, file);
      expect(report.verdict, `${result.stderr}\n${JSON.stringify(report.tests, null, 1)}\n${report.compile.message}`).toBe(verdict);
      expect(result.exitCode).toBe(verdict === 'AC' ? 0 : 1);
      if (verdict === 'CE') {
        expect(report.compile.ok).toBe(false);
        expect(report.compile.message).toMatch(/error/i);
        expect(report.tests).toEqual([]);
      } else {
        expect(report.tests).toHaveLength(3);
      }
      if (verdict === 'AC') {
        for (const test of report.tests) {
          expect(test.memoryBytes).toBeGreaterThan(0);
          expect(test.exitCode).toBe(0);
        }
      }
    });
  }

  afterAll(async () => {
    expect(await leftoverContainers()).toEqual([]);
  });
});
