// How `validate` reports: a table of input x validator -> valid / INVALID: reason /
// CRASH: how (every row when small, the failures and a count when large), then one
// summary line; or, with --json, one object on stdout.

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { validationStatus, type InputResult, type ValidationReport } from '../verify/validate-inputs.js';
import { plural, sanitize, truncate } from './format.js';
import type { Terminal } from './terminal.js';

/** Above this many rows, only the inputs that are not valid are listed. */
export const MAX_FULL_VALIDATION_TABLE = 40;

export interface ValidationJson {
  ok: boolean;
  inputs: { test: string; input: string | null; validator: string; result: InputResult['result']; message: string }[];
}

export function toValidationJson(report: ValidationReport): ValidationJson {
  return {
    ok: validationStatus(report) === 'valid',
    inputs: report.inputs.map(({ test, input, validator, result, message }) => ({ test, input, validator, result, message })),
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
  const small = all.length <= MAX_FULL_VALIDATION_TABLE && !options.failuresOnly;
  const rows = options.showAll || small ? all : all.filter((row) => row.result !== 'valid');
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
  if (hidden > 0) lines.push(chalk.dim(`${plural(hidden, 'valid run')} not shown${options.failuresOnly ? '' : ' (--verbose shows every run)'}`));
  return lines;
}

/** "valid  6 inputs x 1 validator" or what failed, in one line. */
export function validationSummary(report: ValidationReport, chalk: ChalkInstance): string {
  const inputs = plural(report.testCount, 'input');
  const validators = plural(report.validators.length, 'validator');
  const invalid = failedInputs(report, 'invalid');
  const crashed = failedInputs(report, 'crash');
  const crashes = crashed.length > 0 ? `; a validator crashed on ${plural(crashed.length, 'input')} (judge-side failure)` : '';
  switch (validationStatus(report)) {
    case 'valid':
      return `${chalk.green.bold('valid')}  ${inputs} × ${validators}: every input valid`;
    case 'invalid':
      return `${chalk.red.bold('INVALID')}  ${invalid.length} of ${inputs} invalid: ${listNames(invalid)}${crashes}`;
    case 'crash':
      return `${chalk.magenta.bold('CRASH')}  no input invalid, but a validator crashed on ${crashed.length} of ${inputs} (judge-side failure): ${listNames(crashed)}`;
  }
}

export function printValidation(terminal: Terminal, report: ValidationReport, options: { verbose: boolean }): void {
  const { chalk } = terminal;
  const table = renderValidationTable(report, { chalk, showAll: options.verbose, columns: terminal.columns });
  terminal.stdout.write(`${[...table, ...(table.length > 0 ? [''] : []), validationSummary(report, chalk)].join('\n')}\n`);
}

export function printNoValidators(terminal: Terminal, problem: string): void {
  terminal.stdout.write(`${problem} has no input validators (input_validators/, or input_validators: in problem.yaml): nothing to validate\n`);
}

function resultText(row: InputResult, chalk: ChalkInstance, width: number): string {
  const message = truncate(sanitize(row.message).replace(/\s+/g, ' '), width);
  if (row.result === 'valid') return chalk.green('valid');
  if (row.result === 'invalid') return `${chalk.red('INVALID')}: ${message}`;
  return `${chalk.magenta('CRASH')}: ${message}`;
}

function inputName(row: InputResult): string {
  return row.input ?? `${row.test} (inline)`;
}

/** The inputs (file or test name) with at least one result of this kind, in test order. */
function failedInputs(report: ValidationReport, result: 'invalid' | 'crash'): string[] {
  return [...new Set(report.inputs.filter((row) => row.result === result).map(inputName))];
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 5).map((name) => sanitize(name));
  return names.length > shown.length ? `${shown.join(', ')}, … (${names.length - shown.length} more)` : shown.join(', ');
}

/** The JSON document on stdout; `null`: the problem has no input validators. */
export function printValidationJson(terminal: Terminal, report: ValidationReport | null): void {
  const json: ValidationJson = report ? toValidationJson(report) : { ok: true, inputs: [] };
  terminal.stdout.write(`${JSON.stringify(json)}\n`);
}
