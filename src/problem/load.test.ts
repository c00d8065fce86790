import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from './__fixtures__/temp-folder.js';
import { loadProblem } from './load.js';
import { locateProblem } from './locate.js';
import { wallTimeFor } from './model.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/kattis/', import.meta.url));

afterEach(removeTempFolders);

describe('loadProblem', () => {
  it('loads a located native problem', async () => {
    const root = await createTempFolder({
      'sum/problem.yaml': 'name: Sum\ntests: tests/\n',
      'sum/tests/1.in': '1 2\n',
      'sum/tests/1.out': '3\n',
      'sum/sum.py': '',
    });
    const located = await locateProblem({ solutionPath: 'sum.py', cwd: join(root, 'sum') });
    const problem = await loadProblem(located);
    expect(problem.name).toBe('Sum');
    expect(problem.sourceFile).toBe(join(root, 'sum/problem.yaml'));
    expect(problem.tests).toHaveLength(1);
  });

  it('loads a Kattis package and an online-judge-tools folder', async () => {
    const kattis = await loadProblem({ format: 'kattis', dir: join(FIXTURES, 'sum-groups') });
    expect([kattis.format, kattis.name, kattis.tests.length]).toEqual(['kattis', 'Sum of Groups', 6]);
    const oj = await loadProblem({ format: 'oj-tools', dir: join(FIXTURES, 'oj-sample') });
    expect([oj.format, oj.tests.length]).toEqual(['oj-tools', 4]);
  });

  it('lets --time-limit win over a given limit and over deriving one', async () => {
    const given = await loadProblem({ format: 'kattis', dir: join(FIXTURES, 'sum-groups') }, { timeLimitMs: 3000 });
    expect(given.limits).toMatchObject({ timeMs: 3000, wallTimeMs: wallTimeFor(3000) });
    const derived = await loadProblem({ format: 'kattis', dir: join(FIXTURES, 'no-timelimit') }, { timeLimitMs: 800 });
    expect(derived.limits).toMatchObject({ timeMs: 800, wallTimeMs: wallTimeFor(800) });
    expect(derived.timeLimitSource).toEqual({ kind: 'given' });
    const root = await createTempFolder({ 'problem.yaml': 'time_limit: 1s\ntests: tests/\n', 'tests/1.in': '', 'tests/1.out': '' });
    const native = await loadProblem({ format: 'native', path: join(root, 'problem.yaml') }, { timeLimitMs: 250 });
    expect(native.limits.timeMs).toBe(250);
  });
});
