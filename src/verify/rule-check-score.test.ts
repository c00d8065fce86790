// verify on a scoring problem: accepted/ must get full score, legacy partially_accepted/
// some of it, and submissions.yaml `score` (a number or a range, per submission or per
// test group glob) is checked against the judge's score.

import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import type { Verdict } from '../common/verdicts.js';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { DEFAULT_LIMITS, type Problem } from '../problem/model.js';
import { group, spec, test } from '../problem/scoring/__fixtures__/trees.js';
import type { ScoreResult } from '../problem/scoring/score-result.js';
import { expectationFor } from '../problem/submissions/folder-defaults.js';
import { submissionExpectation } from '../problem/submissions/submission-rules.js';
import { parseSubmissionsYaml } from '../problem/submissions/submissions-yaml.js';
import { checkExpectation } from './rule-check.js';
import { listSubmissions, unknownFolderReason } from './submissions.js';

afterEach(removeTempFolders);

const SCORING = { scoring: true };

function yaml(text: string) {
  return parseSubmissionsYaml(parse(text) as unknown, 'submissions.yaml', SCORING);
}

/** A report whose tests all got `verdict`, with this score (total, and secret/1-small, secret/2-big). */
function scored(total: number, small: number, big: number, verdict: Verdict = 'AC') {
  const score: ScoreResult = {
    score: total,
    maxScore: 100,
    groups: [],
    namedGroups: [
      { name: 'secret', score: total, maxScore: 100, verdict },
      { name: 'secret/1-small', score: small, maxScore: 30, verdict },
      { name: 'secret/2-big', score: big, maxScore: 70, verdict },
    ],
  };
  return makeReport([makeTest({ index: 0, name: 'secret/1-small/a', verdict }), makeTest({ index: 1, name: 'secret/2-big/a', verdict })], { score });
}

describe('folder defaults on a scoring problem', () => {
  it('accepted/ must get every test AC and full score', () => {
    const expectation = submissionExpectation('accepted/a.py', [], null, SCORING)!;
    expect(expectation.description).toBe('every test AC, full score');
    expect(checkExpectation(expectation, scored(100, 30, 70))).toEqual({ kind: 'met' });
    expect(checkExpectation(expectation, scored(90, 30, 60))).toEqual({ kind: 'not-met', reason: 'score 90/100, expected full score' });
    // On a pass-fail problem the same folder says nothing about a score.
    expect(submissionExpectation('accepted/a.py', [])?.rules[0]?.score).toBeUndefined();
  });

  it('partially_accepted/ (legacy) must score above 0 and below full, and exists only on scoring problems', () => {
    const expectation = submissionExpectation('partially_accepted/a.py', [], null, SCORING)!;
    expect(expectation.description).toBe('a score above 0 and below full');
    expect(checkExpectation(expectation, scored(30, 30, 0, 'WA')).kind).toBe('met');
    expect(checkExpectation(expectation, scored(0, 0, 0, 'WA'))).toEqual({ kind: 'not-met', reason: 'score 0/100, expected a score above 0 and below full' });
    expect(checkExpectation(expectation, scored(100, 30, 70)).kind).toBe('not-met');
    expect(expectationFor('partially_accepted')).toBeUndefined();
    expect(unknownFolderReason('partially_accepted')).toBe('partially_accepted/ is for scoring problems, and this one is pass-fail; not judged');
    expect(unknownFolderReason('partialy_accepted', SCORING)).toContain('did you mean partially_accepted?');
  });
});

