import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { InputResult, ValidationReport } from '../verify/validate-inputs.js';
import { MAX_FULL_VALIDATION_TABLE, renderValidationTable, toValidationJson, validationSummary } from './validate.js';

const chalk = new Chalk({ level: 0 });

function row(index: number, result: InputResult['result'] = 'valid', message = ''): InputResult {
  return { result, message, test: `secret/${index}`, input: `data/secret/${index}.in`, validator: 'input_validators/v.py' } as InputResult;
}

function report(inputs: InputResult[]): ValidationReport {
  return { validators: ['input_validators/v.py'], testCount: inputs.length, inputs };
}

describe('the validate table', () => {
  it('shows every row when small: input, validator, result', () => {
    const lines = renderValidationTable(report([row(1), row(2, 'invalid', 'line 2: bad'), row(3, 'crash', 'killed by SIGSEGV')]), { chalk, columns: 100 });
    const text = lines.join('\n');
    expect(text).toContain('data/secret/1.in');
    expect(text).toMatch(/data\/secret\/2\.in +│ input_validators\/v\.py │ INVALID: line 2: bad/);
    expect(text).toMatch(/data\/secret\/3\.in +│ input_validators\/v\.py │ CRASH: killed by SIGSEGV/);
  });

  it('only the failures and a count when large', () => {
    const rows = Array.from({ length: MAX_FULL_VALIDATION_TABLE + 5 }, (_, i) => row(i + 1, i === 7 ? 'invalid' : 'valid', 'no'));
    const lines = renderValidationTable(report(rows), { chalk, columns: 100 });
    expect(lines.filter((line) => line.includes('data/secret/'))).toHaveLength(1);
    expect(lines.at(-1)).toBe('44 valid runs not shown (--verbose shows every run)');
    expect(renderValidationTable(report(rows), { chalk, columns: 100, showAll: true }).filter((line) => line.includes('data/secret/'))).toHaveLength(45);
  });
});

describe('the validate summary', () => {
  it('valid, invalid (naming the files), or crashed', () => {
    expect(validationSummary(report([row(1), row(2)]), chalk)).toBe('valid  2 inputs × 1 validator: every input valid');
    expect(validationSummary(report([row(1), row(2, 'invalid', 'x'), row(3, 'crash', 'y')]), chalk)).toBe(
      'INVALID  1 of 3 inputs invalid: data/secret/2.in; a validator crashed on 1 input (judge-side failure)',
    );
    expect(validationSummary(report([row(1, 'crash', 'y')]), chalk)).toBe('CRASH  no input invalid, but a validator crashed on 1 of 1 input (judge-side failure): data/secret/1.in');
  });
});

describe('validate --json', () => {
  it('is {ok, inputs: [{test, input, validator, result, message}]}', () => {
    expect(toValidationJson(report([row(1), row(2, 'invalid', 'bad')]))).toEqual({
      ok: false,
      inputs: [
        { test: 'secret/1', input: 'data/secret/1.in', validator: 'input_validators/v.py', result: 'valid', message: '' },
        { test: 'secret/2', input: 'data/secret/2.in', validator: 'input_validators/v.py', result: 'invalid', message: 'bad' },
      ],
    });
  });
});
