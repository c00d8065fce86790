// What the server sends, as the page reads it. The judge's documents are the server's own
// types (src/judge, src/run); the page-only endpoints are described here.

import type { JsonReport, JsonTest } from '../../src/judge/judge-json.js';
import type { SubmissionEvent } from '../../src/queue/submission-events.js';
import type { RunJson } from '../../src/run/run-json.js';

export type { JsonReport, JsonTest, SubmissionEvent };

/** A `test` event: one test's verdict, and for a wrong answer the start of both outputs. */
export type TestEvent = Extract<SubmissionEvent, { type: 'test' }>;

/** POST /api/execute: the `run --json` document. */
export type RunDocument = RunJson;

export interface LanguageInfo {
  id: string;
  name: string;
  extensions: string[];
  aliases: string[];
}

export interface ProblemSummary {
  id: string;
  name: string;
  format: string;
  /** What POST /v1/submissions takes as `problem`. */
  path: string;
  /** Set when the problem does not load: why. */
  error?: string;
}

export interface Sample {
  name: string;
  input: string;
  output: string;
  truncated: boolean;
}

export type Statement =
  | { kind: 'markdown'; text: string; file: string }
  | { kind: 'html'; url: string; file: string }
  | { kind: 'pdf'; url: string; file: string }
  | { kind: 'text'; text: string; file: string }
  | { kind: 'none' };

export interface ProblemDetail extends ProblemSummary {
  limits: { timeMs: number | null; memoryBytes: number };
  tests: number;
  interactive: boolean;
  samples: Sample[];
  statement: Statement;
}

export interface HistoryEntry {
  id: string;
  at: string;
  problem: string | null;
  problemName: string;
  language: string;
  code: string;
  outcome: { status: 'pending' } | { status: 'done'; result: JsonReport } | { status: 'failed'; error: string } | { status: 'lost' };
}

export interface QueueInfo {
  kind: 'in-process' | 'redis';
  counts: { waiting: number; running: number; done: number; failed: number };
  workers?: { name: string; host: string; concurrency: number; running: number; paused: string | null }[];
}
