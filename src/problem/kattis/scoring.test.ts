import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemFileError } from '../../errors.js';
import { createTempFolder, removeTempFolders } from '../__fixtures__/temp-folder.js';
import { outcomes } from '../scoring/__fixtures__/trees.js';
import { groupsOf, testsBelow, type ScoringSpec } from '../scoring/model.js';
import { scoreOutcomes } from '../scoring/score-result.js';
import { loadKattisProblem } from './load-kattis.js';

afterEach(removeTempFolders);

const MODERN = 'problem_format_version: 2025-09\ntype: scoring\nlimits: { time_limit: 1 }\n';
const LEGACY = 'type: scoring\nlimits: { time_limit: 1 }\n';

/** Test cases NAME.in/NAME.ans under data/, by name ("secret/a/1"). */
function cases(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => [[`data/${name}.in`, '1\n'], [`data/${name}.ans`, '1\n']]));
}

async function scoringOf(files: Record<string, string>): Promise<ScoringSpec> {
  const problem = await loadKattisProblem(await createTempFolder(files));
  expect(problem.scoring).toBeDefined();
  return problem.scoring!;
}

/** The message after "<file>: ", and the file relative to the package. */
async function scoringError(files: Record<string, string>): Promise<string> {
  const dir = await createTempFolder(files);
  const error = await loadKattisProblem(dir).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProblemFileError);
  return (error as ProblemFileError).message.replace(`${dir}/`, '');
}

/** Each group as "name max rule [tests with their accept score]". */
function shape(spec: ScoringSpec) {
  return groupsOf(spec.root).map((group) => [group.name, group.maxScore, group.score.kind, testsBelow(group).filter((test) => group.children.includes(test)).map((test) => `${test.name}=${test.acceptScore}`)]);
}

