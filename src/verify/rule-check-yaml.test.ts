import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../common/verdicts.js';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';
import { checkExpectation } from './rule-check.js';
import { submissionExpectation, timeBoundOf } from '../problem/submissions/submission-rules.js';
import { parseSubmissionsYaml } from '../problem/submissions/submissions-yaml.js';

function yaml(text: string) {
  return parseSubmissionsYaml(parse(text) as unknown, 'submissions.yaml');
}

/** A report with these [test name, verdict] pairs; judge messages as given. */
function judged(tests: [string, Verdict, string?][]) {
  return makeReport(tests.map(([name, verdict, judgeMessage], index) => makeTest({ index, name, verdict, detail: '', ...(judgeMessage ? { judgeMessage } : {}) })));
}

const SPEC_EXAMPLE = yaml(`
time_limit_exceeded/solves_easy_cases.py:
  sample:
    permitted: [AC]
  secret/*-easy:
    permitted: [AC]
  secret/*-hard:
    permitted: [AC, TLE]
    required: [TLE]
`);

describe('submissionExpectation', () => {
  it('without submissions.yaml: the folder default alone, nothing for unknown folders', () => {
    expect(submissionExpectation('accepted/a.cpp', [])).toEqual({
      folder: 'accepted', description: 'every test AC', language: null,
      rules: [{ source: null, tests: null, permitted: ['AC'], required: null, message: null, final: null, timeBound: 'lower' }],
    });
    expect(submissionExpectation('slow/a.cpp', [])).toBeUndefined();
  });

  it('adds every matching entry’s rules to the folder default (the spec’s example)', () => {
    const expectation = submissionExpectation('time_limit_exceeded/solves_easy_cases.py', SPEC_EXAMPLE)!;
    expect(expectation.rules.map((rule) => [rule.tests, rule.timeBound])).toEqual([[null, 'upper'], ['sample', 'lower'], ['secret/*-easy', 'lower'], ['secret/*-hard', 'upper']]);
    expect(expectation.description).toBe('only AC, WA or TLE, some TLE; on sample: only AC; on secret/*-easy: only AC; on secret/*-hard: only AC or TLE, some TLE');
    expect(submissionExpectation('time_limit_exceeded/other.py', SPEC_EXAMPLE)?.rules).toHaveLength(1);
  });

  it('a key that is exactly a folder’s name overrides its default; unset keys are inherited', () => {
    const [rule] = submissionExpectation('time_limit_exceeded/x.py', yaml('time_limit_exceeded: { permitted: [AC, TLE] }'))!.rules;
    expect(rule).toMatchObject({ source: 'submissions.yaml time_limit_exceeded', permitted: ['AC', 'TLE'], required: ['TLE'], timeBound: 'upper' });
    // `time_limit_exceeded/*` adds a rule instead.
    expect(submissionExpectation('time_limit_exceeded/x.py', yaml('time_limit_exceeded/*: { permitted: [AC, TLE] }'))!.rules).toHaveLength(2);
  });

  it('a custom folder is judged when an entry matches it; the last language named wins', () => {
    const entries = yaml('mixed: { required: [WA], language: cpp }\nmixed/a.txt: { language: python3 }');
    expect(submissionExpectation('mixed/a.txt', entries)).toMatchObject({ folder: 'mixed', language: 'python3', description: 'some WA' });
    expect(submissionExpectation('mixed/b.txt', entries)?.language).toBe('cpp');
  });
});

