// The Kattis fixture packages through `letscode judge`: every submission gets a verdict its
// folder allows (the judge reports the first failing test's verdict), and the two things
// the packages exist to show work: a custom output validator accepting another valid
// answer, and float_tolerance accepting an answer printed with fewer digits.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeJson } from './cli.js';
import { kattisDir, scratchCopies } from './scratch.js';

/** Every Kattis package among the fixtures (oj-sample is an online-judge-tools folder). */
const KATTIS_PACKAGES = ['add-function', 'average', 'bad-input', 'factor-pair', 'goldbach', 'guess', 'invalid-inputs', 'no-timelimit', 'sum-groups'];

/** The overall verdicts a submission of each folder may get. */
const FOLDER_VERDICTS: Record<string, string[]> = {
  accepted: ['AC'],
  wrong_answer: ['WA'],
  time_limit_exceeded: ['TLE'],
  run_time_error: ['RE', 'MLE', 'OLE'],
  brute_force: ['TLE', 'RE', 'MLE', 'OLE'],
  rejected: ['WA', 'TLE', 'RE', 'MLE', 'OLE'],
};

function submissions(packageDir: string): { file: string; folder: string }[] {
  const root = join(packageDir, 'submissions');
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory()) // not submissions.yaml
    .map((entry) => entry.name)
    .sort()
    .flatMap((folder) =>
      readdirSync(join(root, folder))
        .filter((name) => !name.endsWith('.md'))
        .sort()
        .map((name) => ({ file: join(root, folder, name), folder })),
    );
}

it('the fixture list is complete', () => {
  const packages = readdirSync(kattisDir).filter((name) => existsSync(join(kattisDir, name, 'problem.yaml')));
  expect(packages.sort()).toEqual(KATTIS_PACKAGES);
});

for (const name of KATTIS_PACKAGES) {
  const dir = join(kattisDir, name);
  describe(`test/fixtures/kattis/${name}`, () => {
    for (const { file, folder } of submissions(dir)) {
      it(`${folder}/${file.split('/').pop()} -> ${FOLDER_VERDICTS[folder]?.join(' or ')}`, async () => {
        const { result, report } = await judgeJson(dir, file);
        expect(FOLDER_VERDICTS[folder], result.stderr + JSON.stringify(report.tests)).toContain(report.verdict);
      });
    }
  });
}

describe('what the packages show', () => {
  const copyOf = scratchCopies('kattis');

  it('goldbach: the output validator accepts a pair other than the answer file’s', async () => {
    const dir = join(kattisDir, 'goldbach');
    const { report } = await judgeJson(dir, join(dir, 'submissions/accepted/closest.cpp'));
    expect(report.verdict).toBe('AC');
    expect(readFileSync(join(dir, 'data/secret/2-hundred.ans'), 'utf8')).toBe('3 97\n');
  });

  it('goldbach: the output validator’s judgemessage.txt is the detail of a wrong answer', async () => {
    const dir = join(kattisDir, 'goldbach');
    const { report } = await judgeJson(dir, join(dir, 'submissions/wrong_answer/one_plus_rest.py'));
    expect(report.tests[0]?.detail).toBe('1 is not a prime');
  });

  it('average: seven decimals are accepted only thanks to float_tolerance', async () => {
    const dir = copyOf('average');
    const solution = join(dir, 'submissions/accepted/seven_decimals.cpp');
    expect((await judgeJson(dir, solution)).report.verdict).toBe('AC');
    const yaml = readFileSync(join(dir, 'problem.yaml'), 'utf8');
    writeFileSync(join(dir, 'problem.yaml'), yaml.replace(/^validator_flags:.*$/m, ''));
    const strict = await judgeJson(dir, solution);
    expect(strict.report.verdict).toBe('WA');
    expect((await judgeJson(dir, join(dir, 'submissions/accepted/exact.py'))).report.verdict).toBe('AC');
  });
});
