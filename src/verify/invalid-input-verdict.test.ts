import { describe, expect, it } from 'vitest';
import type { InputCheck } from './input-verdict.js';
import { judgeInvalidInput } from './invalid-input-verdict.js';
import type { InputResult } from './input-verdict.js';
import { validationStatus, type ValidationReport } from './validation-report.js';

const which = { test: 'invalid_input/too-big', input: 'data/invalid_input/too-big.in' };

/** One validator's run on the invalid input: a.py, b.py, ... in order. */
function runs(...results: InputCheck['result'][]): InputResult[] {
  return results.map((result, index) => ({ result, message: result === 'valid' ? '' : `why ${index}`, ...which, validator: `${'abc'[index]}.py` }) as InputResult);
}

describe('an invalid input must be rejected by at least one validator', () => {
  it.each([
    [['invalid'], 'rejected', 'rejected by a.py: why 0'],
    [['valid', 'invalid'], 'rejected', 'rejected by b.py: why 1'],
    [['crash', 'invalid'], 'rejected', 'rejected by b.py: why 1'],
    [['valid'], 'accepted', 'accepted by every input validator; it must be rejected'],
    [['valid', 'valid'], 'accepted', 'accepted by every input validator; it must be rejected'],
    // A crash is no rejection, but no acceptance either: nothing is known.
    [['valid', 'crash'], 'crash', 'no validator rejected it, and b.py crashed: why 1'],
  ] as const)('%j -> %s', (results, verdict, message) => {
    expect(judgeInvalidInput(which, runs(...results))).toEqual({ ...which, verdict, message, runs: runs(...results) });
  });
});

describe('validation status with invalid inputs', () => {
  function report(tests: InputCheck['result'][], ...invalid: InputCheck['result'][][]): ValidationReport {
    const inputs = tests.map((result, index) => ({ result, message: '', test: `secret/${index}`, input: `data/secret/${index}.in`, validator: 'a.py' }) as InputResult);
    return { validators: ['a.py'], testCount: tests.length, inputs, invalidInputs: invalid.map((results) => judgeInvalidInput(which, runs(...results))), outputCases: [], notes: [] };
  }

  it.each([
    ['every input valid, every invalid input rejected', report(['valid'], ['invalid'], ['valid', 'invalid']), 'valid'],
    ['an invalid input accepted', report(['valid'], ['invalid'], ['valid']), 'invalid'],
    ['an invalid input nobody rejected, one crashed on', report(['valid'], ['crash']), 'crash'],
    ['an accepted invalid input outranks a crash', report(['crash'], ['valid']), 'invalid'],
    ['a test input invalid', report(['invalid'], ['invalid']), 'invalid'],
  ] as const)('%s -> %s', (_name, validation, status) => {
    expect(validationStatus(validation)).toBe(status);
  });
});
