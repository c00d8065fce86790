// Scores. A ScoreModel is a function from one judge report to {score, maxScore}: a
// pass-fail problem scores the fraction of tests passed, a scoring problem (Kattis test
// groups, native batches) its own score, which the judge report carries, scaled to the
// problem's points. Scores are computed when reports are built, never stored: changing the
// points in assignment.yaml needs no re-judge.

import type { JsonReport } from '../judge/judge-json.js';
import type { Problem } from '../problem/model.js';
import { roundScore } from '../problem/scoring/evaluate.js';

export interface Score {
  score: number;
  maxScore: number;
}

export interface ScoredProblem {
  /** What a fully accepted submission scores. */
  points: number;
  /** Tests in the problem (a compile error runs none, but they still count). */
  testCount: number;
}

export type ScoreModel = (report: JsonReport, problem: ScoredProblem) => Score;

/** Tests passed (AC) out of the problem's tests. */
export function passedTests(report: JsonReport): number {
  return report.tests.filter((test) => test.verdict === 'AC').length;
}

/**
 * The default: the fraction of tests passed, times the problem's points. A judge error earns
 * nothing, since none of its results can be trusted (it is retried on the next run).
 */
export const fractionOfTestsPassed: ScoreModel = (report, problem) => {
  if (report.verdict === 'JE' || problem.testCount === 0) return { score: 0, maxScore: problem.points };
  return { score: roundScore((problem.points * passedTests(report)) / problem.testCount), maxScore: problem.points };
};

/**
 * A scoring problem: the problem's own score out of its maximum, times the points (which
 * default to that maximum, so without an assignment the score is the problem's). A judge
 * error leaves the score unknown and earns nothing until it is judged again.
 */
export const problemScore: ScoreModel = (report, problem) => {
  const { score, maxScore } = report;
  if (report.verdict === 'JE' || score === undefined || score === null || maxScore === undefined || maxScore <= 0) return { score: 0, maxScore: problem.points };
  return { score: roundScore((problem.points * score) / maxScore), maxScore: problem.points };
};

/** The problem's own scoring when it has one, else `fallback` (the fraction of tests passed). */
export function scoreModelFor(problem: Pick<Problem, 'scoring'>, fallback: ScoreModel): ScoreModel {
  return problem.scoring ? problemScore : fallback;
}

export { roundScore };

/**
 * --min-score: a number compares with the student's total score, "60%" with the share of
 * the maximum score.
 */
export type MinScore = { kind: 'points'; value: number } | { kind: 'percent'; value: number };

export function parseMinScore(text: string): MinScore | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  if (match[2] === '%') return value <= 100 ? { kind: 'percent', value } : null;
  return { kind: 'points', value };
}

export function meetsMinScore(total: Score, threshold: MinScore): boolean {
  if (threshold.kind === 'points') return total.score + 1e-9 >= threshold.value;
  const percent = total.maxScore === 0 ? 100 : (100 * total.score) / total.maxScore;
  return percent + 1e-9 >= threshold.value;
}
