// What `validate` found, taken together: the test inputs (each must be valid), the inputs
// of data/invalid_input/ (each must be rejected) and the outputs of data/invalid_output/
// and data/valid_output/ (each must get the output validator's expected answer).

import type { InvalidInputResult } from './invalid-input-verdict.js';
import type { OutputCaseResult } from './output-case-verdict.js';
import type { InputResult } from './input-verdict.js';

export interface ValidationReport {
  /** The input validators; empty when the problem has none (then no input was checked). */
  validators: string[];
  /** How many inputs must be valid: the tests' and the output cases'. */
  testCount: number;
  /** The runs on those inputs, input by input, which must all be valid. */
  inputs: InputResult[];
  /** data/invalid_input/, which must each be rejected. */
  invalidInputs: InvalidInputResult[];
  /** data/invalid_output/ and data/valid_output/, as the output validator judged them. */
  outputCases: OutputCaseResult[];
  /** What was passed over and why, one line each. */
  notes: string[];
}

export type ValidationStatus = 'valid' | 'invalid' | 'crash';

/**
 * 'invalid' when a test input is invalid, an invalid input was accepted or an output case
 * got the other answer; otherwise 'crash' when a crash left something unknown. Failures
 * outrank crashes: they are facts about the data, a crash only says nothing is known.
 */
export function validationStatus(report: ValidationReport): ValidationStatus {
  const verdicts = report.invalidInputs.map((invalid) => invalid.verdict);
  const outputs = report.outputCases;
  if (report.inputs.some((input) => input.result === 'invalid') || verdicts.includes('accepted') || outputs.some((item) => !item.ok && item.verdict !== 'crash')) {
    return 'invalid';
  }
  const crashed = report.inputs.some((input) => input.result === 'crash') || verdicts.includes('crash') || outputs.some((item) => item.verdict === 'crash');
  return crashed ? 'crash' : 'valid';
}
