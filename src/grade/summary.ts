// Class-level numbers every report shows: how many of each verdict, mean and median score,
// which submissions need another run (judge errors, not graded yet), identical groups.

import { compareIds } from './duplicates.js';
import type { GradeVerdict } from './model.js';
import type { GradeResults, GradeRow } from './results.js';
import { roundScore } from './scoring.js';

export interface IdenticalGroup {
  problem: string;
  students: string[];
}

export interface GradeSummary {
  students: number;
  submissions: number;
  /** Rows per verdict, in first-seen order of a fixed verdict list. */
  verdicts: Partial<Record<GradeVerdict, number>>;
  meanScore: number;
  medianScore: number;
  maxScore: number;
  /** Judge errors: re-running the command retries them. */
  judgeErrors: { student: string; problem: string; path: string }[];
  notGraded: number;
  identical: IdenticalGroup[];
}

const VERDICT_ORDER: readonly GradeVerdict[] = ['AC', 'WA', 'PE', 'TLE', 'MLE', 'OLE', 'RE', 'CE', 'JE', 'MISSING', 'AMBIGUOUS', 'EMPTY', 'BINARY', 'UNKNOWN_LANGUAGE', 'NOT_A_PROGRAM', 'NOT_GRADED'];

export function summarize(results: GradeResults): GradeSummary {
  const rows = results.students.flatMap((student) => student.rows);
  const verdicts: Partial<Record<GradeVerdict, number>> = {};
  for (const verdict of VERDICT_ORDER) {
    const count = rows.filter((row) => row.verdict === verdict).length;
    if (count > 0) verdicts[verdict] = count;
  }
  const scores = results.students.map((student) => student.score).sort((a, b) => a - b);
  return {
    students: results.students.length,
    submissions: rows.length,
    verdicts,
    meanScore: scores.length === 0 ? 0 : roundScore(scores.reduce((sum, score) => sum + score, 0) / scores.length),
    medianScore: median(scores),
    maxScore: results.students[0]?.maxScore ?? results.problems.reduce((sum, problem) => sum + problem.points, 0),
    judgeErrors: rows.filter((row) => row.verdict === 'JE').map((row) => ({ student: row.student, problem: row.problemId, path: row.path })),
    notGraded: rows.filter((row) => row.verdict === 'NOT_GRADED').length,
    identical: identicalGroups(rows),
  };
}

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return roundScore(sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2);
}

function identicalGroups(rows: readonly GradeRow[]): IdenticalGroup[] {
  const seen = new Set<string>();
  const groups: IdenticalGroup[] = [];
  for (const row of rows) {
    if (row.identicalTo.length === 0) continue;
    const students = [row.student, ...row.identicalTo].sort(compareIds);
    const key = `${row.problemId}\0${students.join('\0')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push({ problem: row.problemId, students });
  }
  return groups.sort((a, b) => compareIds(a.problem, b.problem) || compareIds(a.students[0]!, b.students[0]!));
}
