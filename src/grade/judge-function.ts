// The one door between grading and the judge. Grading never imports the execution layer:
// the command injects a JudgeFunction (judgeSolution on this machine's Docker in
// src/cli/commands/grade-judge.ts, or workers through Redis in src/queue/queue-judge.ts),
// so the judge can be re-pointed without touching grading.

import type { Language } from '../languages/language.js';
import type { ProgramSource } from '../languages/prepare.js';
import type { Problem } from '../problem/model.js';
import type { JsonReport } from '../judge/judge-json.js';

export interface JudgeJob {
  /**
   * The problem as loaded. The same object for every submission of a problem, so the judge can
   * derive a missing time limit once per problem (not per submission) and reuse it.
   */
  problem: Problem;
  language: Language;
  /** The submission's name (for the report) and its code: one file's bytes or a folder's files. */
  solution: { name: string; source: ProgramSource };
  /** The results store's key for it: a judge that queues work can name the job after it (and resume it). */
  key?: string;
  /** --force / --regrade: an earlier result for this key must not be reused. */
  fresh?: boolean;
}

export interface JudgedSubmission {
  /** Exactly what `letscode judge --json` prints for this submission. */
  report: JsonReport;
  /** The limits it ran under (a derived time limit included), for the time-against-limit charts. */
  limits: { timeMs: number; memoryBytes: number };
}

/**
 * Judges one submission as `letscode judge` would. Throws a UsageError when the program cannot
 * be judged as given, a DockerError or ProblemFileError when nothing more can be judged (the
 * run stops), anything else for a judge failure on this submission only (it becomes JE).
 */
export type JudgeFunction = (job: JudgeJob) => Promise<JudgedSubmission>;
