// Every solution shipped under problems/ gets the verdict of the folder it is in.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeJson, repoRoot, solutionsByVerdict } from './cli.js';

const problemsDir = join(repoRoot, 'problems');

for (const problem of readdirSync(problemsDir).sort()) {
  const dir = join(problemsDir, problem);
  describe(`problems/${problem}`, () => {
    for (const { file, folder, verdict } of solutionsByVerdict(dir)) {
      it(`${folder}/${file.split('/').pop()} -> ${verdict}`, async () => {
        const { result, report } = await judgeJson(dir, file);
        expect(report.verdict, result.stderr + JSON.stringify(report.tests)).toBe(verdict);
      });
    }
  });
}
