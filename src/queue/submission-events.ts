// What a queued submission goes through, as events: its history (kept with the
// submission), and what GET /v1/submissions/:id/events streams as Server-Sent Events, one
// `event: <type>` each with the event as JSON in `data:`. In order:
//
//   queued    accepted into the queue, with its priority
//   running   a worker started it (attempt 1, 2, ... after an infrastructure failure)
//   compiled  the solution compiled (ok: false is a compile error: done follows)
//   test      one test's verdict, as the judge --json report has it (tests run in
//             parallel may finish out of order: `index` is the test's place); a wrong
//             answer also carries the start of both outputs, for a diff (diffOutputs)
//   retrying  the attempt failed on the judge's side (Docker, a container, a judge
//             error): it runs again, from `running`, after `delayMs`
//   done      the last event: the judge --json report
//   failed    the last event: why no report can be given (a malformed job, a program
//             that cannot be judged as given, every attempt failed)

import type { JsonReport, JsonTest } from '../judge/judge-json.js';
import { toJsonTest } from '../judge/judge-json.js';
import type { JudgeEvent } from '../judge/events.js';
import type { TestResult } from '../judge/judge-report.js';

export type SubmissionEvent =
  | { type: 'queued'; priority: number }
  | { type: 'running'; attempt: number; worker: string; tests: number }
  | { type: 'compiled'; ok: boolean; message: string; timeMs: number; cached: boolean }
  | ({ type: 'test'; index: number } & JsonTest & Partial<DiffOutputs>)
  | { type: 'retrying'; attempt: number; error: string; delayMs: number }
  | { type: 'done'; result: JsonReport }
  | { type: 'failed'; error: string };

export type SubmissionEventType = SubmissionEvent['type'];

/** After one of these nothing more happens to the submission. */
export function isFinalEvent(event: SubmissionEvent): event is Extract<SubmissionEvent, { type: 'done' | 'failed' }> {
  return event.type === 'done' || event.type === 'failed';
}

/** An event with its place in the submission's history (the SSE `id:`, for Last-Event-ID). */
export interface StoredEvent {
  id: string;
  event: SubmissionEvent;
}

/** The judge's events a submission's history keeps: the solution's compile and each test. */
export function submissionEventOf(event: JudgeEvent): SubmissionEvent | null {
  switch (event.type) {
    case 'compile-done': {
      const { result } = event;
      return { type: 'compiled', ok: result.ok, message: result.message, timeMs: result.wallMs, cached: result.cached };
    }
    case 'test-done':
      return { type: 'test', index: event.result.index, ...toJsonTest(event.result), ...diffOutputs(event.result) };
    default:
      return null;
  }
}

/** The start of a wrong answer's expected and actual output, enough for a diff of the first difference. */
export interface DiffOutputs {
  expectedOutput: string;
  actualOutput: string;
  /** Either output goes on past what is sent. */
  outputsCut: boolean;
}

/** Outputs are sent up to this many characters each... */
export const DIFF_OUTPUT_CHARS = 64 * 1024;
/** ...and only when they differ this early, so the diff shows the first difference whole. */
const FIRST_DIFFERENCE_WITHIN = 32 * 1024;

export function diffOutputs(test: Pick<TestResult, 'expectedOutput' | 'actualOutput'>): DiffOutputs | Record<string, never> {
  const { expectedOutput: expected, actualOutput: actual } = test;
  if (expected === undefined || actual === undefined) return {};
  let first = 0;
  while (first < expected.length && first < actual.length && expected[first] === actual[first]) first++;
  if (first > FIRST_DIFFERENCE_WITHIN) return {};
  return {
    expectedOutput: expected.slice(0, DIFF_OUTPUT_CHARS),
    actualOutput: actual.slice(0, DIFF_OUTPUT_CHARS),
    outputsCut: expected.length > DIFF_OUTPUT_CHARS || actual.length > DIFF_OUTPUT_CHARS,
  };
}
