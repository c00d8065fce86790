// Scoring problems end to end, against real Docker: the Kattis 2025-09 package
// test/fixtures/scoring/triangle-groups (two test groups, one pass-fail, one sum) and the
// native test/fixtures/scoring/triangle-batches (batches with points, a test with its own
// points) judged with solutions scoring full, partial and nothing; verify checks the
// score constraints of their submissions.yaml; grade scores a class by the problem's score.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeJson, letscode, repoRoot } from './cli.js';
import { scratchCopies, scratchDirs } from './scratch.js';

const fixtures = join(repoRoot, 'test/fixtures/scoring');
const groupsDir = join(fixtures, 'triangle-groups');
const batchesDir = join(fixtures, 'triangle-batches');
const copyOf = scratchCopies('scoring');
const scratchDir = scratchDirs('scoring-grade');

interface ScoredJson {
  verdict: string;
  score?: number | null;
  maxScore?: number;
  groups?: { name: string; score: number | null; maxScore: number; verdict: string }[];
}

async function judged(problemDir: string, solution: string): Promise<{ exitCode: number; report: ScoredJson }> {
  const { result, report } = await judgeJson(problemDir, solution);
  return { exitCode: result.exitCode, report: report as ScoredJson };
}

describe('a Kattis 2025-09 package with two test groups', () => {
  const submission = (path: string) => join(groupsDir, 'submissions', path);

  it('full score: every group at its maximum, exit 0', async () => {
    const { exitCode, report } = await judged(groupsDir, submission('accepted/formula.py'));
    expect(exitCode).toBe(0);
    expect(report).toMatchObject({ verdict: 'AC', score: 100, maxScore: 100 });
    expect(report.groups).toEqual([
      { name: 'secret/1-small', score: 30, maxScore: 30, verdict: 'AC' },
      { name: 'secret/2-big', score: 70, maxScore: 70, verdict: 'AC' },
    ]);
  });

  it('partial: the pass-fail group in full, half of the sum group, exit 1', async () => {
    const { exitCode, report } = await judged(groupsDir, submission('wrong_answer/float.py'));
    expect(exitCode).toBe(1);
    expect(report).toMatchObject({ verdict: 'WA', score: 65, maxScore: 100 });
    expect(report.groups?.map((group) => [group.name, group.score, group.verdict])).toEqual([['secret/1-small', 30, 'AC'], ['secret/2-big', 35, 'WA']]);
  });

  it('nothing: 0 in every group, exit 1', async () => {
    const { exitCode, report } = await judged(groupsDir, submission('wrong_answer/echo.py'));
    expect(exitCode).toBe(1);
    expect(report).toMatchObject({ verdict: 'WA', score: 0, maxScore: 100 });
    expect(report.groups?.map((group) => group.score)).toEqual([0, 0]);
  });

  it('the pretty report shows the groups and the score in the summary line', async () => {
    const result = await letscode(['judge', '-p', groupsDir, submission('wrong_answer/float.py')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/│ secret\/1-small │ AC +│ +30\/30 │/);
    expect(result.stdout).toMatch(/│ secret\/2-big +│ WA +│ +35\/70 │/);
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^WA {2}on test 5 \(secret\/2-big\/2\) · score 65\/100 · 4\/5 passed · /);
  });
});

describe('a native problem with batches', () => {
  const solution = (path: string) => join(batchesDir, 'solutions', path);

  it.each([
    ['accepted/formula.py', 0, 100, [10, 40, 50]],
    ['wrong_answer/float.py', 1, 50, [10, 40, 0]],
    ['wrong_answer/zero.py', 1, 0, [0, 0, 0]],
  ])('%s: exit %i, score %i', async (path, exitCode, score, groupScores) => {
    const { exitCode: code, report } = await judged(batchesDir, solution(path));
    expect(code).toBe(exitCode);
    expect(report).toMatchObject({ score, maxScore: 100 });
    expect(report.groups?.map((group) => [group.name, group.score, group.maxScore])).toEqual([['edge', groupScores[0], 10], ['small', groupScores[1], 40], ['big', groupScores[2], 50]]);
  });
});

describe('verify with score constraints', () => {
  it.each([['triangle-groups', 'submissions'], ['triangle-batches', 'solutions']])('%s: every submission keeps its score, exit 0', async (name, folder) => {
    const result = await letscode(['verify', '--json', join(fixtures, name)]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { ok: boolean; submissions: { path: string; ok: boolean; score: number; maxScore: number }[] };
    expect(json.ok).toBe(true);
    const scores = Object.fromEntries(json.submissions.map((each) => [each.path, each.score]));
    expect(scores[`${folder}/accepted/formula.py`]).toBe(100);
    expect(scores[`${folder}/wrong_answer/float.py`]).toBe(name === 'triangle-groups' ? 65 : 50);
  });

  it('a score the submission does not get fails verify, naming the rule', async () => {
    const dir = copyOf('triangle-groups', fixtures);
    const yamlFile = join(dir, 'submissions/submissions.yaml');
    writeFileSync(yamlFile, readFileSync(yamlFile, 'utf8').replace('score: 65', 'score: [70, 100]'));
    const result = await letscode(['verify', dir]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain('✗ submissions/wrong_answer/float.py: submissions.yaml wrong_answer/float.py: score 65/100, expected score 70 to 100');
  });
});

describe('grade on a scoring problem', () => {
  it('a student\'s score is the problem\'s; the CSV has a column per group', async () => {
    const students = scratchDir('class');
    writeFileSync(join(students, 'ann.py'), readFileSync(join(batchesDir, 'solutions/wrong_answer/float.py')));
    writeFileSync(join(students, 'bob.py'), readFileSync(join(batchesDir, 'solutions/accepted/formula.py')));
    const out = join(students, '..', 'class-results');
    const result = await letscode(['grade', '--json', '-p', batchesDir, students, '--out', out]);
    expect(result.exitCode, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { submissions: { id: string; score: number; maxScore: number; groups: { name: string; score: number }[] }[] };
    expect(json.submissions.map(({ id, score, maxScore }) => [id, score, maxScore])).toEqual([['ann', 50, 100], ['bob', 100, 100]]);
    expect(json.submissions[0]?.groups.map((group) => [group.name, group.score])).toEqual([['edge', 10], ['small', 40], ['big', 0]]);
    const csv = readFileSync(join(out, 'report.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('student,score,max_score,triangle-batches:verdict,triangle-batches:score,triangle-batches:passed,triangle-batches:total,triangle-batches:edge,triangle-batches:small,triangle-batches:big,triangle-batches:identical_to');
    expect(csv[1]).toBe('ann,50,100,WA,50,5,6,10,40,0,');
  });
});
