// What the CLI and the warm helper say to each other over the socket: one JSON object per
// line. The CLI sends one request; the helper answers with the judge's events as they
// happen, then the end: the verdict, or the error (its class name, message and exit
// code, so the CLI's error boundary treats it as if it had happened there).

import type { JudgeEvent } from '../judge/events.js';
import type { JudgeJobOptions } from '../judge/judge-job.js';

export interface JudgeRequestMessage {
  type: 'judge';
  buildId: string;
  cwd: string;
  job: JudgeJobOptions;
  jobs: number;
  compileCache: boolean;
  /** The languages files and sandbox settings of the command (the CLI's judgingStamp): the helper declines others. */
  judgingStamp: string;
}

/** What a terminal stream of the command is, so the helper's reporters print for it. */
export interface StreamShape {
  isTTY: boolean;
  columns: number;
}

/**
 * The whole command line of a `letscode judge`, for the helper to parse, judge and print
 * as the CLI would (quick-client.ts); it answers with output, then the exit code, or
 * declines with 'fallback' before printing anything.
 */
export interface QuickJudgeMessage {
  type: 'quick-judge';
  buildId: string;
  cwd: string;
  argv: string[];
  env: Record<string, string>;
  stdout: StreamShape;
  stderr: StreamShape;
}

/** The CLI was interrupted: remove this request's boxes and say so. */
export interface CancelMessage {
  type: 'cancel';
}

export type ClientMessage = JudgeRequestMessage | QuickJudgeMessage | CancelMessage | { type: 'status' } | { type: 'stop' };

/** How long an interrupted command waits for the helper to remove its boxes. */
export const CANCEL_TIMEOUT_MS = 5000;

export interface ErrorDescription {
  name: string;
  message: string;
  /** Set for errors a user can fix (usage, problem file, Docker); absent for bugs. */
  exitCode?: number;
  stack?: string;
}

export type HelperMessage =
  | { type: 'event'; event: JudgeEvent }
  | { type: 'done' }
  | { type: 'error'; error: ErrorDescription }
  | { type: 'cancelled' }
  | { type: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'exit'; code: number }
  /** The helper leaves this command to the CLI (nothing was printed for it). */
  | { type: 'fallback'; reason: string }
  | { type: 'status'; pid: number; buildId: string; uptimeMs: number; idleMs: number; requests: number };

/** Splits a byte stream into JSON messages, one per line. */
export function lineReader<T>(onMessage: (message: T) => void): (chunk: Buffer) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk.toString('utf8');
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (line.trim()) onMessage(JSON.parse(line) as T);
      newline = pending.indexOf('\n');
    }
  };
}

export function encodeMessage(message: ClientMessage | HelperMessage): string {
  return `${JSON.stringify(message)}\n`;
}
