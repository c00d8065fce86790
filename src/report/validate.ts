// How `validate` reports: a table of input x validator -> valid / INVALID: reason /
// CRASH: how (every row when small, the failures and a count when large), a line per case
// of data/invalid_input/ (✓ rejected, ✗ accepted, CRASH) and of data/invalid_output/ and
// data/valid_output/ (output-cases.ts), notes, then one summary line; or, with --json,
// one object on stdout.

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Problem } from '../problem/model.js';
import type { InvalidInputVerdict } from '../verify/invalid-input-verdict.js';
import type { InputResult } from '../verify/input-verdict.js';
import { validationStatus, type ValidationReport } from '../verify/validation-report.js';
import { caseLines, showsEvery, type CaseLineOptions, type CaseMark } from './case-lines.js';
import { sanitize, truncate } from './format.js';
import { plural } from '../common/format-units.js';
import { crashedOutputCases, outputCaseLines, outputCasesPart, toOutputCaseJson, type OutputCaseJson } from './output-cases.js';
import { answerLines, answersPart, crashedAnswers, warningLines, warningsPart } from './validation-extras.js';
import type { AnswerResult } from '../verify/answer-verdict.js';
import { validationWarnings, type JunkResult } from '../verify/validation-report.js';
import type { Terminal } from './terminal.js';

export { MAX_FULL_VALIDATION_TABLE } from './case-lines.js';

type RunJson = { validator: string; result: InputResult['result']; message: string };

export interface ValidationJson {
  ok: boolean;
  /** Every test input x validator run; each must be valid. */
  inputs: ({ test: string; input: string | null } & RunJson)[];
  /**
   * data/invalid_input/, each judged on all its runs: 'rejected' (some validator said not
   * valid) passes, 'accepted' (every validator said valid) fails, 'crash' (none rejected,
   * one crashed) is a judge-side failure. `message` says who rejected it, or what went wrong.
   */
  invalidInputs: { test: string; input: string | null; verdict: InvalidInputVerdict; message: string; runs: RunJson[] }[];
  /** data/invalid_output/ then data/valid_output/, as the output validator judged each. */
  outputCases: OutputCaseJson[];
  /** Each test's answer as the output validator judged it (a program of the package's only): 'rejected' fails. */
  answers: AnswerResult[];
  /** Junk made from the inputs: 'accepted' (by every validator) and 'crash' are warnings. */
  junkInputs: JunkResult[];
  /** Groups of tests with byte-identical inputs; a warning. */
  duplicateInputs: string[][];
  /** The warnings, one line each; with --strict they fail (ok is false). */
  warnings: string[];
  /** What was passed over and why (output cases of an interactive problem, ...). */
  notes: string[];
}

export function toValidationJson(report: ValidationReport): ValidationJson {
  const run = ({ validator, result, message }: InputResult): RunJson => ({ validator, result, message });
  return {
    ok: validationStatus(report) === 'valid',
    inputs: report.inputs.map((row) => ({ test: row.test, input: row.input, ...run(row) })),
    invalidInputs: report.invalidInputs.map(({ test, input, verdict, message, runs }) => ({ test, input, verdict, message, runs: runs.map(run) })),
    outputCases: report.outputCases.map(toOutputCaseJson),
    answers: report.answers ?? [],
    junkInputs: report.junkInputs ?? [],
    duplicateInputs: report.duplicateInputs ?? [],
    warnings: validationWarnings(report),
    notes: report.notes,
  };
}

export interface ValidationTableOptions extends CaseLineOptions {
  columns: number;
}