describe('submissions.yaml score', () => {
  it('an exact score or an inclusive range, for the whole submission', () => {
    const exact = submissionExpectation('wrong_answer/float.py', yaml('wrong_answer/float.py: { score: 65 }'), null, SCORING)!;
    expect(exact.description).toBe('only AC or WA, some WA; score 65');
    expect(checkExpectation(exact, scored(65, 30, 35, 'WA')).kind).toBe('met');
    expect(checkExpectation(exact, scored(60, 30, 30, 'WA'))).toEqual({ kind: 'not-met', reason: 'submissions.yaml wrong_answer/float.py: score 60/100, expected score 65' });
    const range = submissionExpectation('wrong_answer/float.py', yaml('wrong_answer/float.py: { score: [50, 70] }'), null, SCORING)!;
    expect(checkExpectation(range, scored(70, 30, 40, 'WA')).kind).toBe('met');
    expect(checkExpectation(range, scored(49.5, 30, 19.5, 'WA'))).toMatchObject({ reason: 'submissions.yaml wrong_answer/float.py: score 49.5/100, expected score 50 to 70' });
  });

  it('under a test group glob, on the score of each group the glob names itself', () => {
    const rules = yaml('mixed/x.py:\n  secret/1-small: { score: 30 }\n  secret/*-big: { score: [0, 10] }\n  secret: { score: 40 }\n');
    const expectation = submissionExpectation('mixed/x.py', rules, null, SCORING)!;
    expect(checkExpectation(expectation, scored(40, 30, 10, 'WA')).kind).toBe('met');
    expect(checkExpectation(expectation, scored(50, 30, 20, 'WA'))).toEqual({ kind: 'not-met', reason: 'submissions.yaml mixed/x.py on secret/*-big: score 20/70 on secret/2-big, expected score 0 to 10' });
  });

  it('a score-only glob may name a native group, whose name no test shares', () => {
    const report = makeReport([makeTest({ index: 0, name: 'small-1' }), makeTest({ index: 1, name: 'big-1', verdict: 'WA' })], {
      score: { score: 40, maxScore: 100, groups: [], namedGroups: [{ name: 'small', score: 40, maxScore: 40, verdict: 'AC' }, { name: 'big', score: 0, maxScore: 60, verdict: 'WA' }] },
    });
    const expectation = submissionExpectation('wrong_answer/x.py', yaml('wrong_answer/x.py: { small: { score: 40 }, big: { score: 0 } }'), null, SCORING)!;
    expect(checkExpectation(expectation, report)).toEqual({ kind: 'met' });
  });

  it('is a rule only on scoring problems; elsewhere it is noted as not checked', () => {
    expect(yaml('a.py: { score: 5 }')[0]).toMatchObject({ constraints: { score: { kind: 'range', min: 5, max: 5 } }, unchecked: [] });
    const passFail = parseSubmissionsYaml(parse('a.py: { score: 5 }') as unknown, 'submissions.yaml');
    expect(passFail[0]).toMatchObject({ constraints: null, unchecked: ['score'] });
  });

  it('refuses an empty range', () => {
    expect(() => yaml('a.py: { score: [70, 50] }')).toThrow('submissions.yaml: a.py.score: the range [70, 50] is empty (write the lower end first, like score: [50, 70])');
  });

  it('a score glob that names no scored group is a problem-file error before judging', async () => {
    const dir = await createTempFolder({
      'submissions/accepted/a.py': 'print(1)',
      'submissions/submissions.yaml': 'accepted/a.py:\n  secret/1-small/a: { score: 1 }\n',
    });
    const names = ['secret/1-small/a', 'secret/2-big/a'];
    const problem: Problem = {
      name: 'p', dir, sourceFile: join(dir, 'problem.yaml'), format: 'kattis', limits: { ...DEFAULT_LIMITS, wallTimeMs: 2000 }, timeLimitSource: { kind: 'given' },
      checker: { name: 'kattis-default' }, interactor: null, inputValidators: [], submissionsDir: join(dir, 'submissions'), invalidInputs: [], outputCases: [],
      tests: names.map((name) => ({ name, input: { kind: 'inline', content: '' }, answer: { kind: 'inline', content: '' }, sample: false, checkerFlags: [], inputValidatorFlags: [] })),
      scoring: spec(group('secret', [group('secret/1-small', [test(names[0]!)]), group('secret/2-big', [test(names[1]!)])], { reported: false })),
    };
    await expect(listSubmissions(problem)).rejects.toThrow('accepted/a.py.secret/1-small/a.score: names no scored group (the groups with a score are secret, secret/1-small, secret/2-big)');
  });
});