describe('an @EXPECTED_RESULTS@ tag', () => {
  it('replaces the folder default, in any folder; yaml rules still add to it', () => {
    expect(submissionExpectation('rejected/a.cpp', [], ['WA', 'TLE'])).toMatchObject({
      description: 'final verdict WA or TLE',
      rules: [{ source: '@EXPECTED_RESULTS@', final: ['WA', 'TLE'], permitted: null, timeBound: 'none' }],
    });
    expect(submissionExpectation('misc/a.cpp', [], ['TLE'])?.rules[0]?.timeBound).toBe('upper');
    expect(submissionExpectation('misc/a.cpp', [], ['AC'])?.rules[0]?.timeBound).toBe('lower');
    expect(submissionExpectation('accepted/a.cpp', yaml('accepted/a.cpp: { sample: { permitted: [AC] } }'), ['WA'])?.rules.map((rule) => rule.source)).toEqual(['@EXPECTED_RESULTS@', 'submissions.yaml accepted/a.cpp']);
  });

  it('is checked against the overall verdict, the first failing test’s', () => {
    const tagged = submissionExpectation('accepted/a.cpp', [], ['WA', 'TLE'])!;
    expect(checkExpectation(tagged, judged([['1', 'AC'], ['2', 'TLE'], ['3', 'WA']]))).toEqual({ kind: 'met' });
    expect(checkExpectation(tagged, judged([['1', 'AC'], ['2', 'RE'], ['3', 'WA']]))).toEqual({ kind: 'not-met', reason: '@EXPECTED_RESULTS@: final verdict RE on 2, expected WA or TLE' });
    expect(checkExpectation(tagged, judged([['1', 'AC']]))).toEqual({ kind: 'not-met', reason: '@EXPECTED_RESULTS@: final verdict AC, expected WA or TLE' });
  });

  it('COMPILER-ERROR: only a compile error meets it, and it allows one', () => {
    const compileError = { ...judged([]), verdict: 'CE' as const, compile: { ok: false, message: 'error', wallMs: 1, cached: false } };
    expect(checkExpectation(submissionExpectation('accepted/a.cpp', [], ['CE'])!, compileError)).toEqual({ kind: 'met' });
    expect(checkExpectation(submissionExpectation('accepted/a.cpp', [], ['CE'])!, judged([['1', 'AC']]))).toEqual({ kind: 'not-met', reason: 'compiles (expected a compile error)' });
    expect(checkExpectation(submissionExpectation('accepted/a.cpp', [], ['WA'])!, compileError)).toEqual({ kind: 'not-met', reason: 'does not compile' });
  });
});

describe('timeBoundOf', () => {
  const none = { permitted: null, required: null, message: null, useForTimeLimit: null };
  it('follows the format’s inference, and use_for_time_limit over it', () => {
    expect(timeBoundOf({ ...none, required: ['TLE'] })).toBe('upper');
    expect(timeBoundOf({ ...none, required: ['TLE', 'RE'] })).toBe('none');
    expect(timeBoundOf({ ...none, permitted: ['AC', 'WA'] })).toBe('lower');
    expect(timeBoundOf({ ...none, permitted: ['AC', 'TLE'] })).toBe('none');
    expect(timeBoundOf({ ...none, permitted: ['AC'], useForTimeLimit: false })).toBe('none');
    expect(timeBoundOf(none)).toBe('none');
  });
});