describe('Kattis 2025-09 scoring', () => {
  const twoGroups = {
    'problem.yaml': MODERN,
    ...cases('sample/1', 'secret/1-small/a', 'secret/1-small/b', 'secret/2-big/a', 'secret/2-big/b'),
    'data/secret/1-small/test_group.yaml': 'max_score: 30\n',
    'data/secret/2-big/test_group.yaml': 'max_score: 70\nscore_aggregation: sum\n',
  };

  it('groups with max_score: pass-fail by default, sum shares the maximum; samples never count', async () => {
    const spec = await scoringOf(twoGroups);
    expect(shape(spec)).toEqual([
      ['secret', 100, 'sum', []],
      ['secret/1-small', 30, 'all-or-nothing', ['secret/1-small/a=0', 'secret/1-small/b=0']],
      ['secret/2-big', 70, 'sum', ['secret/2-big/a=35', 'secret/2-big/b=35']],
    ]);
    expect(spec.format).toBe('kattis-2025');
    const names = ['sample/1', 'secret/1-small/a', 'secret/1-small/b', 'secret/2-big/a', 'secret/2-big/b'];
    expect(scoreOutcomes(spec, outcomes(names, 'WA AC AC AC WA'))).toMatchObject({ score: 65, maxScore: 100, groups: [{ name: 'secret/1-small', score: 30 }, { name: 'secret/2-big', score: 35 }] });
  });

  it('the 2023-07 drafts\' scoring: { score, aggregation } says the same', async () => {
    const spec = await scoringOf({ ...twoGroups, 'data/secret/2-big/test_group.yaml': 'scoring: { score: 70, aggregation: sum }\n' });
    expect(shape(spec)[2]).toEqual(['secret/2-big', 70, 'sum', ['secret/2-big/a=35', 'secret/2-big/b=35']]);
  });

  it('without groups, secret scores its own tests (sum of 100 / N) and is the one group listed', async () => {
    const spec = await scoringOf({ 'problem.yaml': MODERN, ...cases('secret/1', 'secret/2', 'secret/3', 'secret/4') });
    expect(shape(spec)).toEqual([['secret', 100, 'sum', ['secret/1=25', 'secret/2=25', 'secret/3=25', 'secret/4=25']]]);
    expect(spec.root.reported).toBe(true);
  });

  it('require_pass names sample or an earlier group', async () => {
    const spec = await scoringOf({ ...twoGroups, 'data/secret/2-big/test_group.yaml': 'max_score: 70\nrequire_pass: [sample, secret/1-small]\n' });
    expect(spec.root.children[1]).toMatchObject({ requirePass: [{ name: 'sample', tests: ['sample/1'] }, { name: 'secret/1-small', tests: ['secret/1-small/a', 'secret/1-small/b'] }] });
  });

  it('a pass-fail problem ignores every scoring key, as before', async () => {
    const problem = await loadKattisProblem(await createTempFolder({ ...twoGroups, 'problem.yaml': 'problem_format_version: 2025-09\nlimits: { time_limit: 1 }\n' }));
    expect(problem.scoring).toBeUndefined();
  });

  it.each([
    [{ 'data/secret/2-big/test_group.yaml': 'score_aggregation: sum\n' }, 'data/secret/2-big/test_group.yaml: max_score: is missing (a test data group needs its own max_score when secret\'s is a number (100); write it like max_score: 40)'],
    [{ 'data/secret/2-big/test_group.yaml': 'max_score: unbounded\n' }, 'data/secret/2-big/test_group.yaml: max_score: letscode needs a bounded score to say what full score is (give it a number, like max_score: 100)'],
    [{ 'data/secret/2-big/test_group.yaml': 'max_score: 80\n' }, 'data/secret/test_group.yaml: max_score: is 100, but the groups\' max_score add up to 110 (make the groups add up to secret\'s max_score (100 unless given))'],
    [{ 'data/secret/2-big/test_group.yaml': 'max_score: 2.5\n' }, 'data/secret/2-big/test_group.yaml: max_score: expected a whole number of points or unbounded, got the number 2.5 (write it like max_score: 40)'],
    [{ 'data/secret/2-big/test_group.yaml': 'max_score: 70\nscore_aggregation: average\n' }, 'data/secret/2-big/test_group.yaml: score_aggregation: the text "average" is not allowed here (expected one of: pass-fail, sum, min)'],
    [{ 'data/secret/2-big/test_group.yaml': 'max_score: 70\nrequire_pass: secret/3-huge\n' }, 'data/secret/2-big/test_group.yaml: require_pass: "secret/3-huge" is not sample or an earlier test data group (it may name: sample, secret/1-small)'],
    [{ 'data/secret/2-big/test_group.yaml': 'max_score: 70\nstatic_validation_score: 10\n' }, 'data/secret/2-big/test_group.yaml: static_validation_score: letscode runs no static validators (remove it (and the static validation it asks for) to judge the package with letscode)'],
    [{ 'data/sample/test_group.yaml': 'max_score: 0\n' }, 'data/sample/test_group.yaml: max_score: is not allowed in sample (remove it: samples never count for the score)'],
    [{ 'data/secret/1-small/test_group.yaml': 'max_score: 30\naccept_score: 1\n' }, 'data/secret/1-small/test_group.yaml: max_score: is a 2025-09 scoring key, but '],
    [cases('secret/loose'), 'data/secret/loose.in: sits directly in data/secret/, which has test data groups (move it into one of the groups)'],
    [cases('secret/3-extra/a'), 'data/secret/3-extra: has no test_group.yaml, but other folders of data/secret/ are test data groups (add a test_group.yaml with its max_score)'],
  ])('refuses %j', async (files, message) => {
    expect(await scoringError({ ...twoGroups, ...files })).toContain(message);
  });
});

describe('the fixture package test/fixtures/scoring/triangle-groups', () => {
  it('loads as two groups worth 30 (pass-fail) and 70 (sum)', async () => {
    const dir = fileURLToPath(new URL('../../../test/fixtures/scoring/triangle-groups/', import.meta.url));
    const problem = await loadKattisProblem(dir);
    expect(shape(problem.scoring!)).toEqual([
      ['secret', 100, 'sum', []],
      ['secret/1-small', 30, 'all-or-nothing', ['secret/1-small/1=0', 'secret/1-small/2=0']],
      ['secret/2-big', 70, 'sum', ['secret/2-big/1=35', 'secret/2-big/2=35']],
    ]);
  });
});