export function renderValidationTable(report: ValidationReport, options: ValidationTableOptions): string[] {
  const { chalk } = options;
  const all = report.inputs;
  const rows = showsEvery(all.length, options) ? all : all.filter((row) => row.result !== 'valid');
  const lines: string[] = [];
  if (rows.length > 0) {
    const table = new Table({ head: ['input', 'validator', 'result'].map((h) => chalk.bold(h)), style: { head: [], border: [], compact: true } });
    const inputWidth = Math.min(48, Math.max(...rows.map((row) => inputName(row).length)));
    const validatorWidth = Math.min(32, Math.max(...rows.map((row) => row.validator.length)));
    const resultWidth = Math.max(60, options.columns - inputWidth - validatorWidth - 10);
    for (const row of rows) {
      table.push([truncate(sanitize(inputName(row)), inputWidth), truncate(sanitize(row.validator), validatorWidth), resultText(row, chalk, resultWidth)]);
    }
    lines.push(...table.toString().split('\n'));
  }
  const hidden = all.length - rows.length;
  const more = options.failuresOnly ? '' : ' (--verbose shows every run)';
  if (hidden > 0) lines.push(chalk.dim(`${plural(hidden, 'valid run')} not shown${more}`));
  const sections = [
    lines,
    caseLines(report.invalidInputs.map((invalid) => ({ name: inputName(invalid), mark: INVALID_INPUT_MARKS[invalid.verdict], message: invalid.message })), options, 'rejected invalid input', more),
    outputCaseLines(report.outputCases, options, more),
    answerLines(report.answers ?? [], chalk),
    warningLines(report, chalk),
    validationNoteLines(report, chalk),
  ];
  return sections.filter((section) => section.length > 0).flatMap((section, i) => (i === 0 ? section : ['', ...section]));
}

/** "- 3 cases of data/invalid_output/ ... not checked: ...", dimmed. */
export function validationNoteLines(report: Pick<ValidationReport, 'notes'>, chalk: ChalkInstance): string[] {
  return report.notes.map((note) => chalk.dim(`- ${sanitize(note)}`));
}

const INVALID_INPUT_MARKS: Record<InvalidInputVerdict, CaseMark> = { rejected: 'pass', accepted: 'fail', crash: 'crash' };

/** "valid  6 inputs x 1 validator: every input valid; 3 invalid inputs rejected" or what failed, in one line. */
export function validationSummary(report: ValidationReport, chalk: ChalkInstance): string {
  const checked = report.validators.length > 0;
  const inputs = plural(report.testCount, 'input');
  const invalid = failedInputs(report, 'invalid');
  const crashed = [...failedInputs(report, 'crash'), ...invalidInputsWith(report, 'crash')];
  const outputCrashed = [...crashedOutputCases(report.outputCases), ...crashedAnswers(report.answers ?? [])];
  const crashes = [
    ...(crashed.length > 0 ? [`; a validator crashed on ${plural(crashed.length, 'input')} (judge-side failure)`] : []),
    ...(outputCrashed.length > 0 ? [`; the output validator crashed on ${plural(outputCrashed.length, 'output case')} (judge-side failure)`] : []),
  ].join('');
  const rest = `${invalidInputsPart(report)}${outputCasesPart(report.outputCases, listNames)}${answersPart(report.answers ?? [], listNames)}${warningsPart(report)}`;
  switch (validationStatus(report)) {
    case 'valid': {
      const head = checked ? `${inputs} × ${plural(report.validators.length, 'validator')}: every input valid` : NO_VALIDATORS;
      return `${chalk.green.bold('valid')}  ${head}${rest}`;
    }
    case 'invalid': {
      const tests = !checked ? NO_VALIDATORS : invalid.length > 0 ? `${invalid.length} of ${inputs} invalid: ${listNames(invalid)}` : 'no input invalid';
      return `${chalk.red.bold('INVALID')}  ${tests}${rest}${crashes}`;
    }
    case 'crash': {
      const total = plural(report.testCount + report.invalidInputs.length, 'input');
      const nothing = [
        ...(checked ? ['no input invalid'] : []),
        ...(report.invalidInputs.length > 0 ? ['no invalid input accepted'] : []),
        ...(report.outputCases.length > 0 ? ['no output case failed'] : []),
        ...((report.answers ?? []).length > 0 ? ['no answer rejected'] : []),
      ];
      const checkedOutputs = report.outputCases.length + (report.answers ?? []).length;
      const what = [
        ...(crashed.length > 0 ? [`a validator crashed on ${crashed.length} of ${total} (judge-side failure): ${listNames(crashed)}`] : []),
        ...(outputCrashed.length > 0 ? [`the output validator crashed on ${outputCrashed.length} of ${plural(checkedOutputs, 'output case')} (judge-side failure): ${listNames(outputCrashed)}`] : []),
      ];
      return `${chalk.magenta.bold('CRASH')}  ${joinWords(nothing)}, but ${what.join('; ')}${warningsPart(report)}`;
    }
  }
}

