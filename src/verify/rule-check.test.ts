import { describe, expect, it } from 'vitest';
import type { Verdict } from '../common/verdicts.js';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';
import { checkExpectation } from './rule-check.js';
import { EXPECTATIONS, expectationFor } from '../problem/submissions/folder-defaults.js';
import { submissionExpectation } from '../problem/submissions/submission-rules.js';

/** A report whose tests got these verdicts, in order. */
function judged(...verdicts: Verdict[]) {
  return makeReport(verdicts.map((verdict, index) => makeTest({ index, verdict, detail: verdict === 'AC' ? '' : `why ${index + 1}` })));
}

const compileError = makeReport([], { compile: { ok: false, message: 'error: expected ;', wallMs: 300, cached: false } });

/** The rules of a submission in `folder` when there is no submissions.yaml. */
function folderRules(folder: string) {
  const expectation = submissionExpectation(`${folder}/solution.cpp`, []);
  if (!expectation) throw new Error(`no expectation for ${folder}`);
  return expectation;
}

function met(folder: string, report: ReturnType<typeof judged>): boolean {
  return checkExpectation(folderRules(folder), report).kind === 'met';
}

describe('the expectation of each folder', () => {
  // [folder, verdicts of the tests, met?]
  const cases: [string, Verdict[] | 'CE', boolean][] = [
    ['accepted', ['AC', 'AC'], true],
    ['accepted', ['AC', 'WA'], false],
    ['accepted', 'CE', false],
    ['wrong_answer', ['AC', 'WA', 'WA'], true],
    ['wrong_answer', ['AC', 'AC'], false],
    ['wrong_answer', ['WA', 'TLE'], false],
    ['wrong_answer', ['WA', 'PE'], false],
    ['time_limit_exceeded', ['AC', 'TLE'], true],
    ['time_limit_exceeded', ['WA', 'TLE'], true],
    ['time_limit_exceeded', ['AC', 'WA'], false],
    ['time_limit_exceeded', ['TLE', 'RE'], false],
    ['run_time_error', ['AC', 'WA', 'RE'], true],
    // The format's RTE: MLE and OLE count (they did not until problemtools' hello showed a memory hog there).
    ['run_time_error', ['AC', 'MLE'], true],
    ['run_time_error', ['WA', 'OLE'], true],
    ['run_time_error', ['AC', 'WA'], false],
    ['run_time_error', ['RE', 'TLE'], false],
    ['brute_force', ['AC', 'TLE'], true],
    ['brute_force', ['AC', 'RE', 'MLE'], true],
    ['brute_force', ['AC', 'AC'], false],
    ['brute_force', ['TLE', 'WA'], false],
    ['rejected', ['AC', 'WA', 'RE'], true],
    ['rejected', ['OLE'], true],
    ['rejected', ['AC', 'AC'], false],
    ['rejected', 'CE', false],
    ['presentation_error', ['AC', 'PE'], true],
    ['presentation_error', ['PE', 'WA'], false],
    ['memory_limit_exceeded', ['MLE', 'AC'], true],
    ['memory_limit_exceeded', ['TLE', 'MLE'], false],
    ['output_limit_exceeded', ['OLE', 'WA'], true],
    ['output_limit_exceeded', ['AC'], false],
    ['compile_error', 'CE', true],
    ['compile_error', ['AC'], false],
  ];
  it.each(cases)('%s with %j: met %s', (folder, verdicts, expected) => {
    expect(met(folder, verdicts === 'CE' ? compileError : judged(...verdicts))).toBe(expected);
  });

  it('covers the Kattis folders (2025-09 defaults), letscode’s native extras and DOMjudge’s, each described', () => {
    expect(EXPECTATIONS.map((e) => e.folder)).toEqual([
      'accepted', 'wrong_answer', 'time_limit_exceeded', 'run_time_error', 'brute_force', 'rejected',
      'presentation_error', 'memory_limit_exceeded', 'output_limit_exceeded', 'compile_error',
      'compiler_error', 'output_limit', 'no_output',
    ]);
    for (const expectation of EXPECTATIONS) {
      expect(expectation.description).not.toBe('');
      for (const verdict of expectation.required) expect(expectation.permitted).toContain(verdict);
    }
    expect(expectationFor('wrong_anwser')).toBeUndefined();
  });
});

describe('why an expectation is not met', () => {
  it('names the first test with a verdict the folder does not permit', () => {
    expect(checkExpectation(folderRules('accepted'), judged('AC', 'WA', 'TLE'))).toEqual({ kind: 'not-met', reason: 'WA on test-2 (why 2)' });
  });

  it('says which verdict no test got, with the counts', () => {
    expect(checkExpectation(folderRules('time_limit_exceeded'), judged('AC', 'WA', 'AC'))).toEqual({ kind: 'not-met', reason: 'no test got TLE (AC 2  WA 1)' });
    expect(checkExpectation(folderRules('rejected'), judged('AC'))).toMatchObject({ reason: 'no test got WA, PE, TLE, MLE, OLE or RE (AC 1)' });
  });

  it('a compile error outside compile_error/, and a program that compiles inside it', () => {
    expect(checkExpectation(folderRules('wrong_answer'), compileError)).toEqual({ kind: 'not-met', reason: 'does not compile' });
    expect(checkExpectation(folderRules('compile_error'), judged('AC'))).toEqual({ kind: 'not-met', reason: 'compiles (expected a compile error)' });
  });

  it('a judge error is neither met nor not met: the result is unknown', () => {
    expect(checkExpectation(folderRules('accepted'), judged('AC', 'JE'))).toEqual({ kind: 'judge-error', reason: 'judge error on test-2 (why 2)' });
  });
});
