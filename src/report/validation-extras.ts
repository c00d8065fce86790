// How validate (and verify) report the checks beyond the validator table: the tests'
// answers as the output validator judged them (only those it rejected or crashed on get a
// line, as accepting them is what is expected), and the warnings (junk every input
// validator accepted, byte-identical inputs), each a "! ..." line.

import type { ChalkInstance } from 'chalk';
import type { AnswerResult } from '../verify/answer-verdict.js';
import { validationWarnings, type ValidationReport } from '../verify/validation-report.js';
import { caseLines, type CaseLine } from './case-lines.js';
import { sanitize, truncate } from './format.js';
import { plural } from '../common/format-units.js';

/** How much of a warning its line shows. */
const WARNING_CHARS = 200;

export function answerName(answer: Pick<AnswerResult, 'answer' | 'test'>): string {
  return answer.answer ?? `${answer.test} (inline answer)`;
}

/** "✗ data/secret/3.ans: rejected by ..." and "CRASH ...": the answers that are not accepted. */
export function answerLines(answers: readonly AnswerResult[], chalk: ChalkInstance): string[] {
  const lines = answers
    .filter((answer) => answer.verdict !== 'accepted')
    .map((answer): CaseLine => ({ name: answerName(answer), mark: answer.verdict === 'crash' ? 'crash' : 'fail', message: answer.message }));
  return caseLines(lines, { chalk, failuresOnly: true }, 'answer', '');
}

/** "; 12 answers accepted by the output validator", or which it rejected; nothing without answers checked. */
export function answersPart(answers: readonly AnswerResult[], listNames: (names: readonly string[]) => string): string {
  if (answers.length === 0) return '';
  const rejected = answers.filter((answer) => answer.verdict === 'rejected').map(answerName);
  if (rejected.length > 0) return `; ${rejected.length} of ${plural(answers.length, 'answer')} REJECTED by the output validator: ${listNames(rejected)}`;
  const accepted = answers.filter((answer) => answer.verdict === 'accepted').length;
  if (accepted === 0) return '';
  return `; ${accepted === answers.length ? plural(accepted, 'answer') : `${accepted} of ${plural(answers.length, 'answer')}`} accepted by the output validator`;
}

export function crashedAnswers(answers: readonly AnswerResult[]): string[] {
  return answers.filter((answer) => answer.verdict === 'crash').map(answerName);
}

/** "! no input validator rejects an empty file", yellow; one line each. */
export function warningLines(report: Pick<ValidationReport, 'junkInputs' | 'duplicateInputs' | 'strict'>, chalk: ChalkInstance): string[] {
  const mark = report.strict === true ? chalk.red('✗') : chalk.yellow('!');
  return validationWarnings(report).map((warning) => `${mark} ${truncate(sanitize(warning), WARNING_CHARS)}`);
}

/** "; 2 warnings", or "; 2 warnings (--strict)" when they fail; nothing without warnings. */
export function warningsPart(report: Pick<ValidationReport, 'junkInputs' | 'duplicateInputs' | 'strict'>): string {
  const count = validationWarnings(report).length;
  if (count === 0) return '';
  return `; ${plural(count, 'warning')}${report.strict === true ? ' (--strict: they fail)' : ''}`;
}
