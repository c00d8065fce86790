// The verdict table and the one-line summary that end a pretty report.

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { JudgeReport, TestResult } from '../judge/judge-report.js';
import { colorVerdict, sanitize, truncate } from './format.js';
import { formatBytes, formatMs, formatScoreOf, plural } from '../common/format-units.js';

/** Above this many tests, passing ones are left out of the table unless asked for. */
export const MAX_FULL_TABLE = 40;

export interface TableOptions {
  chalk: ChalkInstance;
  /** Show every test even in a big test set. */
  showAll?: boolean;
  /** Width available for the detail column's text. */
  detailWidth?: number;
}

/** The table as lines, followed by a note on hidden passing tests; empty when no tests ran. */
export function renderTable(tests: readonly TestResult[], options: TableOptions): string[] {
  const { chalk } = options;
  if (tests.length === 0) return [];
  const shown = options.showAll || tests.length <= MAX_FULL_TABLE ? tests : tests.filter((t) => t.verdict !== 'AC');
  const hidden = tests.length - shown.length;
  const lines: string[] = [];
  if (shown.length > 0) {
    const table = new Table({
      head: ['#', 'test', 'verdict', 'time', 'memory', 'detail'].map((h) => chalk.bold(h)),
      colAligns: ['right', 'left', 'left', 'right', 'right', 'left'],
      style: { head: [], border: [], compact: true },
    });
    for (const test of shown) table.push(tableRow(test, chalk, options.detailWidth ?? 60));
    lines.push(...table.toString().split('\n'));
  }
  if (hidden > 0) {
    const note = shown.length === 0 ? `all ${plural(hidden, 'test')} passed` : `${plural(hidden, 'passing test')} not shown`;
    lines.push(chalk.dim(`${note} (--verbose shows every test)`));
  }
  return lines;
}

function tableRow(test: TestResult, chalk: ChalkInstance, detailWidth: number): string[] {
  const slow = test.verdict === 'TLE' ? chalk.yellow : (s: string) => s;
  const heavy = test.verdict === 'MLE' ? chalk.yellow : (s: string) => s;
  return [
    String(test.index + 1),
    truncate(sanitize(test.name), 32) + (test.sample ? chalk.dim(' (sample)') : ''),
    colorVerdict(chalk, test.verdict),
    slow(formatMs(test.cpuMs)),
    heavy(formatBytes(test.memoryBytes)),
    truncate(sanitize(test.detail).replace(/\s+/g, ' '), detailWidth),
  ];
}

/**
 * One line: the verdict, where it happened, how many passed, the worst time and memory and
 * the total time, e.g. `WA  on test 3 (sample-2) · 11/12 passed · max 15 ms · max 3.2 MiB · 1.4 s`.
 * A scoring problem's score comes before the count: `WA  on test 3 (big-1) · score 60/100 · ...`.
 */
export function summaryLine(report: JudgeReport, chalk: ChalkInstance, testCount = report.tests.length): string {
  const { verdict, tests } = report;
  const total = Math.max(testCount, tests.length);
  const passed = tests.filter((t) => t.verdict === 'AC').length;
  const parts: string[] = [];
  const score = report.score ? [`score ${formatScoreOf(report.score.score, report.score.maxScore)}`] : [];
  if (verdict === 'AC') {
    parts.push(...score, `${passed}/${total} tests passed`);
  } else if (verdict === 'CE') {
    parts.push('compilation failed', ...score);
  } else {
    const culprit = tests.find((t) => t.verdict === verdict);
    if (culprit) parts.push(`on test ${culprit.index + 1} (${truncate(sanitize(culprit.name), 40)})`);
    else if (verdict === 'JE') parts.push('judge error');
    parts.push(...score, `${passed}/${total} passed`);
  }
  if (tests.length > 0) {
    parts.push(`max ${formatMs(Math.max(...tests.map((t) => t.cpuMs)))}`);
    parts.push(`max ${formatBytes(Math.max(...tests.map((t) => t.memoryBytes)))}`);
  }
  parts.push(formatMs(report.totalMs));
  return `${chalk.bold(colorVerdict(chalk, verdict))}  ${parts.join(chalk.dim(' · '))}`;
}
