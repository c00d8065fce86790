import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../checkers/checker.js';
import { judgeOutputCase, type OutputCaseResult } from '../verify/output-case-verdict.js';
import type { ValidationReport } from '../verify/validation-report.js';
import { MAX_FULL_VALIDATION_TABLE } from './case-lines.js';
import { outputCaseLines, outputCasesPart, toOutputCaseJson } from './output-cases.js';
import { renderValidationTable, toValidationJson, validationSummary } from './validate.js';

const chalk = new Chalk({ level: 0 });

/** data/<expected>_output/NAME.out as output_validator judged it. */
function outputCase(expected: 'invalid' | 'valid', name: string, said: CheckResult['kind']): OutputCaseResult {
  const check = { accepted: { kind: 'accepted' }, wrong: { kind: 'wrong', message: '2 * 5 = 10, not 12' }, presentation: { kind: 'presentation', message: 'pe' }, 'checker-failed': { kind: 'checker-failed', message: 'the output validator exited with 1' } }[said] as CheckResult;
  return judgeOutputCase({ test: `${expected}_output/${name}`, output: `data/${expected}_output/${name}.out`, expected }, check, 'output_validator');
}

function report(outputCases: OutputCaseResult[], validators = 0): ValidationReport {
  return { validators: validators > 0 ? ['input_validators/v.py'] : [], testCount: 2, inputs: [], invalidInputs: [], outputCases, notes: [] };
}

const names = (list: readonly string[]) => list.join(', ');

describe('a line per output case', () => {
  it('✓ as expected, ✗ the other answer, CRASH when the validator failed', () => {
    const cases = [outputCase('invalid', 'a', 'wrong'), outputCase('invalid', 'b', 'accepted'), outputCase('valid', 'c', 'accepted'), outputCase('valid', 'd', 'checker-failed')];
    expect(outputCaseLines(cases, { chalk }, '')).toEqual([
      '✓ data/invalid_output/a.out: rejected by output_validator: 2 * 5 = 10, not 12',
      '✗ data/invalid_output/b.out: accepted by output_validator; it must be rejected',
      '✓ data/valid_output/c.out: accepted by output_validator',
      'CRASH data/valid_output/d.out: the output validator exited with 1',
    ]);
  });

  it('only the failures and a count when many or failures only', () => {
    const many = Array.from({ length: MAX_FULL_VALIDATION_TABLE }, (_, i) => outputCase('valid', `${i}`, 'accepted'));
    expect(outputCaseLines([...many, outputCase('valid', 'x', 'wrong')], { chalk }, ' (--verbose shows every run)')).toEqual([
      '✗ data/valid_output/x.out: rejected by output_validator: 2 * 5 = 10, not 12; it must be accepted',
      '40 passing output cases not shown (--verbose shows every run)',
    ]);
  });

  it('sit under the invalid inputs, followed by the notes', () => {
    const lines = renderValidationTable({ ...report([outputCase('valid', 'c', 'accepted')]), notes: ['2 cases not checked'] }, { chalk, columns: 100 });
    expect(lines).toEqual(['✓ data/valid_output/c.out: accepted by output_validator', '', '- 2 cases not checked']);
  });
});

describe('the summary counts them by folder, or names the failures', () => {
  it.each([
    [[outputCase('invalid', 'a', 'wrong'), outputCase('invalid', 'b', 'presentation'), outputCase('valid', 'c', 'accepted')], '; 2 invalid outputs rejected; 1 valid output accepted'],
    [[outputCase('invalid', 'a', 'accepted'), outputCase('invalid', 'b', 'wrong'), outputCase('valid', 'c', 'wrong')], '; 1 of 2 invalid outputs accepted: data/invalid_output/a.out; 1 of 1 valid output rejected: data/valid_output/c.out'],
    [[outputCase('valid', 'c', 'accepted'), outputCase('valid', 'd', 'checker-failed')], '; 1 of 2 valid outputs accepted'],
    [[], ''],
  ])('%#', (cases, part) => {
    expect(outputCasesPart(cases, names)).toBe(part);
  });

  it('in the summary line, with or without input validators', () => {
    expect(validationSummary(report([outputCase('valid', 'c', 'accepted')]), chalk)).toBe('valid  no input validators, inputs not checked; 1 valid output accepted');
    expect(validationSummary(report([outputCase('invalid', 'a', 'accepted')], 1), chalk)).toBe('INVALID  no input invalid; 1 of 1 invalid output accepted: data/invalid_output/a.out');
    expect(validationSummary(report([outputCase('invalid', 'a', 'accepted'), outputCase('valid', 'd', 'checker-failed')]), chalk)).toBe(
      'INVALID  no input validators, inputs not checked; 1 of 1 invalid output accepted: data/invalid_output/a.out; the output validator crashed on 1 output case (judge-side failure)',
    );
  });

  it('a crash of the output validator is a judge-side failure', () => {
    expect(validationSummary(report([outputCase('invalid', 'a', 'wrong'), outputCase('valid', 'd', 'checker-failed')], 1), chalk)).toBe(
      'CRASH  no input invalid and no output case failed, but the output validator crashed on 1 of 2 output cases (judge-side failure): data/valid_output/d.out',
    );
  });
});

describe('--json', () => {
  it('gives each case its file, expected and actual verdict, ok and message; notes beside them', () => {
    const item = outputCase('valid', 'c', 'wrong');
    expect(toOutputCaseJson(item)).toEqual({
      test: 'valid_output/c',
      output: 'data/valid_output/c.out',
      expected: 'valid',
      verdict: 'rejected',
      ok: false,
      message: 'rejected by output_validator: 2 * 5 = 10, not 12; it must be accepted',
    });
    expect(toValidationJson({ ...report([item]), notes: ['n'] })).toMatchObject({ ok: false, outputCases: [toOutputCaseJson(item)], notes: ['n'] });
  });
});
