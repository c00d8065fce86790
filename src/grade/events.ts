// Everything grading has to say, as typed events. The progress reporter turns them into a
// progress bar or plain lines; nothing in src/grade/ prints.

import type { StoredResult } from './model.js';

export type GradeEvent =
  /** Before the first submission: how many there are and how many the store already holds. */
  | { type: 'grade-start'; submissions: number; toJudge: number; skipped: number; notJudgeable: number; damagedLines: number }
  | { type: 'submission-start'; student: string; problem: string; path: string }
  /** Sent only once the result is on disk. `index` counts finished submissions from 1. */
  | { type: 'submission-done'; result: StoredResult; index: number; toJudge: number }
  /** The run stops early (Docker gone, a problem that cannot be judged); stored results stay. */
  | { type: 'grade-stopped'; reason: string }
  | { type: 'grade-done'; judged: number; skipped: number };

export type GradeSink = (event: GradeEvent) => void;