/** The summary's start when there is no input validator (output cases were checked). */
const NO_VALIDATORS = 'no input validators, inputs not checked';

/** "a", "a and b", "a, b and c". */
function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "; 3 invalid inputs rejected", or which were accepted; nothing without data/invalid_input/. */
function invalidInputsPart(report: ValidationReport): string {
  const count = report.invalidInputs.length;
  if (count === 0) return '';
  const accepted = invalidInputsWith(report, 'accepted');
  if (accepted.length > 0) return `; ${accepted.length} of ${plural(count, 'invalid input')} accepted by every validator: ${listNames(accepted)}`;
  const rejected = invalidInputsWith(report, 'rejected').length;
  return `; ${rejected === count ? plural(count, 'invalid input') : `${rejected} of ${plural(count, 'invalid input')}`} rejected`;
}

export function printValidation(terminal: Terminal, report: ValidationReport, options: { verbose: boolean }): void {
  const { chalk } = terminal;
  const table = renderValidationTable(report, { chalk, showAll: options.verbose, columns: terminal.columns });
  terminal.stdout.write(`${[...table, ...(table.length > 0 ? [''] : []), validationSummary(report, chalk)].join('\n')}\n`);
}

export function printNoValidators(terminal: Terminal, problem: Pick<Problem, 'name' | 'invalidInputs'>): void {
  const unchecked = problem.invalidInputs.length > 0 ? ` (${plural(problem.invalidInputs.length, 'invalid input')} in data/invalid_input/ not checked)` : '';
  terminal.stdout.write(`${problem.name} has no input validators (input_validators/, or input_validators: in problem.yaml): nothing to validate${unchecked}\n`);
}

function resultText(row: InputResult, chalk: ChalkInstance, width: number): string {
  const message = truncate(sanitize(row.message).replace(/\s+/g, ' '), width);
  if (row.result === 'valid') return chalk.green('valid');
  if (row.result === 'invalid') return `${chalk.red('INVALID')}: ${message}`;
  return `${chalk.magenta('CRASH')}: ${message}`;
}

function inputName(row: Pick<InputResult, 'input' | 'test'>): string {
  return row.input ?? `${row.test} (inline)`;
}

/** The inputs (file or test name) with at least one result of this kind, in test order. */
function failedInputs(report: ValidationReport, result: 'invalid' | 'crash'): string[] {
  return [...new Set(report.inputs.filter((row) => row.result === result).map(inputName))];
}

function invalidInputsWith(report: ValidationReport, verdict: InvalidInputVerdict): string[] {
  return report.invalidInputs.filter((invalid) => invalid.verdict === verdict).map(inputName);
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 5).map((name) => sanitize(name));
  return names.length > shown.length ? `${shown.join(', ')}, … (${names.length - shown.length} more)` : shown.join(', ');
}

/** The JSON document on stdout; `null`: nothing to validate (no input validator, no output case). */
export function printValidationJson(terminal: Terminal, report: ValidationReport | null): void {
  const json: ValidationJson = report ? toValidationJson(report) : { ok: true, inputs: [], invalidInputs: [], outputCases: [], answers: [], junkInputs: [], duplicateInputs: [], warnings: [], notes: [] };
  terminal.stdout.write(`${JSON.stringify(json)}\n`);
}
