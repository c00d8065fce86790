// The submission store behind the asynchronous API and `grade --redis`: submissions go in,
// each gets an id, and what becomes of it (its status, its outcome, its events) can be
// asked for by that id. Two implementations share this contract: BullMQ on Redis
// (redis/redis-queue.ts: workers on any machine) and an in-process queue
// (in-process-queue.ts: serve on a laptop), so the API is the same on both.

import type { Language } from '../languages/language.js';
import type { ProgramSource } from '../languages/prepare.js';
import type { Problem } from '../problem/model.js';
import type { JsonReport } from '../judge/judge-json.js';
import type { StoredEvent } from './submission-events.js';

/** Single submissions run before batches and grading (lower runs first). */
export const PRIORITY = { single: 1, batch: 100 } as const;
export const MAX_PRIORITY = 1000;

export interface NewSubmission {
  /** As loaded: a time limit still to be derived is derived once per problem by the judge. */
  problem: Problem;
  language: Language;
  /** The name the report shows and the code: one file's bytes or a folder's files. */
  solution: { name: string; source: ProgramSource };
  /** 1 (first) to MAX_PRIORITY. */
  priority: number;
  /** Tests of this submission run at once (each in its own box). */
  testsInParallel: number;
  /** Gets the result POSTed when the submission is finished. */
  callbackUrl?: string | undefined;
  /**
   * A stable id (grade uses its result key): submitting it again while it waits or runs
   * attaches to it, and once it is finished gives its outcome again unless `fresh`.
   */
  id?: string | undefined;
  /** With `id`: a finished submission of that id is judged again. */
  fresh?: boolean | undefined;
}

/** What became of a finished submission. */
export type SubmissionOutcome =
  /** Judged: the judge --json report (verdict JE when every attempt ended in a judge error). */
  | { kind: 'judged'; report: JsonReport; limits: { timeMs: number; memoryBytes: number } }
  /** The program cannot be judged as given (no main class, an empty folder): the submitter's to fix. */
  | { kind: 'refused'; message: string }
  /** No report: a malformed job, a problem that cannot be judged, or every attempt failed on the judge's side. */
  | { kind: 'failed'; message: string };

export type SubmissionStatus = 'queued' | 'running' | 'done' | 'failed';

/** GET /v1/submissions/:id. */
export interface SubmissionView {
  id: string;
  status: SubmissionStatus;
  result?: JsonReport;
  error?: string;
}

export interface Ticket {
  id: string;
  /** The id was known already: this submission was attached to (or took the outcome of) an earlier one. */
  reused: boolean;
}

export interface QueueCounts {
  waiting: number;
  running: number;
  done: number;
  failed: number;
}

export interface SubmissionQueue {
  /** Where it runs, for the server's first line: "in-process, 2 jobs at once", "redis://host:6379". */
  readonly description: string;
  /** Queues every submission; the tickets come back in the same order. */
  submit(submissions: readonly NewSubmission[]): Promise<Ticket[]>;
  /** Null for an id that was never given, or whose record has expired. */
  view(id: string): Promise<SubmissionView | null>;
  /** Resolves once the submission is finished; rejects when `signal` aborts or the id is unknown. */
  outcome(id: string, signal?: AbortSignal): Promise<SubmissionOutcome>;
  /** The events after `afterId` (all with null), then each new one, ending after the final one or when `signal` aborts. */
  events(id: string, afterId: string | null, signal: AbortSignal): AsyncIterable<StoredEvent>;
  counts(): Promise<QueueCounts>;
  /** Stops taking submissions; running ones (in-process) finish first. */
  close(): Promise<void>;
}

export function viewOf(id: string, outcome: SubmissionOutcome | undefined, running: boolean): SubmissionView {
  if (!outcome) return { id, status: running ? 'running' : 'queued' };
  if (outcome.kind === 'judged') return { id, status: 'done', result: outcome.report };
  return { id, status: 'failed', error: outcome.message };
}

/** The final event of a finished submission. */
export function finalEventOf(outcome: SubmissionOutcome): StoredEvent['event'] {
  return outcome.kind === 'judged' ? { type: 'done', result: outcome.report } : { type: 'failed', error: outcome.message };
}

export class UnknownSubmissionError extends Error {
  constructor(readonly id: string) {
    super(`no submission ${id} (never submitted, or its record has expired)`);
    this.name = 'UnknownSubmissionError';
  }
}
