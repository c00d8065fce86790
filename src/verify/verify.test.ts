import { describe, expect, it } from 'vitest';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';
import { submissionExpectation } from '../problem/submissions/submission-rules.js';
import type { InputResult } from './input-verdict.js';
import { validationStatus, type ValidationReport } from './validation-report.js';
import { maxTimeMs, verifyStatus, type SubmissionOutcome } from './verify-report.js';

function validation(...results: InputResult['result'][]): ValidationReport {
  const inputs = results.map((result, index): InputResult => ({ result, message: result === 'valid' ? '' : 'why', test: `t${index}`, input: `data/t${index}.in`, validator: 'v.py' }) as InputResult);
  return { validators: ['v.py'], testCount: results.length, inputs, invalidInputs: [], outputCases: [], notes: [] };
}

function outcome(check: SubmissionOutcome['check']): SubmissionOutcome {
  return { path: 'submissions/accepted/a.cpp', folder: 'accepted', expectation: submissionExpectation('accepted/a.cpp', []), report: makeReport([makeTest({ index: 0, cpuMs: 7 }), makeTest({ index: 1, cpuMs: 30 })]), check, warnings: [] };
}

const met = outcome({ kind: 'met' });
const notMet = outcome({ kind: 'not-met', reason: 'WA on 1' });
const judgeError = outcome({ kind: 'judge-error', reason: 'judge error on 1' });
const unknown = outcome({ kind: 'unknown-folder', reason: 'unknown folder' });

describe('validation status: invalid outranks crash', () => {
  it.each([
    [['valid', 'valid'], 'valid'],
    [['valid', 'crash'], 'crash'],
    [['crash', 'invalid'], 'invalid'],
  ] as const)('%j -> %s', (results, status) => {
    expect(validationStatus(validation(...results))).toBe(status);
  });
});

describe('verify status (exit 0 ok, 1 failed, 3 judge error)', () => {
  it.each([
    ['all met, inputs valid', { validation: validation('valid'), submissions: [met] }, 'ok'],
    ['no validators', { validation: null, submissions: [met] }, 'ok'],
    ['a submission not as promised', { validation: validation('valid'), submissions: [met, notMet] }, 'failed'],
    ['an unknown folder', { validation: null, submissions: [met, unknown] }, 'failed'],
    ['an invalid input', { validation: validation('invalid'), submissions: [met] }, 'failed'],
    ['a judge error', { validation: null, submissions: [met, judgeError] }, 'judge-error'],
    ['a validator crash', { validation: validation('crash'), submissions: [met] }, 'judge-error'],
    ['a failure outranks a judge error', { validation: validation('crash'), submissions: [notMet, judgeError] }, 'failed'],
  ] as const)('%s', (_name, report, status) => {
    expect(verifyStatus({ validation: report.validation, submissions: [...report.submissions] })).toBe(status);
  });
});

describe('maxTimeMs', () => {
  it('the slowest test, or null when none ran', () => {
    expect(maxTimeMs(met)).toBe(30);
    expect(maxTimeMs({ ...unknown, report: null })).toBeNull();
  });
});
