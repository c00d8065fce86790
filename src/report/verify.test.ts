import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../checkers/checker.js';
import { judgeOutputCase } from '../verify/output-case-verdict.js';
import { submissionExpectation } from '../problem/submissions/submission-rules.js';
import type { InputResult } from '../verify/input-verdict.js';
import type { SubmissionOutcome, VerifyReport } from '../verify/verify-report.js';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';
import { renderVerify, toVerifyJson } from './verify.js';

const chalk = new Chalk({ level: 0 });

function outcome(path: string, folder: string, verdicts: ('AC' | 'WA' | 'TLE')[], check: SubmissionOutcome['check'], warnings: string[] = []): SubmissionOutcome {
  const tests = verdicts.map((verdict, index) => makeTest({ index, verdict, cpuMs: 10 * (index + 1) }));
  return { path, folder, expectation: submissionExpectation(`${folder}/x`, []), report: makeReport(tests), check, warnings };
}

const report: VerifyReport = {
  problem: 'Sum',
  timeLimitMs: 1000,
  derived: null,
  validation: null,
  submissions: [
    outcome('submissions/accepted/a.cpp', 'accepted', ['AC', 'AC'], { kind: 'met' }, ['CPU time 950 ms on test-2 is within 20% of the 1.00 s time limit']),
    outcome('submissions/accepted/wrong.cpp', 'accepted', ['AC', 'WA', 'AC'], { kind: 'not-met', reason: 'WA on test-2' }),
    { path: 'submissions/slow/x.py', folder: 'slow', expectation: undefined, report: null, check: { kind: 'unknown-folder', reason: 'unknown folder slow/ (...); not judged' }, warnings: [] },
  ],
  notes: ['submissions/accepted/README.md: not a program, skipped'],
  totalMs: 4200,
};

describe('the verify report', () => {
  const text = renderVerify(report, { chalk, columns: 100 }, { verbose: false }).join('\n');

  it('has a row per submission: path, expected folder, verdict counts, ✓/✗, max time', () => {
    expect(text).toMatch(/submissions\/accepted\/a\.cpp +│ accepted +│ AC 2 +│ +✓ +│ +20 ms │/);
    expect(text).toMatch(/submissions\/accepted\/wrong\.cpp +│ accepted +│ AC 2 {2}WA 1 +│ +✗ +│ +30 ms │/);
    expect(text).toMatch(/submissions\/slow\/x\.py +│ slow +│ - +│ +✗ +│ +- │/);
  });

  it('says why, warns, notes, and ends with one result line', () => {
    expect(text).toContain('✗ submissions/accepted/wrong.cpp: expected every test AC, got WA on test-2');
    expect(text).toContain('✗ submissions/slow/x.py: unknown folder slow/ (...); not judged');
    expect(text).toContain('! submissions/accepted/a.cpp: CPU time 950 ms on test-2 is within 20% of the 1.00 s time limit');
    expect(text).toContain('- submissions/accepted/README.md: not a program, skipped');
    expect(text.split('\n').at(-1)).toBe('FAILED  inputs not validated · 2 of 3 submissions not as expected · 1 warning · 4.20 s');
    expect(text.split('\n')[0]).toBe('Verified Sum: time limit 1.00 s');
  });
});

