import { describe, expect, it } from 'vitest';
import { group, outcomes, spec, test } from './__fixtures__/trees.js';
import { isFullScore, scoreOutcomes } from './score-result.js';

/** name -> score of the listed groups. */
function groupScores(result: ReturnType<typeof scoreOutcomes>): Record<string, number | null> {
  return Object.fromEntries(result.groups.map((each) => [each.name, each.score]));
}

describe('batches: all or nothing per group, summed', () => {
  const tree = spec(group('', [
    group('small', [test('s1'), test('s2')], { score: { kind: 'all-or-nothing', points: 40 }, maxScore: 40 }),
    group('big', [test('b1'), test('b2')], { score: { kind: 'all-or-nothing', points: 60 }, maxScore: 60 }),
  ], { reported: false, maxScore: 100 }));
  const names = ['s1', 's2', 'b1', 'b2'];

  it('scores a group only when every test in it is accepted', () => {
    expect(scoreOutcomes(tree, outcomes(names, 'AC AC AC AC'))).toMatchObject({ score: 100, maxScore: 100 });
    const partial = scoreOutcomes(tree, outcomes(names, 'AC AC WA AC'));
    expect(partial.score).toBe(40);
    expect(partial.groups).toEqual([
      { name: 'small', score: 40, maxScore: 40, verdict: 'AC' },
      { name: 'big', score: 0, maxScore: 60, verdict: 'WA' },
    ]);
    expect(isFullScore(partial)).toBe(false);
  });

  it('a judge error: the group is JE, its score known only when another test already failed it', () => {
    const decided = scoreOutcomes(tree, outcomes(names, 'AC AC JE WA'));
    expect(decided.groups[1]).toEqual({ name: 'big', score: 0, maxScore: 60, verdict: 'JE' });
    expect(decided.score).toBe(40);
    const open = scoreOutcomes(tree, outcomes(names, 'AC AC JE AC'));
    expect(groupScores(open)).toEqual({ small: 40, big: null });
    expect(open.score).toBeNull();
    expect(isFullScore(open)).toBe(false);
  });

  it('tests that never ran (a compile error) fail every group', () => {
    const result = scoreOutcomes(tree, new Map(), 'CE');
    expect(result.score).toBe(0);
    expect(result.groups.map((each) => each.verdict)).toEqual(['CE', 'CE']);
  });
});

describe('sum and min over test scores (Kattis 2025-09)', () => {
  const names = ['secret/a/1', 'secret/a/2', 'secret/a/3', 'secret/a/4', 'secret/b/1', 'secret/b/2'];
  const tree = spec(group('secret', [
    group('secret/a', names.slice(0, 4).map((name) => test(name, { acceptScore: 10, maxScore: 10 })), { maxScore: 40 }),
    group('secret/b', names.slice(4).map((name) => test(name, { acceptScore: 60, maxScore: 60 })), { score: { kind: 'min' }, maxScore: 60 }),
  ], { reported: false, maxScore: 100 }));

  it('sum adds each accepted test\'s share; min is all or nothing at the group\'s maximum', () => {
    expect(groupScores(scoreOutcomes(tree, outcomes(names, 'AC WA AC TLE AC AC')))).toEqual({ 'secret/a': 20, 'secret/b': 60 });
    expect(groupScores(scoreOutcomes(tree, outcomes(names, 'AC AC AC AC AC RE')))).toEqual({ 'secret/a': 40, 'secret/b': 0 });
    expect(scoreOutcomes(tree, outcomes(names, 'AC AC AC AC AC AC')).score).toBe(100);
  });

  it('a validator\'s score replaces an accepted test\'s share', () => {
    const result = scoreOutcomes(tree, new Map([...outcomes(names, 'AC AC AC AC AC AC'), ['secret/a/1', { verdict: 'AC', validatorScore: 2.5 }]]));
    expect(groupScores(result)).toEqual({ 'secret/a': 32.5, 'secret/b': 60 });
  });

  it('a judge error leaves a sum unknown, but not a min another test already brought to 0', () => {
    const result = scoreOutcomes(tree, outcomes(names, 'JE AC AC AC JE WA'));
    expect(groupScores(result)).toEqual({ 'secret/a': null, 'secret/b': 0 });
    expect(result.score).toBeNull();
    expect(result.namedGroups.map((each) => each.name)).toEqual(['secret', 'secret/a', 'secret/b']);
  });

  it('require_pass: a group scores nothing while a group it requires is not fully accepted', () => {
    const gated = spec(group('secret', [group('secret/a', [test('secret/a/1', { acceptScore: 50 })]), group('secret/b', [test('secret/b/1', { acceptScore: 50 })], { requirePass: [{ name: 'sample', tests: ['sample/1'] }] })], { reported: false, maxScore: 100 }));
    const all = ['sample/1', 'secret/a/1', 'secret/b/1'];
    expect(groupScores(scoreOutcomes(gated, outcomes(all, 'AC AC AC')))).toEqual({ 'secret/a': 50, 'secret/b': 50 });
    expect(groupScores(scoreOutcomes(gated, outcomes(all, 'WA AC AC')))).toEqual({ 'secret/a': 50, 'secret/b': 0 });
  });
});

