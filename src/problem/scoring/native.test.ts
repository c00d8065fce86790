import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadNativeProblem } from '../load-native.js';
import { removeTempFolders } from '../__fixtures__/temp-folder.js';
import { load, loadError } from '../__fixtures__/load-problem.js';
import { groupsOf } from './model.js';

afterEach(removeTempFolders);

const TESTS = [
  'tests:',
  '  - { name: sample, input: "1\\n", output: "1\\n", sample: true }',
  '  - { name: small-1, input: "2\\n", output: "3\\n" }',
  '  - { name: small-2, input: "3\\n", output: "6\\n" }',
  '  - { name: big-1, input: "4\\n", output: "10\\n" }',
  '  - { name: edge, input: "0\\n", output: "0\\n", points: 10 }',
  '  - { name: big-2, input: "5\\n", output: "15\\n" }',
].join('\n');

/** Each scored group as "name points [tests]". */
function batches(yaml: string) {
  return load(yaml).then(({ problem }) => {
    const scoring = problem.scoring!;
    return groupsOf(scoring.root).filter((group) => group.reported).map((group) => [group.name, group.maxScore, group.children.map((child) => child.name)]);
  });
}

describe('native groups: batches of tests worth points', () => {
  it('resolves globs and names, orders batches as their tests, a test with points is a batch of its own', async () => {
    const yaml = `${TESTS}\ngroups:\n  - { name: big, points: 50, tests: "big-*" }\n  - { points: 40, tests: [small-1, small-2] }\n`;
    expect(await batches(yaml)).toEqual([
      ['group2', 40, ['small-1', 'small-2']],
      ['big', 50, ['big-1', 'big-2']],
      ['edge', 10, ['edge']],
    ]);
    const { problem } = await load(yaml);
    expect(problem.scoring).toMatchObject({ format: 'native', root: { name: '', reported: false, maxScore: 100 }, rejectedScoresZero: false });
  });

  it('a problem with no groups and no points is pass-fail: no scoring at all', async () => {
    const { problem } = await load('tests:\n  - { input: "1\\n", output: "1\\n" }\n');
    expect(problem.scoring).toBeUndefined();
    expect('scoring' in problem).toBe(false);
  });

  it('loads the fixture test/fixtures/scoring/triangle-batches', async () => {
    const problem = await loadNativeProblem(fileURLToPath(new URL('../../../test/fixtures/scoring/triangle-batches/problem.yaml', import.meta.url)));
    expect(groupsOf(problem.scoring!.root).filter((group) => group.reported).map((group) => [group.name, group.maxScore])).toEqual([['edge', 10], ['small', 40], ['big', 50]]);
  });

  it('works on a tests/ folder', async () => {
    const { problem } = await load('tests: tests/\ngroups:\n  - { name: all, points: 7, tests: ["*"] }\n', { 'tests/a.in': '1\n', 'tests/a.out': '1\n', 'tests/b.in': '2\n', 'tests/b.out': '2\n' });
    expect(problem.scoring?.root.children.map((child) => child.name)).toEqual(['all']);
    expect(problem.scoring?.root.maxScore).toBe(7);
  });
});

describe('native groups: mistakes name problem.yaml, the field and the fix', () => {
  it.each([
    [`${TESTS}\ngroups:\n  - { name: big, points: 50, tests: [huge-*] }\n`, 'groups.0.tests.0: "huge-*" matches no test (test names are sample, small-1, small-2, ...)'],
    [`${TESTS}\ngroups:\n  - { name: a, points: 5, tests: [small-1] }\n  - { name: b, points: 5, tests: ["small-*"] }\n`, 'groups.1.tests.0: "small-*" takes test small-1, which is already in groups.0 (put each test in one group)'],
    [`${TESTS}\ngroups:\n  - { name: a, points: 5, tests: [edge] }\n`, 'tests.4.points: test edge is in groups.0, which holds its points (remove points here, or take the test out of the group)'],
    [`${TESTS}\ngroups:\n  - { name: a, points: 5, tests: [big-1] }\n  - { name: a, points: 5, tests: [big-2] }\n`, 'groups.1.name: duplicate group name "a" (groups.0 has it too) (give each group a different name)'],
    [`${TESTS}\ngroups:\n  - { name: a, points: many, tests: [big-1] }\n`, 'groups.0.points: expected a number of points, got the text "many" (write it like points: 40)'],
    [`${TESTS}\ngroups:\n  - { name: a, points: -1, tests: [big-1] }\n`, 'groups.0.points: -1 is out of range (use a number of points from 0 to 1000000000)'],
    [`${TESTS}\ngroups:\n  - { name: a, points: 5, tests: [] }\n`, 'groups.0.tests: the list is empty (name at least one test, e.g. tests: [small-1, "big-*"])'],
    [`${TESTS}\ngroups:\n  - { name: a, point: 5, tests: [big-1] }\n`, 'groups.0.point: unknown field (did you mean points?)'],
    [`${TESTS}\ngroups:\n  - { name: a, tests: [big-1] }\n`, 'groups.0.points: is missing (write it like points: 40)'],
    [`${TESTS}\ngroups: []\n`, 'groups: the list is empty (add a group like - { name: small, points: 40, tests: [small-*] }, or remove groups:)'],
    ['tests:\n  - { input: "1\\n", output: "1\\n", points: 0 }\n', 'tests: every group and test is worth 0 points (give some group (or test) points above 0, or remove the points to judge pass-fail)'],
    [`${TESTS}\ngrops: []\n`, 'grops: unknown field (did you mean groups?)'],
  ])('%s', async (yaml, message) => {
    expect((await loadError(yaml)).afterFile).toBe(message);
  });
});
