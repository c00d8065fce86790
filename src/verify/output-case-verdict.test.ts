import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../checkers/checker.js';
import { judgeOutputCase, type OutputCaseResult } from './output-case-verdict.js';
import { validationStatus, type ValidationReport } from './validation-report.js';

const invalid = { test: 'invalid_output/x', output: 'data/invalid_output/x.out', expected: 'invalid' } as const;
const valid = { test: 'valid_output/y', output: 'data/valid_output/y.out', expected: 'valid' } as const;

const ACCEPTED: CheckResult = { kind: 'accepted' };
const WRONG: CheckResult = { kind: 'wrong', message: 'token 1: expected 3, got 4' };
const PRESENTATION: CheckResult = { kind: 'presentation', message: 'extra blank line' };
const FAILED: CheckResult = { kind: 'checker-failed', message: 'the output validator exited with 1' };

describe('what the output validator must say about an output case', () => {
  it.each([
    [invalid, WRONG, 'rejected', true, 'rejected by check.py: token 1: expected 3, got 4'],
    // Only a testlib checker says this: it is still "not this output".
    [invalid, PRESENTATION, 'rejected', true, 'rejected by check.py (presentation error): extra blank line'],
    [invalid, ACCEPTED, 'accepted', false, 'accepted by check.py; it must be rejected'],
    [valid, ACCEPTED, 'accepted', true, 'accepted by check.py'],
    [valid, WRONG, 'rejected', false, 'rejected by check.py: token 1: expected 3, got 4; it must be accepted'],
    // A validator that failed says nothing about the output, whichever the folder.
    [invalid, FAILED, 'crash', false, 'the output validator exited with 1'],
    [valid, FAILED, 'crash', false, 'the output validator exited with 1'],
  ] as const)('%j, %j -> %s', (which, check, verdict, ok, message) => {
    expect(judgeOutputCase(which, check, 'check.py')).toEqual({ ...which, verdict, ok, message });
  });
});

describe('validation status with output cases', () => {
  function report(...cases: OutputCaseResult[]): ValidationReport {
    return { validators: [], testCount: 0, inputs: [], invalidInputs: [], outputCases: cases, notes: [] };
  }
  const rejectedInvalid = judgeOutputCase(invalid, WRONG, 'v');
  const acceptedInvalid = judgeOutputCase(invalid, ACCEPTED, 'v');
  const rejectedValid = judgeOutputCase(valid, WRONG, 'v');
  const crashed = judgeOutputCase(valid, FAILED, 'v');

  it.each([
    ['every case as expected', report(rejectedInvalid, judgeOutputCase(valid, ACCEPTED, 'v')), 'valid'],
    ['an invalid output accepted', report(acceptedInvalid), 'invalid'],
    ['a valid output rejected', report(rejectedValid), 'invalid'],
    ['the validator crashed', report(rejectedInvalid, crashed), 'crash'],
    ['a failed case outranks a crash', report(crashed, rejectedValid), 'invalid'],
  ] as const)('%s -> %s', (_name, validation, status) => {
    expect(validationStatus(validation)).toBe(status);
  });
});