describe('the result line names what validation found', () => {
  const lastLine = (validation: VerifyReport['validation']) => renderVerify({ ...report, submissions: [], validation }, { chalk, columns: 100 }, { verbose: false }).at(-1);
  const valid = { test: 'secret/1', input: 'data/secret/1.in', validator: 'v.py', result: 'valid', message: '' } as const;

  it('an invalid test input, or only an invalid input that got through', () => {
    expect(lastLine({ validators: ['v.py'], testCount: 1, inputs: [{ ...valid, result: 'invalid', message: 'n too big' }], invalidInputs: [], outputCases: [], notes: [] })).toMatch(/^FAILED {2}inputs INVALID · /);
    const accepted = { test: 'invalid_input/fine', input: 'data/invalid_input/fine.in', verdict: 'accepted', message: 'accepted by every input validator', runs: [] as InputResult[] } as const;
    expect(lastLine({ validators: ['v.py'], testCount: 1, inputs: [valid], invalidInputs: [accepted], outputCases: [], notes: [] })).toMatch(/^FAILED {2}an invalid input ACCEPTED · /);
    expect(lastLine({ validators: ['v.py'], testCount: 1, inputs: [valid], invalidInputs: [], outputCases: [], notes: [] })).toMatch(/^OK {2}inputs valid · /);
  });

  it('an output case that got the other answer, or the output validator crashing', () => {
    const outputs = (expected: 'invalid' | 'valid', kind: CheckResult['kind']) => ({
      validators: [], testCount: 1, inputs: [], invalidInputs: [], notes: [],
      outputCases: [judgeOutputCase({ test: 't', output: 't.out', expected }, { kind, message: 'm' } as CheckResult, 'v')],
    });
    expect(lastLine(outputs('invalid', 'accepted'))).toMatch(/^FAILED {2}an invalid output ACCEPTED · /);
    expect(lastLine(outputs('valid', 'wrong'))).toMatch(/^FAILED {2}a valid output REJECTED · /);
    expect(lastLine(outputs('valid', 'checker-failed'))).toMatch(/^JUDGE ERROR {2}output validator crashed · /);
    expect(lastLine(outputs('valid', 'accepted'))).toMatch(/^OK {2}inputs not validated, output cases as expected · /);
  });

  it('shows validation notes even when everything is valid', () => {
    const lines = renderVerify({ ...report, submissions: [], validation: { validators: [], testCount: 1, inputs: [], invalidInputs: [], outputCases: [], notes: ['2 cases not checked'] } }, { chalk, columns: 100 }, { verbose: false });
    expect(lines).toContain('- 2 cases not checked');
  });
});

describe('verify --json', () => {
  it('keeps {ok, submissions: [{path, expected, verdict, ok, maxTimeMs}]} and adds details', () => {
    const json = toVerifyJson(report);
    expect(json.ok).toBe(false);
    expect(json.submissions.map(({ path, expected, verdict, ok, maxTimeMs }) => ({ path, expected, verdict, ok, maxTimeMs }))).toEqual([
      { path: 'submissions/accepted/a.cpp', expected: 'accepted', verdict: 'AC', ok: true, maxTimeMs: 20 },
      { path: 'submissions/accepted/wrong.cpp', expected: 'accepted', verdict: 'WA', ok: false, maxTimeMs: 30 },
      { path: 'submissions/slow/x.py', expected: 'slow', verdict: null, ok: false, maxTimeMs: null },
    ]);
    expect(json.submissions[1]).toMatchObject({ verdicts: { AC: 2, WA: 1 }, message: 'WA on test-2', warnings: [] });
    expect(json).toMatchObject({ problem: 'Sum', timeLimitMs: 1000, derivedTimeLimit: null, validation: null, notes: report.notes, totalMs: 4200 });
  });
});

describe('skipped submissions', () => {
  const python2 = 'Python 2 (its #! line names python2), and letscode runs Python 3';
  const skipped: VerifyReport = {
    ...report,
    derived: { timeLimitMs: 1000, slowestAcceptedMs: 120, cached: false, submissions: 1, skipped: [{ path: 'submissions/accepted/b_py2.py', reason: python2 }] },
    submissions: [
      outcome('submissions/accepted/a.cpp', 'accepted', ['AC', 'AC'], { kind: 'met' }),
      { path: 'submissions/accepted/b_py2.py', folder: 'accepted', expectation: submissionExpectation('accepted/b_py2.py', []), report: null, check: { kind: 'skipped', reason: python2 }, warnings: [] },
    ],
    notes: [],
  };

  it('get a row and a line with the reason, and never fail verify', () => {
    const text = renderVerify(skipped, { chalk, columns: 100 }, { verbose: false }).join('\n');
    expect(text).toMatch(/submissions\/accepted\/b_py2\.py +│ accepted +│ skipped +│ +- +│ +- │/);
    expect(text).toContain(`- submissions/accepted/b_py2.py: skipped, ${python2}`);
    expect(text.split('\n').at(-1)).toBe('OK  inputs not validated · 1/1 submission as expected · 1 skipped · 4.20 s');
  });

  it('are marked in --json, and the derived time limit says it left them out', () => {
    const json = toVerifyJson(skipped);
    expect(json.ok).toBe(true);
    expect(json.submissions[1]).toEqual({
      path: 'submissions/accepted/b_py2.py', expected: 'accepted', verdict: null, ok: false, maxTimeMs: null, verdicts: {}, skipped: true, message: python2, warnings: [],
    });
    expect(json.derivedTimeLimit?.skipped).toEqual([{ path: 'submissions/accepted/b_py2.py', reason: python2 }]);
  });
});
