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
}

/** The CLI was interrupted: remove this request's boxes and say so. */
export interface CancelMessage {
  type: 'cancel';
}

export type ClientMessage = JudgeRequestMessage | CancelMessage | { type: 'status' } | { type: 'stop' };

export interface ErrorDescription {
  name: string;
  message: string;
  /** Set for errors a user can fix (usage, problem file, Docker); absent for bugs. */
  exitCode?: number;
  stack?: string;
}

export type HelperMessage =
  | { type: 'event'; event: JudgeEvent }
  | { type: 'done'; verdict: string }
  | { type: 'error'; error: ErrorDescription }
  | { type: 'cancelled' }
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
