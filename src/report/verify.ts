// How `verify` reports: the inputs' validation in a line (and its failures), a table of
// submissions (path, expected folder, verdict counts, ✓/✗, slowest test), what failed and
// why, timing warnings and notes, then one result line; or, with --json, one object.

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { formatVerdictCounts, verdictCounts } from '../judge/judge-report.js';
import { namesItsRule } from '../verify/rule-check.js';
import { validationStatus, validationWarnings } from '../verify/validation-report.js';
import { maxTimeMs, verifyStatus, type SubmissionOutcome, type VerifyReport } from '../verify/verify-report.js';
import { sanitize, truncate } from './format.js';
import { formatMs, formatScoreOf, plural } from '../common/format-units.js';
import type { Terminal } from './terminal.js';
import { renderValidationTable, toValidationJson, validationNoteLines, validationSummary, type ValidationJson } from './validate.js';
import { warningLines } from './validation-extras.js';

export interface VerifyJson {
  ok: boolean;
  problem: string;
  timeLimitMs: number;
  /** How the time limit was derived from the accepted submissions; null when it was given. `skipped`: accepted submissions left out (a language letscode does not run). */
  derivedTimeLimit: { slowestAcceptedMs: number; submissions: number; cached: boolean; skipped: { path: string; reason: string }[] } | null;
  /** Null when there is nothing to validate (no input validator, no output case). */
  validation: ValidationJson | null;
  submissions: {
    path: string;
    expected: string;
    /** The submission's verdict (its first failing test's); null when it was not judged. */
    verdict: string | null;
    ok: boolean;
    maxTimeMs: number | null;
    /** Tests per verdict: { "AC": 5, "WA": 1 }. */
    verdicts: Record<string, number>;
    /** Not judged: a language letscode does not run, a DOMjudge CHECK-MANUALLY tag (the message says which). */
    skipped: boolean;
    /** Why it is not ok (or skipped); empty when it is. */
    message: string;
    warnings: string[];
    /** Scoring problems, judged submissions: the score (null when a judge error leaves it unknown) and its maximum. */
    score?: number | null;
    maxScore?: number;
  }[];
  notes: string[];
  totalMs: number;
}

export function toVerifyJson(report: VerifyReport): VerifyJson {
  return {
    ok: verifyStatus(report) === 'ok',
    problem: report.problem,
    timeLimitMs: report.timeLimitMs,
    derivedTimeLimit: report.derived && {
      slowestAcceptedMs: report.derived.slowestAcceptedMs, submissions: report.derived.submissions, cached: report.derived.cached, skipped: report.derived.skipped,
    },
    validation: report.validation && toValidationJson(report.validation),
    submissions: report.submissions.map((outcome) => ({
      path: outcome.path,
      expected: outcome.folder,
      verdict: outcome.report?.verdict ?? null,
      ok: outcome.check.kind === 'met',
      maxTimeMs: maxTimeMs(outcome),
      verdicts: Object.fromEntries(outcome.report ? verdictCounts(outcome.report) : []),
      skipped: outcome.check.kind === 'skipped',
      message: outcome.check.kind === 'met' ? '' : outcome.check.reason,
      warnings: outcome.warnings,
      ...(outcome.report?.score ? { score: outcome.report.score.score, maxScore: outcome.report.score.maxScore } : {}),
    })),
    notes: report.notes,
    totalMs: report.totalMs,
  };
}

export function renderVerify(report: VerifyReport, terminal: Pick<Terminal, 'chalk' | 'columns'>, options: { verbose: boolean }): string[] {
  const { chalk } = terminal;
  const sections = [
    [chalk.dim(headline(report))],
    validationLines(report, terminal, options),
    submissionTable(report.submissions, chalk),
    problemLines(report, chalk),
    [resultLine(report, chalk)],
  ];
  return sections.filter((section) => section.length > 0).flatMap((section, i) => (i === 0 ? section : ['', ...section]));
}

