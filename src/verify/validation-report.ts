// What `validate` found, taken together: the test inputs (each must be valid), the inputs
// of data/invalid_input/ (each must be rejected), the outputs of data/invalid_output/ and
// data/valid_output/ (each must get the output validator's expected answer), the tests'
// answer files (the output validator must accept each), and the warnings: junk made from
// the inputs that every validator accepted (or crashed on), and byte-identical inputs.

import type { AnswerResult } from './answer-verdict.js';
import type { InvalidInputResult } from './invalid-input-verdict.js';
import type { OutputCaseResult } from './output-case-verdict.js';
import type { InputResult } from './input-verdict.js';

/** Junk made from the inputs, judged as an invalid input is: some validator should reject it. */
export interface JunkResult {
  /** What the junk is: "a trailing space at the end of a line". */
  description: string;
  /** The test it was made from; null for junk made from nothing. */
  from: string | null;
  verdict: InvalidInputResult['verdict'];
  message: string;
}

export interface ValidationReport {
  /** The input validators that ran; empty when the problem has none letscode runs (then no input was checked). */
  validators: string[];
  /** How many inputs must be valid: the tests' and the output cases'. */
  testCount: number;
  /** The runs on those inputs, input by input, which must all be valid. */
  inputs: InputResult[];
  /** data/invalid_input/, which must each be rejected. */
  invalidInputs: InvalidInputResult[];
  /** data/invalid_output/ and data/valid_output/, as the output validator judged them. */
  outputCases: OutputCaseResult[];
  // Absent means none (reports built before these checks existed read the same).
  /** Each test's answer as the output validator judged it (a program of the package's only). */
  answers?: AnswerResult[];
  /** Junk every validator should reject; accepted (or crashed) ones are warnings. */
  junkInputs?: JunkResult[];
  /** Tests with byte-identical inputs, a group each; a warning. */
  duplicateInputs?: string[][];
  /** --strict: the warnings fail. */
  strict?: boolean;
  /** What was passed over and why, one line each. */
  notes: string[];
}

export type ValidationStatus = 'valid' | 'invalid' | 'crash';

/** The warnings, one line each: junk no validator rejected, and duplicate inputs. */
export function validationWarnings(report: Pick<ValidationReport, 'junkInputs' | 'duplicateInputs'>): string[] {
  const junk = (report.junkInputs ?? []).flatMap((item) => {
    const from = item.from === null ? '' : ` (made from ${item.from})`;
    if (item.verdict === 'accepted') return [`no input validator rejects ${item.description}${from}`];
    if (item.verdict === 'crash') return [`${item.message.replace(/^no validator rejected it, and /, '')}, on ${item.description}${from}`];
    return [];
  });
  const duplicates = (report.duplicateInputs ?? []).map((group) => `${joinNames(group)} have byte-identical inputs`);
  return [...junk, ...duplicates];
}

/**
 * 'invalid' when a test input is invalid, an invalid input was accepted, an output case got
 * the other answer or an answer was rejected (or, with --strict, there is a warning);
 * otherwise 'crash' when a crash left something unknown. Failures outrank crashes: they
 * are facts about the data, a crash only says nothing is known.
 */
export function validationStatus(report: ValidationReport): ValidationStatus {
  const verdicts = report.invalidInputs.map((invalid) => invalid.verdict);
  const outputs = report.outputCases;
  const answers = (report.answers ?? []).map((answer) => answer.verdict);
  if (
    report.inputs.some((input) => input.result === 'invalid') || verdicts.includes('accepted') || outputs.some((item) => !item.ok && item.verdict !== 'crash')
    || answers.includes('rejected') || (report.strict === true && validationWarnings(report).length > 0)
  ) {
    return 'invalid';
  }
  const crashed = report.inputs.some((input) => input.result === 'crash') || verdicts.includes('crash') || outputs.some((item) => item.verdict === 'crash') || answers.includes('crash');
  return crashed ? 'crash' : 'valid';
}

function joinNames(names: readonly string[]): string {
  const shown = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} more`] : names;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
