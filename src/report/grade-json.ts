// `letscode grade --json`: one object on stdout (also OUT/report.json). One problem:
//   {"problem", "submissions": [{"id", "path", "language", "verdict", "score", "maxScore",
//    "passed", "total", "detail", "identicalTo", "maxTimeMs", "timeLimitMs", "tests": [...]}], "summary"}
//   (a scoring problem's judged submissions add "groups": [{"name", "score", "maxScore", "verdict"}]
//   in the problem's own points, before "tests")
// An assignment: {"assignment", "problems": [{"id", "name", "points", "tests"}], "students":
//   [{"id", "score", "maxScore"}], "submissions": [one per student and problem, with "problem"], "summary"}.
// Sorted by student id; no timestamps, so a resumed run prints what an uninterrupted one does.

import type { GradeResults, GradeRow } from '../grade/results.js';
import { summarize, type GradeSummary } from '../grade/summary.js';
import type { JsonGroup, JsonTest } from '../judge/judge-json.js';

export interface GradeJsonSubmission {
  id: string;
  /** Assignments only: the problem's id. */
  problem?: string;
  path: string;
  language: string | null;
  verdict: string;
  score: number;
  maxScore: number;
  passed: number;
  total: number;
  detail: string;
  identicalTo: readonly string[];
  maxTimeMs: number | null;
  timeLimitMs: number | null;
  groups?: JsonGroup[];
  tests: JsonTest[];
}

export type GradeJsonReport =
  | { problem: string; submissions: GradeJsonSubmission[]; summary: GradeSummary }
  | {
      assignment: string;
      problems: { id: string; name: string; points: number; tests: number }[];
      students: { id: string; score: number; maxScore: number }[];
      submissions: GradeJsonSubmission[];
      summary: GradeSummary;
    };

function submission(row: GradeRow, withProblem: boolean): GradeJsonSubmission {
  return {
    id: row.student,
    ...(withProblem ? { problem: row.problemId } : {}),
    path: row.path,
    language: row.language,
    verdict: row.verdict,
    score: row.score,
    maxScore: row.maxScore,
    passed: row.passed,
    total: row.total,
    detail: row.detail,
    identicalTo: row.identicalTo,
    maxTimeMs: row.maxTimeMs,
    timeLimitMs: row.timeLimitMs,
    ...(row.groups ? { groups: row.groups } : {}),
    tests: row.tests,
  };
}

export function toGradeJson(results: GradeResults, mode: 'single' | 'assignment'): GradeJsonReport {
  const summary = summarize(results);
  const rows = results.students.flatMap((student) => student.rows);
  if (mode === 'single') return { problem: results.title, submissions: rows.map((row) => submission(row, false)), summary };
  return {
    assignment: results.title,
    problems: results.problems.map((problem) => ({ id: problem.id, name: problem.name, points: problem.points, tests: problem.tests.length })),
    students: results.students.map((student) => ({ id: student.id, score: student.score, maxScore: student.maxScore })),
    submissions: rows.map((row) => submission(row, true)),
    summary,
  };
}

export function renderGradeJson(results: GradeResults, mode: 'single' | 'assignment'): string {
  return `${JSON.stringify(toGradeJson(results, mode), null, 2)}\n`;
}
