// Kattis include/ through the real CLI: a submission that is only a function is judged
// with the problem's driver (C++ and Python), verify accepts the package, and editing the
// driver recompiles instead of reusing the cached binary of the old one.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeJson, letscode } from './cli.js';
import { kattisDir, scratchCopies } from './scratch.js';

const packageDir = join(kattisDir, 'add-function');
const copyOf = scratchCopies('include');

describe('add-function: submissions without main, judged with include/', () => {
  it('judge -p PKG add.cpp: the C++ driver calls add(), AC, exit 0', async () => {
    const result = await letscode(['judge', '-p', packageDir, join(packageDir, 'submissions/accepted/add.cpp')]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^AC {2}3\/3 tests passed/m);
  });

  it('judge -p PKG solution.py: main.py imports the submission by its file name, AC', async () => {
    const { result, report } = await judgeJson(packageDir, join(packageDir, 'submissions/accepted/solution.py'));
    expect(report.verdict, result.stderr + JSON.stringify(report.tests)).toBe('AC');
  });

  it('verify exits 0: accepted and wrong_answer keep their promises', async () => {
    const result = await letscode(['verify', packageDir]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/submissions\/wrong_answer\/overflow\.cpp +│ wrong_answer +│ AC 1 {2}WA 2 +│ +✓ +│/);
    expect(result.stdout).toContain('3/3 submissions as expected');
  });
});

describe('the compile cache follows include/', () => {
  it('an edited driver is compiled again, and the old binary comes back once the edit is undone', async () => {
    const dir = copyOf('add-function');
    const solution = join(dir, 'submissions/accepted/add.cpp');
    const driverPath = join(dir, 'include/cpp/main.cpp');
    const driver = readFileSync(driverPath, 'utf8');

    await judgeJson(dir, solution);
    const again = await judgeJson(dir, solution);
    expect(again.report).toMatchObject({ verdict: 'AC', compile: { cached: true } });

    writeFileSync(driverPath, driver.replace('add(a, b));', 'add(a, b) + 1);'));
    const edited = await judgeJson(dir, solution);
    expect(edited.report).toMatchObject({ verdict: 'WA', compile: { ok: true, cached: false } });

    writeFileSync(driverPath, driver);
    expect((await judgeJson(dir, solution)).report).toMatchObject({ verdict: 'AC', compile: { cached: true } });
  });
});
