// How `validate` reports: a table of input x validator -> valid / INVALID: reason /
// CRASH: how (every row when small, the failures and a count when large), a line per
// input of data/invalid_input/ (✓ rejected, ✗ accepted, CRASH; only the failures when
// large), then one summary line; or, with --json, one object on stdout.

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Problem } from '../problem/model.js';
import type { InvalidInputResult, InvalidInputVerdict } from '../verify/invalid-input-check.js';
import { validationStatus, type InputResult, type ValidationReport } from '../verify/validate-inputs.js';
import { plural, sanitize, truncate } from './format.js';
import type { Terminal } from './terminal.js';

/** Above this many runs (or invalid inputs), only the failures are listed. */
export const MAX_FULL_VALIDATION_TABLE = 40;

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
}

export function toValidationJson(report: ValidationReport): ValidationJson {
  const run = ({ validator, result, message }: InputResult): RunJson => ({ validator, result, message });
  return {
    ok: validationStatus(report) === 'valid',
    inputs: report.inputs.map((row) => ({ test: row.test, input: row.input, ...run(row) })),
    invalidInputs: report.invalidInputs.map(({ test, input, verdict, message, runs }) => ({ test, input, verdict, message, runs: runs.map(run) })),
  };
}

export interface ValidationTableOptions {
  chalk: ChalkInstance;
  /** Every row even in a big table (--verbose). */
  showAll?: boolean;
  /** Failures only, whatever the size (verify shows valid inputs as a count). */
  failuresOnly?: boolean;
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
  const invalidLines = invalidInputLines(report.invalidInputs, options, more);
  return [...lines, ...(lines.length > 0 && invalidLines.length > 0 ? [''] : []), ...invalidLines];
}

/** Every row (passing ones too) with --verbose, or when few and not failures only. */
function showsEvery(count: number, options: ValidationTableOptions): boolean {
  return options.showAll === true || (count <= MAX_FULL_VALIDATION_TABLE && !options.failuresOnly);
}

/** How much of an invalid input's message its line shows (as verify's lines do). */
const MESSAGE_CHARS = 160;

const VERDICT_MARKS: Record<InvalidInputVerdict, (chalk: ChalkInstance) => string> = {
  rejected: (chalk) => chalk.green('✓'),
  accepted: (chalk) => chalk.red('✗'),
  crash: (chalk) => chalk.magenta('CRASH'),
};

/** "✗ data/invalid_input/x.in: accepted by every input validator; it must be rejected". */
function invalidInputLines(invalidInputs: readonly InvalidInputResult[], options: ValidationTableOptions, more: string): string[] {
  const shownInputs = showsEvery(invalidInputs.length, options) ? invalidInputs : invalidInputs.filter((invalid) => invalid.verdict !== 'rejected');
  const lines = shownInputs.map((invalid) => {
    const name = sanitize(inputName(invalid));
    // A line of its own: it may wrap, but the validator's reason should stay readable.
    const message = truncate(sanitize(invalid.message).replace(/\s+/g, ' '), MESSAGE_CHARS);
    return `${VERDICT_MARKS[invalid.verdict](options.chalk)} ${name}: ${message}`;
  });
  const hidden = invalidInputs.length - shownInputs.length;
  if (hidden > 0) lines.push(options.chalk.dim(`${plural(hidden, 'rejected invalid input')} not shown${more}`));
  return lines;
}

/** "valid  6 inputs x 1 validator: every input valid; 3 invalid inputs rejected" or what failed, in one line. */
export function validationSummary(report: ValidationReport, chalk: ChalkInstance): string {
  const inputs = plural(report.testCount, 'input');
  const validators = plural(report.validators.length, 'validator');
  const invalid = failedInputs(report, 'invalid');
  const crashed = [...failedInputs(report, 'crash'), ...invalidInputsWith(report, 'crash')];
  const crashes = crashed.length > 0 ? `; a validator crashed on ${plural(crashed.length, 'input')} (judge-side failure)` : '';
  const mustReject = invalidInputsPart(report);
  switch (validationStatus(report)) {
    case 'valid':
      return `${chalk.green.bold('valid')}  ${inputs} × ${validators}: every input valid${mustReject}`;
    case 'invalid': {
      const tests = invalid.length > 0 ? `${invalid.length} of ${inputs} invalid: ${listNames(invalid)}` : 'no input invalid';
      return `${chalk.red.bold('INVALID')}  ${tests}${mustReject}${crashes}`;
    }
    case 'crash': {
      const total = plural(report.testCount + report.invalidInputs.length, 'input');
      const nothing = report.invalidInputs.length > 0 ? 'no input invalid and no invalid input accepted' : 'no input invalid';
      return `${chalk.magenta.bold('CRASH')}  ${nothing}, but a validator crashed on ${crashed.length} of ${total} (judge-side failure): ${listNames(crashed)}`;
    }
  }
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

/** The JSON document on stdout; `null`: the problem has no input validators. */
export function printValidationJson(terminal: Terminal, report: ValidationReport | null): void {
  const json: ValidationJson = report ? toValidationJson(report) : { ok: true, inputs: [], invalidInputs: [] };
  terminal.stdout.write(`${JSON.stringify(json)}\n`);
}
