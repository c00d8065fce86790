// The data grading passes around: the problems being graded, one item per student and
// problem (a program to judge, or a reason it cannot be judged), and what the results
// store keeps for a judged program. Reports are built from these alone.

import type { Language } from '../languages/language.js';
import type { ProgramSource } from '../languages/prepare.js';
import type { Problem } from '../problem/model.js';
import type { JsonReport } from '../judge/judge-json.js';
import type { Verdict } from '../common/verdicts.js';

export interface GradeProblem {
  /** Short id for reports and CSV columns: the assignment's key, or the problem folder's name. */
  id: string;
  /** As loaded: a Kattis package may still have its time limit to derive (the judge does it once). */
  problem: Problem;
  /**
   * What a fully accepted submission scores: the assignment's points, else 1 (a scoring
   * problem: its own maximum, so its scores are the problem's).
   */
  points: number;
  /** Hash of what judging depends on (limits, tests, checker...), never of where the problem lives. */
  fingerprint: string;
}

/** A problem's points when no assignment gives them. */
export function defaultPoints(problem: Problem): number {
  return problem.scoring?.root.maxScore ?? 1;
}

/** Why a submission was never judged: a row of its own in every report, not a crash of the run. */
export const NOT_JUDGEABLE = ['MISSING', 'AMBIGUOUS', 'EMPTY', 'BINARY', 'UNKNOWN_LANGUAGE', 'NOT_A_PROGRAM'] as const;
export type NotJudgeable = (typeof NOT_JUDGEABLE)[number];

/** A row's verdict: the judge's, a reason it was not judged, or NOT_GRADED (no result stored yet). */
export type GradeVerdict = Verdict | NotJudgeable | 'NOT_GRADED';

interface ItemBase {
  student: string;
  problemId: string;
  /** The submission's path relative to SUBMISSIONS, '/'-separated ('' when nothing matched). */
  path: string;
}

export interface ProgramItem extends ItemBase {
  kind: 'program';
  language: Language;
  source: ProgramSource;
  /** Store key: submission content, problem fingerprint, language and letscode version. */
  key: string;
  /** Hash of the source without comments and whitespace: equal hashes are flagged as identical. */
  normalizedHash: string;
}

export interface RejectedItem extends ItemBase {
  kind: 'rejected';
  verdict: NotJudgeable;
  /** One line saying why, shown in every report. */
  detail: string;
}

export type GradeItem = ProgramItem | RejectedItem;

/** What came of judging one program. Only these are stored; rejected items are recomputed each run. */
export type JudgeOutcome =
  | { kind: 'judged'; report: JsonReport; limits: { timeMs: number; memoryBytes: number }; testCount: number }
  /** The judge refused the program as given (a UsageError: e.g. no main class): the student's to fix. */
  | { kind: 'refused'; message: string }
  /** The judge itself failed on it (not the student's fault): shown as JE and retried on the next run. */
  | { kind: 'judge-failed'; message: string };

export interface StoredResult {
  key: string;
  student: string;
  problem: string;
  path: string;
  language: string;
  letscodeVersion: string;
  /** ISO time the result was stored; informational only (reports never show it). */
  gradedAt: string;
  outcome: JudgeOutcome;
}

/** A result worth keeping: a judge error (in the report or thrown) is retried on the next run. */
export function isFinal(result: StoredResult): boolean {
  if (result.outcome.kind === 'judge-failed') return false;
  return !(result.outcome.kind === 'judged' && result.outcome.report.verdict === 'JE');
}

/** The verdict a stored result shows as. */
export function storedVerdict(result: StoredResult): GradeVerdict {
  switch (result.outcome.kind) {
    case 'judged':
      return result.outcome.report.verdict;
    case 'refused':
      return 'NOT_A_PROGRAM';
    case 'judge-failed':
      return 'JE';
  }
}