describe('checkExpectation with submissions.yaml rules', () => {
  const solvesEasy = submissionExpectation('time_limit_exceeded/solves_easy_cases.py', SPEC_EXAMPLE)!;

  it('met: every group as its rule says', () => {
    expect(checkExpectation(solvesEasy, judged([['sample/1', 'AC'], ['secret/01-easy', 'AC'], ['secret/02-hard', 'TLE']]))).toEqual({ kind: 'met' });
  });

  it('names the rule (glob and group) that is broken', () => {
    expect(checkExpectation(solvesEasy, judged([['sample/1', 'AC'], ['secret/01-easy', 'TLE'], ['secret/02-hard', 'TLE']]))).toEqual({
      kind: 'not-met', reason: 'submissions.yaml time_limit_exceeded/solves_easy_cases.py on secret/*-easy: TLE on secret/01-easy',
    });
    expect(checkExpectation(solvesEasy, judged([['sample/1', 'AC'], ['secret/01-easy', 'AC'], ['secret/02-hard', 'AC'], ['secret/03-big', 'TLE']]))).toEqual({
      kind: 'not-met', reason: 'submissions.yaml time_limit_exceeded/solves_easy_cases.py on secret/*-hard: no test got TLE (AC 1)',
    });
  });

  it('a group glob that matches no test is a mistake in the yaml', () => {
    const expectation = submissionExpectation('accepted/a.py', yaml('accepted/a.py: { secret/grp1: { permitted: [AC] } }'))!;
    expect(checkExpectation(expectation, judged([['secret/group1/1', 'AC']]))).toEqual({ kind: 'not-met', reason: 'submissions.yaml accepted/a.py on secret/grp1: the glob matches no test' });
  });

  it('message: some judge message in scope contains the text', () => {
    const expectation = submissionExpectation('wrong_answer/a.py', yaml('wrong_answer/a.py: { message: "not prime" }'))!;
    expect(checkExpectation(expectation, judged([['1', 'AC'], ['2', 'WA', 'line 1: 9 is not prime']]))).toEqual({ kind: 'met' });
    expect(checkExpectation(expectation, judged([['1', 'AC'], ['2', 'WA', 'line 1: wrong count']]))).toEqual({ kind: 'not-met', reason: 'submissions.yaml wrong_answer/a.py: no judge message contains "not prime"' });
  });

  it('message: without a judgemessage.txt, a rejection’s reason is the judge message (the default validator’s)', () => {
    const expectation = submissionExpectation('wrong_answer/a.py', yaml('wrong_answer/a.py: { message: "expected 6" }'))!;
    const report = makeReport([makeTest({ index: 0, name: '1', verdict: 'WA', detail: 'token 1: expected 6, got 7' })]);
    expect(checkExpectation(expectation, report)).toEqual({ kind: 'met' });
  });

  it('a requirement the permitted lists never allow is a contradiction, not the submission’s fault', () => {
    const custom = submissionExpectation('mixed/fast.py', yaml('mixed/fast.py: { permitted: [AC], required: [WA] }'))!;
    expect(checkExpectation(custom, judged([['1', 'AC']]))).toEqual({
      kind: 'not-met', reason: 'submissions.yaml contradicts itself: submissions.yaml mixed/fast.py requires WA, which submissions.yaml mixed/fast.py never permits',
    });
    const upper = submissionExpectation('accepted/a.py', yaml('accepted: { use_for_time_limit: upper }'))!;
    expect(checkExpectation(upper, judged([['1', 'AC']]))).toMatchObject({ reason: 'submissions.yaml contradicts itself: submissions.yaml accepted requires TLE, which submissions.yaml accepted never permits' });
    // A requirement on one group, allowed there, is fine even if other groups forbid it.
    expect(checkExpectation(solvesEasy, judged([['sample/1', 'AC'], ['secret/01-easy', 'AC'], ['secret/02-hard', 'TLE']]))).toEqual({ kind: 'met' });
  });

  it('permitted lists that share no verdict on a test contradict each other', () => {
    const expectation = submissionExpectation('accepted/a.py', yaml('accepted/a.py: { sample: { permitted: [WA] } }'))!;
    expect(checkExpectation(expectation, judged([['sample/1', 'WA']]))).toEqual({
      kind: 'not-met', reason: 'submissions.yaml contradicts itself on sample/1: the folder default and submissions.yaml accepted/a.py permit no verdict in common',
    });
  });

  // The folder default once meant RE alone; it is the format's RTE now, as the yaml's is.
  it('RTE in the yaml covers MLE, as the run_time_error folder default does', () => {
    const overridden = submissionExpectation('run_time_error/a.py', yaml('run_time_error: { permitted: [AC, RTE], required: [RTE] }'))!;
    expect(checkExpectation(overridden, judged([['1', 'AC'], ['2', 'MLE']]))).toEqual({ kind: 'met' });
    expect(checkExpectation(submissionExpectation('run_time_error/a.py', [])!, judged([['1', 'AC'], ['2', 'MLE']])).kind).toBe('met');
    const onlyRe = submissionExpectation('run_time_error/a.py', yaml('run_time_error: { permitted: [AC, RE], required: [RE] }'))!;
    expect(checkExpectation(onlyRe, judged([['1', 'AC'], ['2', 'MLE']])).kind).toBe('not-met');
  });
});