export function printVerify(terminal: Terminal, report: VerifyReport, options: { verbose: boolean }): void {
  terminal.stdout.write(`${renderVerify(report, terminal, options).join('\n')}\n`);
}

function headline(report: VerifyReport): string {
  const derived = report.derived
    ? `, derived from ${plural(report.derived.submissions, 'accepted submission')} (slowest ${formatMs(report.derived.slowestAcceptedMs)}${report.derived.cached ? ', cached' : ''})`
    : '';
  return `Verified ${sanitize(report.problem)}: time limit ${formatMs(report.timeLimitMs)}${derived}`;
}

function validationLines(report: VerifyReport, terminal: Pick<Terminal, 'chalk' | 'columns'>, options: { verbose: boolean }): string[] {
  const { chalk } = terminal;
  if (!report.validation) return [`Inputs: ${chalk.dim('no input validators, not checked')}`];
  const table = renderValidationTable(report.validation, { chalk, columns: terminal.columns, showAll: options.verbose, failuresOnly: !options.verbose });
  // The table ends with the notes; a valid report shows only those.
  const details = validationStatus(report.validation) === 'valid' ? [...warningLines(report.validation, chalk), ...validationNoteLines(report.validation, chalk)] : table;
  return [`Inputs: ${validationSummary(report.validation, chalk)}`, ...details];
}

function submissionTable(outcomes: readonly SubmissionOutcome[], chalk: ChalkInstance): string[] {
  if (outcomes.length === 0) return [];
  // A scoring problem's submissions get a score column; a pass-fail table stays as it was.
  const scored = outcomes.some((outcome) => outcome.report?.score !== undefined);
  const table = new Table({
    head: ['submission', 'expected', 'verdicts', ...(scored ? ['score'] : []), 'result', 'max time'].map((h) => chalk.bold(h)),
    colAligns: ['left', 'left', 'left', ...(scored ? (['right'] as const) : []), 'center', 'right'],
    style: { head: [], border: [], compact: true },
  });
  for (const outcome of outcomes) {
    const counts = outcome.report ? formatVerdictCounts(verdictCounts(outcome.report)) : outcome.check.kind === 'skipped' ? chalk.dim('skipped') : '-';
    const slowest = maxTimeMs(outcome);
    const marks = extraRuleMarks(outcome);
    const expected = marks ? `${outcome.folder} ${chalk.dim(marks)}` : outcome.folder;
    const score = outcome.report?.score;
    const scoreCell = scored ? [score ? formatScoreOf(score.score, score.maxScore) : '-'] : [];
    table.push([truncate(sanitize(outcome.path), 56), sanitize(expected), counts, ...scoreCell, resultMark(outcome, chalk), slowest === null ? '-' : formatMs(slowest)]);
  }
  return table.toString().split('\n');
}

/** "+yaml" when submissions.yaml says something about the submission, "+tag" for an @EXPECTED_RESULTS@ tag. */
function extraRuleMarks(outcome: SubmissionOutcome): string {
  const rules = outcome.expectation?.rules ?? [];
  const tag = rules.some((rule) => rule.final !== null) ? '+tag' : '';
  const yaml = rules.some((rule) => rule.source !== null && rule.final === null) ? '+yaml' : '';
  return `${tag}${yaml}`;
}

function resultMark(outcome: SubmissionOutcome, chalk: ChalkInstance): string {
  switch (outcome.check.kind) {
    case 'met':
      return chalk.green('✓');
    case 'judge-error':
      return chalk.magenta('JE');
    case 'skipped':
      return chalk.dim('-');
    default:
      return chalk.red('✗');
  }
}

