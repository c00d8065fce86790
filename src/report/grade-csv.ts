// The CSV report: one row per student, ready for a spreadsheet or an LMS import. Columns:
//   student, score, max_score, then per problem P: P:verdict, P:score, P:passed, P:total,
//   one P:GROUP column per test group (tests passed in it; a scoring problem: one per scored
//   group, its score in the problem's own points), P:identical_to.
// RFC 4180: CRLF line ends, fields with a comma, quote or line break are quoted, quotes
// doubled. A text cell starting with = + - @ (or tab / CR) is prefixed with ' so no
// spreadsheet runs it as a formula; numbers are written as numbers.

import type { GradeResults, GradeRow, ProblemColumns } from '../grade/results.js';

type Cell = string | number;

/** One field, quoted when needed and defused when a spreadsheet would read it as a formula. */
export function csvField(value: Cell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

function problemHeader(problem: ProblemColumns): string[] {
  const p = problem.id;
  return [`${p}:verdict`, `${p}:score`, `${p}:passed`, `${p}:total`, ...problem.groups.map((group) => `${p}:${group}`), `${p}:identical_to`];
}

function problemCells(problem: ProblemColumns, row: GradeRow | undefined): Cell[] {
  if (!row) return [...problemHeader(problem).map(() => '')];
  const byGroup = problem.groups.map((group): Cell => {
    // Unknown (a judge error) or not judged yet: an empty cell, never a made-up 0.
    if (problem.groupColumns === 'score') {
      if (row.groups) return row.groups.find((each) => each.name === group)?.score ?? '';
      return row.verdict === 'JE' || row.verdict === 'NOT_GRADED' ? '' : 0;
    }
    const names = new Set(problem.tests.filter((test) => test.group === group).map((test) => test.name));
    return row.tests.filter((test) => names.has(test.name) && test.verdict === 'AC').length;
  });
  return [row.verdict, row.score, row.passed, row.total, ...byGroup, row.identicalTo.join(' ')];
}

export function renderGradeCsv(results: GradeResults): string {
  const header = ['student', 'score', 'max_score', ...results.problems.flatMap(problemHeader)];
  const lines = [csvLine(header)];
  for (const student of results.students) {
    const cells = results.problems.flatMap((problem) => problemCells(problem, student.rows.find((row) => row.problemId === problem.id)));
    lines.push(csvLine([student.id, student.score, student.maxScore, ...cells]));
  }
  return lines.join('');
}