describe('the legacy default grader', () => {
  it('accept and reject scores per test, avg and max', () => {
    const names = ['1', '2', '3'];
    const scored = (rule: 'sum' | 'avg' | 'max') => spec(group('', names.map((name) => test(name, { acceptScore: 10, rejectScore: -2 })), { score: { kind: rule } }));
    expect(scoreOutcomes(scored('sum'), outcomes(names, 'AC WA AC')).score).toBe(18);
    expect(scoreOutcomes(scored('avg'), outcomes(names, 'AC WA AC')).score).toBe(6);
    expect(scoreOutcomes(scored('max'), outcomes(names, 'WA WA AC')).score).toBe(10);
  });

  it('worst_error takes the worst verdict, first_error the first; on_reject break grades what came before', () => {
    const names = ['1', '2', '3'];
    const tree = (mode: 'worst_error' | 'first_error', onReject: 'break' | 'continue') =>
      spec(group('', names.map((name) => test(name)), { verdict: { mode, acceptIfAnyAccepted: false, ignoreSample: false }, onReject }));
    const verdictOf = (mode: 'worst_error' | 'first_error', onReject: 'break' | 'continue', verdicts: string) => {
      const built = tree(mode, onReject);
      return { ...scoreOutcomes({ ...built, root: { ...built.root, reported: true } }, outcomes(names, verdicts)).groups[0] };
    };
    expect(verdictOf('worst_error', 'continue', 'WA TLE AC')).toMatchObject({ verdict: 'TLE', score: 1 });
    expect(verdictOf('first_error', 'continue', 'WA TLE AC')).toMatchObject({ verdict: 'WA', score: 1 });
    // break: the grader sees the accepted first test and the failure, nothing after it.
    expect(verdictOf('worst_error', 'break', 'AC WA AC')).toMatchObject({ verdict: 'WA', score: 1 });
  });

  // The shape of problemtools' examples/oddecho: subtasks scored by min, secret accepted
  // when any subtask is, the root ignoring the samples.
  const subtask = (name: string, tests: string[]) =>
    group(name, tests.map((each) => test(each, { acceptScore: 50, maxScore: 50 })), { score: { kind: 'min' }, onReject: 'break', maxScore: 50 });
  const names = ['sample/1', 'secret/s1/1', 'secret/s1/2', 'secret/s2/1', 'secret/s2/2'];
  const nested = spec(group('', [
    group('sample', [test('sample/1', { acceptScore: 0 })], { maxScore: 0 }),
    group('secret', [subtask('secret/s1', names.slice(1, 3)), subtask('secret/s2', names.slice(3))], {
      verdict: { mode: 'first_error', acceptIfAnyAccepted: true, ignoreSample: false }, maxScore: 100,
    }),
  ], { reported: false, verdict: { mode: 'worst_error', acceptIfAnyAccepted: false, ignoreSample: true }, maxScore: 100 }), { format: 'kattis-legacy', rejectedScoresZero: true });

  it('nested groups: each subtask scores, the root takes secret\'s result', () => {
    const one = scoreOutcomes(nested, outcomes(names, 'AC AC AC AC WA'));
    expect(one.score).toBe(50);
    expect(one.groups.map(({ name, score, verdict }) => [name, score, verdict])).toEqual([
      ['sample', 0, 'AC'], ['secret', 50, 'AC'], ['secret/s1', 50, 'AC'], ['secret/s2', 0, 'WA'],
    ]);
    expect(scoreOutcomes(nested, outcomes(names, 'WA AC AC AC AC'))).toMatchObject({ score: 100, maxScore: 100 });
  });

  it('a submission whose graded verdict is not accepted scores nothing', () => {
    const none = scoreOutcomes(nested, outcomes(names, 'AC WA AC WA AC'));
    expect(none.groups.find((each) => each.name === 'secret')).toMatchObject({ verdict: 'WA', score: 0 });
    expect(none.score).toBe(0);
  });

  it('a judge error in one subtask leaves the total open, the other subtask known', () => {
    const result = scoreOutcomes(nested, outcomes(names, 'AC AC AC JE AC'));
    expect(result.score).toBeNull();
    expect(result.groups.map(({ name, score, verdict }) => [name, score, verdict])).toEqual([
      ['sample', 0, 'AC'], ['secret', null, 'JE'], ['secret/s1', 50, 'AC'], ['secret/s2', null, 'JE'],
    ]);
  });
});
