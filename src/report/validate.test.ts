import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { judgeInvalidInput, type InvalidInputResult } from '../verify/invalid-input-verdict.js';
import type { InputResult } from '../verify/input-verdict.js';
import type { ValidationReport } from '../verify/validation-report.js';
import { MAX_FULL_VALIDATION_TABLE, renderValidationTable, toValidationJson, validationSummary } from './validate.js';

const chalk = new Chalk({ level: 0 });

function row(index: number, result: InputResult['result'] = 'valid', message = ''): InputResult {
  return { result, message, test: `secret/${index}`, input: `data/secret/${index}.in`, validator: 'input_validators/v.py' } as InputResult;
}

function report(inputs: InputResult[], invalidInputs: InvalidInputResult[] = []): ValidationReport {
  return { validators: ['input_validators/v.py'], testCount: inputs.length, inputs, invalidInputs, outputCases: [], notes: [] };
}

/** data/invalid_input/NAME.in as the one validator judged it. */
function invalidInput(name: string, result: InputResult['result'], message = result === 'valid' ? '' : 'n is 0'): InvalidInputResult {
  const which = { test: `invalid_input/${name}`, input: `data/invalid_input/${name}.in` };
  return judgeInvalidInput(which, [{ result, message, ...which, validator: 'input_validators/v.py' } as InputResult]);
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

describe('the invalid inputs under the table', () => {
  it('a line each when few: ✓ rejected (and why), ✗ accepted, CRASH', () => {
    const lines = renderValidationTable(report([row(1)], [invalidInput('a', 'invalid'), invalidInput('b', 'valid'), invalidInput('c', 'crash', 'killed by SIGSEGV')]), { chalk, columns: 100 });
    expect(lines.slice(-4)).toEqual([
      '',
      '✓ data/invalid_input/a.in: rejected by input_validators/v.py: n is 0',
      '✗ data/invalid_input/b.in: accepted by every input validator; it must be rejected',
      'CRASH data/invalid_input/c.in: no validator rejected it, and input_validators/v.py crashed: killed by SIGSEGV',
    ]);
  });

  it('only the failures and a count when failures only (verify) or many', () => {
    const invalid = [invalidInput('a', 'invalid'), invalidInput('b', 'valid'), invalidInput('c', 'invalid')];
    expect(renderValidationTable(report([row(1)], invalid), { chalk, columns: 100, failuresOnly: true })).toEqual([
      '1 valid run not shown',
      '',
      '✗ data/invalid_input/b.in: accepted by every input validator; it must be rejected',
      '2 rejected invalid inputs not shown',
    ]);
    const many = Array.from({ length: MAX_FULL_VALIDATION_TABLE + 1 }, (_, i) => invalidInput(`${i}`, 'invalid'));
    expect(renderValidationTable(report([], many), { chalk, columns: 100 })).toEqual(['41 rejected invalid inputs not shown (--verbose shows every run)']);
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

  it('counts the rejected invalid inputs, or names the accepted ones', () => {
    expect(validationSummary(report([row(1)], [invalidInput('a', 'invalid'), invalidInput('b', 'invalid')]), chalk)).toBe('valid  1 input × 1 validator: every input valid; 2 invalid inputs rejected');
    expect(validationSummary(report([row(1)], [invalidInput('a', 'invalid'), invalidInput('b', 'valid')]), chalk)).toBe(
      'INVALID  no input invalid; 1 of 2 invalid inputs accepted by every validator: data/invalid_input/b.in',
    );
    expect(validationSummary(report([row(1, 'invalid', 'x')], [invalidInput('a', 'invalid'), invalidInput('b', 'crash')]), chalk)).toBe(
      'INVALID  1 of 1 input invalid: data/secret/1.in; 1 of 2 invalid inputs rejected; a validator crashed on 1 input (judge-side failure)',
    );
    expect(validationSummary(report([row(1)], [invalidInput('a', 'crash', 'killed')]), chalk)).toBe(
      'CRASH  no input invalid and no invalid input accepted, but a validator crashed on 1 of 2 inputs (judge-side failure): data/invalid_input/a.in',
    );
  });
});

describe('validate --json', () => {
  it('is {ok, inputs: [{test, input, validator, result, message}], invalidInputs, outputCases, answers, junkInputs, duplicateInputs, warnings, notes}', () => {
    expect(toValidationJson(report([row(1), row(2, 'invalid', 'bad')]))).toEqual({
      ok: false,
      inputs: [
        { test: 'secret/1', input: 'data/secret/1.in', validator: 'input_validators/v.py', result: 'valid', message: '' },
        { test: 'secret/2', input: 'data/secret/2.in', validator: 'input_validators/v.py', result: 'invalid', message: 'bad' },
      ],
      invalidInputs: [],
      outputCases: [],
      answers: [],
      junkInputs: [],
      duplicateInputs: [],
      warnings: [],
      notes: [],
    });
  });

  it('gives each invalid input its verdict, message and runs', () => {
    expect(toValidationJson(report([row(1)], [invalidInput('a', 'invalid')])).invalidInputs).toEqual([{
      test: 'invalid_input/a',
      input: 'data/invalid_input/a.in',
      verdict: 'rejected',
      message: 'rejected by input_validators/v.py: n is 0',
      runs: [{ validator: 'input_validators/v.py', result: 'invalid', message: 'n is 0' }],
    }]);
  });
});

describe('answers and warnings', () => {
  const answers = [
    { test: 'secret/1', answer: 'data/secret/1.ans', verdict: 'accepted', message: '' },
    { test: 'secret/2', answer: 'data/secret/2.ans', verdict: 'rejected', message: 'rejected by output_validator: 8 is not a prime; a correct submission printing the answer would fail' },
  ] as const;
  const junk = [
    { description: 'an empty file', from: null, verdict: 'rejected', message: 'rejected by input_validators/v.py: no n' },
    { description: 'a trailing space at the end of a line', from: 'secret/1', verdict: 'accepted', message: 'accepted by every input validator; it must be rejected' },
    { description: '1 KiB of random bytes', from: null, verdict: 'crash', message: 'no validator rejected it, and input_validators/v.py crashed: killed by SIGSEGV' },
  ] as const;
  const withExtras = (extras: Partial<ValidationReport>): ValidationReport => ({ ...report([row(1)]), ...extras });

  it('an answer the output validator rejects fails validate, named under the table', () => {
    const rejected = withExtras({ answers: [...answers] });
    expect(validationSummary(rejected, chalk)).toBe('INVALID  no input invalid; 1 of 2 answers REJECTED by the output validator: data/secret/2.ans');
    expect(renderValidationTable(rejected, { chalk, columns: 100 })).toContain('✗ data/secret/2.ans: rejected by output_validator: 8 is not a prime; a correct submission printing the answer would fail');
    expect(validationSummary(withExtras({ answers: [answers[0]] }), chalk)).toBe('valid  1 input × 1 validator: every input valid; 1 answer accepted by the output validator');
  });

  it('junk every validator accepts (or crashes on) and duplicate inputs are warnings; --strict makes them fail', () => {
    const warned = withExtras({ junkInputs: [...junk], duplicateInputs: [['secret/1', 'secret/4']] });
    expect(validationSummary(warned, chalk)).toBe('valid  1 input × 1 validator: every input valid; 3 warnings');
    expect(renderValidationTable(warned, { chalk, columns: 100 }).slice(-3)).toEqual([
      '! no input validator rejects a trailing space at the end of a line (made from secret/1)',
      '! input_validators/v.py crashed: killed by SIGSEGV, on 1 KiB of random bytes',
      '! secret/1 and secret/4 have byte-identical inputs',
    ]);
    const json = toValidationJson(warned);
    expect(json.ok).toBe(true);
    expect(json.warnings).toHaveLength(3);
    expect(json.junkInputs).toEqual(junk);
    expect(json.duplicateInputs).toEqual([['secret/1', 'secret/4']]);
    const strict = { ...warned, strict: true };
    expect(validationSummary(strict, chalk)).toBe('INVALID  no input invalid; 3 warnings (--strict: they fail)');
    expect(toValidationJson(strict).ok).toBe(false);
  });
});