describe('legacy scoring (testdata.yaml and the default grader)', () => {
  // problemtools' examples/oddecho, in small.
  const oddecho = {
    'problem.yaml': 'problem_format_version: 2023-07-draft\ntype: scoring\nlimits: { time_limit: 1 }\n',
    ...cases('sample/1', 'secret/subtask1/1', 'secret/subtask1/2', 'secret/subtask2/1', 'secret/subtask2/2'),
    'data/testdata.yaml': 'on_reject: continue\nrange: 0 100\ngrader_flags: ignore_sample\n',
    'data/sample/testdata.yaml': 'on_reject: continue\nrange: 0 0\naccept_score: 0\ngrader_flags: first_error\n',
    'data/secret/testdata.yaml': 'on_reject: continue\nrange: 0 100\ngrader_flags: first_error accept_if_any_accepted\n',
    'data/secret/subtask1/testdata.yaml': 'on_reject: break\naccept_score: 50\nrange: 0 50\ngrader_flags: min\n',
    'data/secret/subtask2/testdata.yaml': 'on_reject: break\naccept_score: 50\nrange: 0 50\ngrader_flags: min\n',
  };
  const names = ['sample/1', 'secret/subtask1/1', 'secret/subtask1/2', 'secret/subtask2/1', 'secret/subtask2/2'];

  it('reads the keys of a package whose version is newer but whose keys are legacy (oddecho)', async () => {
    const spec = await scoringOf(oddecho);
    expect(spec.format).toBe('kattis-legacy');
    expect(shape(spec)).toEqual([
      ['', 100, 'sum', []],
      ['sample', 0, 'sum', ['sample/1=0']],
      ['secret', 100, 'sum', []],
      ['secret/subtask1', 50, 'min', ['secret/subtask1/1=50', 'secret/subtask1/2=50']],
      ['secret/subtask2', 50, 'min', ['secret/subtask2/1=50', 'secret/subtask2/2=50']],
    ]);
    expect(spec.root.verdict.ignoreSample).toBe(true);
    expect(spec.root.children[1]).toMatchObject({ verdict: { mode: 'first_error', acceptIfAnyAccepted: true }, onReject: 'continue' });
    expect(scoreOutcomes(spec, outcomes(names, 'AC AC AC WA AC')).score).toBe(50);
    expect(scoreOutcomes(spec, outcomes(names, 'AC WA AC WA AC')).score).toBe(0);
  });

  it('without any testdata.yaml: each test scores 1, the maximum is what all of them score', async () => {
    const spec = await scoringOf({ 'problem.yaml': LEGACY, ...cases('sample/1', 'secret/1', 'secret/2') });
    expect(shape(spec)).toEqual([['', 3, 'sum', []], ['sample', 1, 'sum', ['sample/1=1']], ['secret', 2, 'sum', ['secret/1=1', 'secret/2=1']]]);
    expect(spec.root).toMatchObject({ onReject: 'break', verdict: { mode: 'worst_error' } });
  });

  it('problem.yaml grading: sets the score keys of every group, over their own', async () => {
    const spec = await scoringOf({ ...oddecho, 'problem.yaml': `${LEGACY}grading: { objective: max, accept_score: 2, on_reject: grade }\n` });
    expect(testsBelow(spec.root).map((test) => test.acceptScore)).toEqual([2, 2, 2, 2, 2]);
    expect(groupsOf(spec.root).every((group) => group.onReject === 'continue')).toBe(true);
  });

  it('validation: custom score makes score.txt the accepted tests\' score', async () => {
    const spec = await scoringOf({ 'problem.yaml': `${LEGACY}validation: custom score\n`, ...cases('secret/1'), 'output_validators/check/check.py': 'print()\n' });
    expect(testsBelow(spec.root)[0]?.validatorScore).toEqual({ kind: 'allowed', multiplier: false, required: true });
  });

  it.each([
    [{ 'data/secret/testdata.yaml': 'grading: custom\n' }, 'data/secret/testdata.yaml: grading: letscode does not run custom graders'],
    [{ 'data/secret/testdata.yaml': 'grader_flags: first_eror\n' }, 'data/secret/testdata.yaml: grader_flags: "first_eror" is not a flag of the default grader (did you mean first_error?)'],
    [{ 'data/secret/testdata.yaml': 'range: 100 0\n' }, 'data/secret/testdata.yaml: range: 100 is above 0 (write the lower end first, like range: 0 100)'],
    [{ 'data/secret/testdata.yaml': 'on_reject: grade\n' }, 'data/secret/testdata.yaml: on_reject: the text "grade" is not allowed here'],
    [{ 'data/secret/testdata.yaml': 'on_reject: continue\n' }, 'data/testdata.yaml: grader_flags: ignore_sample applies to data/ only, and '],
    [{ 'problem.yaml': `${LEGACY}grading: { objective: min }\n` }, 'problem.yaml: grading.objective: letscode scores maximisation problems only'],
  ])('refuses %j', async (files, message) => {
    expect(await scoringError({ ...oddecho, 'problem.yaml': LEGACY, ...files })).toContain(message);
  });
});