/** Mismatches and judge errors, then warnings, then skipped submissions and notes: one line each. */
function problemLines(report: VerifyReport, chalk: ChalkInstance): string[] {
  const lines: string[] = [];
  for (const outcome of report.submissions) {
    const { check } = outcome;
    // A submissions.yaml rule is named in the reason itself; the folder's default is said in words.
    if (check.kind === 'skipped') continue;
    if (check.kind === 'not-met' && !namesItsRule(check.reason)) {
      lines.push(`${chalk.red('✗')} ${sanitize(outcome.path)}: expected ${outcome.expectation?.description ?? outcome.folder}, got ${truncate(sanitize(check.reason), 160)}`);
    } else if (check.kind !== 'met') {
      lines.push(`${chalk.red('✗')} ${sanitize(outcome.path)}: ${truncate(sanitize(check.reason), 160)}`);
    }
  }
  for (const outcome of report.submissions) {
    for (const warning of outcome.warnings) lines.push(`${chalk.yellow('!')} ${sanitize(outcome.path)}: ${warning}`);
  }
  for (const outcome of report.submissions) {
    if (outcome.check.kind === 'skipped') lines.push(chalk.dim(`- ${sanitize(outcome.path)}: skipped, ${sanitize(outcome.check.reason)}`));
  }
  for (const note of report.notes) lines.push(chalk.dim(`- ${sanitize(note)}`));
  return lines;
}

function resultLine(report: VerifyReport, chalk: ChalkInstance): string {
  const outcomes = report.submissions;
  const wrong = outcomes.filter((outcome) => outcome.check.kind === 'not-met' || outcome.check.kind === 'unknown-folder').length;
  const judgeErrors = outcomes.filter((outcome) => outcome.check.kind === 'judge-error').length;
  const skipped = outcomes.filter((outcome) => outcome.check.kind === 'skipped').length;
  const judged = outcomes.length - skipped;
  const validationWarningCount = report.validation ? validationWarnings(report.validation).length : 0;
  const warnings = outcomes.reduce((sum, outcome) => sum + outcome.warnings.length, validationWarningCount);
  const parts = [
    validationPart(report),
    wrong > 0 ? `${wrong} of ${plural(judged, 'submission')} not as expected` : `${judged - judgeErrors}/${plural(judged, 'submission')} as expected`,
    ...(skipped > 0 ? [`${skipped} skipped`] : []),
    ...(judgeErrors > 0 ? [`${plural(judgeErrors, 'judge error')}`] : []),
    ...(warnings > 0 ? [plural(warnings, 'warning')] : []),
    formatMs(report.totalMs),
  ];
  const status = verifyStatus(report);
  const label = status === 'ok' ? chalk.green.bold('OK') : status === 'failed' ? chalk.red.bold('FAILED') : chalk.magenta.bold('JUDGE ERROR');
  return `${label}  ${parts.join(chalk.dim(' · '))}`;
}

function validationPart(report: VerifyReport): string {
  const validation = report.validation;
  if (validation === null) return 'inputs not validated';
  switch (validationStatus(validation)) {
    case 'valid': {
      const inputs = validation.validators.length > 0 ? 'inputs valid' : 'inputs not validated';
      return validation.outputCases.length > 0 ? `${inputs}, output cases as expected` : inputs;
    }
    case 'crash': {
      const inputCrash = validation.inputs.some((input) => input.result === 'crash') || validation.invalidInputs.some((invalid) => invalid.verdict === 'crash');
      return inputCrash ? 'input validator crashed' : 'output validator crashed';
    }
    case 'invalid': {
      // A test input is invalid, an invalid input got through the validators, an output case got the other answer, an answer was rejected, or (--strict) a warning.
      if (validation.inputs.some((input) => input.result === 'invalid')) return 'inputs INVALID';
      if (validation.invalidInputs.some((invalid) => invalid.verdict === 'accepted')) return 'an invalid input ACCEPTED';
      const failed = validation.outputCases.find((item) => !item.ok && item.verdict !== 'crash');
      if (failed) return failed.expected === 'valid' ? 'a valid output REJECTED' : 'an invalid output ACCEPTED';
      if ((validation.answers ?? []).some((answer) => answer.verdict === 'rejected')) return 'an answer REJECTED by the output validator';
      return 'validation warnings (--strict)';
    }
  }
}

export function printVerifyJson(terminal: Terminal, report: VerifyReport): void {
  terminal.stdout.write(`${JSON.stringify(toVerifyJson(report))}\n`);
}
