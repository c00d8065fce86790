// The terminal summary that ends `letscode grade`: one row per student (verdict, tests
// passed, score, slowest test), then the class line, identical submissions and the judge
// errors to re-run. Student names and details are sanitized: they come from submissions.

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { GradeVerdict } from '../grade/model.js';
import type { GradeResults, GradeRow, StudentResult } from '../grade/results.js';
import { summarize } from '../grade/summary.js';
import { VERDICTS, type Verdict } from '../common/verdicts.js';
import { colorVerdict, sanitize, truncate } from './format.js';
import { formatMs, plural } from '../common/format-units.js';

function verdictText(chalk: ChalkInstance, verdict: GradeVerdict): string {
  return (VERDICTS as readonly string[]).includes(verdict) ? colorVerdict(chalk, verdict as Verdict) : chalk.dim(verdict);
}

function maxTime(rows: readonly GradeRow[]): string {
  const times = rows.flatMap((row) => (row.maxTimeMs === null ? [] : [row.maxTimeMs]));
  return times.length === 0 ? '-' : formatMs(Math.max(...times));
}

function singleRow(chalk: ChalkInstance, student: StudentResult, detailWidth: number): string[] {
  const row = student.rows[0]!;
  const detail = truncate(sanitize(row.detail).replace(/\s+/g, ' '), detailWidth);
  return [sanitize(student.id), verdictText(chalk, row.verdict), `${row.passed}/${row.total}`, String(student.score), maxTime(student.rows), chalk.dim(detail)];
}

function assignmentRow(chalk: ChalkInstance, student: StudentResult, results: GradeResults): string[] {
  const cells = results.problems.map((problem) => {
    const row = student.rows.find((each) => each.problemId === problem.id);
    return row ? `${verdictText(chalk, row.verdict)} ${row.passed}/${row.total}` : '';
  });
  return [sanitize(student.id), ...cells, `${student.score}/${student.maxScore}`, maxTime(student.rows)];
}

export function renderGradeTable(results: GradeResults, mode: 'single' | 'assignment', chalk: ChalkInstance, columns = 100): string[] {
  const head = mode === 'single'
    ? ['student', 'verdict', 'passed', 'score', 'max time', 'detail']
    : ['student', ...results.problems.map((problem) => sanitize(problem.id)), 'score', 'max time'];
  const table = new Table({ head: head.map((h) => chalk.bold(h)), style: { head: [], border: [], compact: true } });
  const detailWidth = Math.max(20, columns - 60);
  for (const student of results.students) table.push(mode === 'single' ? singleRow(chalk, student, detailWidth) : assignmentRow(chalk, student, results));
  return [...table.toString().split('\n'), '', ...summaryLines(results, chalk)];
}

export function summaryLines(results: GradeResults, chalk: ChalkInstance): string[] {
  const summary = summarize(results);
  const verdicts = Object.entries(summary.verdicts).map(([verdict, count]) => `${verdictText(chalk, verdict as GradeVerdict)} ${count}`);
  const lines = [`${plural(summary.students, 'student')} · ${verdicts.join(' · ')} · mean score ${summary.meanScore} / ${summary.maxScore}, median ${summary.medianScore}`];
  for (const group of summary.identical) lines.push(chalk.yellow(`Identical submissions for ${sanitize(group.problem)}: ${group.students.map(sanitize).join(', ')}`));
  if (summary.judgeErrors.length > 0) {
    lines.push(chalk.red(`${plural(summary.judgeErrors.length, 'judge error')} (run the same command again to retry): ${summary.judgeErrors.map((error) => sanitize(error.path || error.student)).join(', ')}`));
  }
  if (summary.notGraded > 0) lines.push(chalk.yellow(`${plural(summary.notGraded, 'submission')} not graded yet: the same command without --report-only judges them`));
  return lines;
}
