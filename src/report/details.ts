// What went wrong, in more than one line: the compiler's message, a diff for wrong answers,
// the end of stderr for crashes. Shared by the pretty reporter (coloured) and JUnit (plain).

import type { ChalkInstance } from 'chalk';
import { Chalk } from 'chalk';
import { type JudgeReport, type TestResult } from '../judge/judge-report.js';
import { VERDICT_NAMES } from '../common/verdicts.js';
import { DIFF_LEGEND, diffView } from './diff-view.js';
import { colorVerdict, headLines, sanitize, tailLines } from './format.js';
import { plural } from '../common/format-units.js';

export const COMPILE_MESSAGE_LINES = 40;
export const STDERR_TAIL_LINES = 10;
export const MAX_DETAIL_BLOCKS = 3;

const plain = new Chalk({ level: 0 });

/** The body explaining one failed test (without a header), or [] when there is nothing to add. */
export function testDetailBody(test: TestResult, chalk: ChalkInstance = plain): string[] {
  switch (test.verdict) {
    case 'WA':
    case 'PE':
      if (test.expectedOutput === undefined || test.actualOutput === undefined) return [];
      return [chalk.dim(DIFF_LEGEND), ...diffView(test.expectedOutput, test.actualOutput, { chalk })];
    case 'RE':
    case 'JE':
      if (test.stderr.trim() === '') return test.verdict === 'RE' ? [chalk.dim('(nothing on stderr)')] : [];
      return [chalk.dim('stderr:'), ...tailLines(sanitize(test.stderr), STDERR_TAIL_LINES)];
    default:
      return [];
  }
}

/** The compiler message, cut to its first lines (the first error is the one that matters). */
export function compileMessageLines(message: string): string[] {
  if (message.trim() === '') return ['(the compiler printed no message)'];
  return headLines(sanitize(message), COMPILE_MESSAGE_LINES);
}

/** Detail blocks for the pretty report: the compile error, or up to three failed tests. */
export function renderDetails(report: JudgeReport, chalk: ChalkInstance): string[] {
  if (report.verdict === 'CE') {
    return [chalk.bold(`Compilation failed (${report.language})`), ...indent(compileMessageLines(report.compile.message))];
  }
  const lines: string[] = [];
  const failing = report.tests.filter((t) => t.verdict !== 'AC');
  let blocks = 0;
  let skipped = 0;
  for (const test of failing) {
    const body = testDetailBody(test, chalk);
    if (body.length === 0) continue;
    if (blocks === MAX_DETAIL_BLOCKS) {
      skipped++;
      continue;
    }
    if (blocks > 0) lines.push('');
    lines.push(testHeader(test, chalk), ...indent(body));
    blocks++;
  }
  if (skipped > 0) lines.push('', chalk.dim(`(details of ${plural(skipped, 'more failed test')} not shown)`));
  return lines;
}

function testHeader(test: TestResult, chalk: ChalkInstance): string {
  const detail = sanitize(test.detail).replace(/\s+/g, ' ').trim() || VERDICT_NAMES[test.verdict];
  return `${chalk.bold(`Test ${test.index + 1} (${sanitize(test.name)})`)}  ${colorVerdict(chalk, test.verdict)}  ${detail}`;
}

function indent(lines: readonly string[]): string[] {
  return lines.map((line) => (line === '' ? '' : `  ${line}`));
}
