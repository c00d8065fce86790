// The CLI's side of the warm helper: judge through it when it answers; when it does not,
// start one in the background for the next command and say so, so this command judges
// the usual way. A helper that goes away mid-command is not this command's failure
// either: it is judged again the usual way.

import { spawn } from 'node:child_process';
import { connectTo } from './connect-socket.js';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { JudgeEvent } from '../judge/events.js';
import type { JudgeReport } from '../judge/judge-report.js';
import { packageRoot } from '../paths.js';
import { reviveError } from './error-transport.js';
import { buildId, helperSocket } from './helper-paths.js';
import { CANCEL_TIMEOUT_MS, encodeMessage, lineReader, type ClientMessage, type HelperMessage, type JudgeRequestMessage } from './protocol.js';


export type WarmJudgement = { kind: 'judged'; report: JudgeReport } | { kind: 'unavailable'; reason: string };

export interface WarmCall {
  outcome: Promise<WarmJudgement>;
  /** Asks the helper to remove this command's boxes; resolves when it has (or gave no answer). */
  cancel(): Promise<void>;
}

export type JudgeWarmRequest = Omit<JudgeRequestMessage, 'type' | 'buildId'>;

/** Null when no helper answers (one is then started for the next command). */
export async function judgeThroughHelper(request: JudgeWarmRequest, emit: (event: JudgeEvent) => void): Promise<WarmCall | null> {
  const socket = await connectTo(helperSocket());
  if (!socket) {
    startHelper();
    return null;
  }
  let cancelled: (() => void) | null = null;
  const outcome = new Promise<WarmJudgement>((resolve, reject) => {
    let settled = false;
    let report: JudgeReport | null = null;
    socket.on('data', lineReader<HelperMessage>((message) => {
      if (message.type === 'event') {
        if (message.event.type === 'judge-done') report = message.event.report;
        emit(message.event);
      } else if (message.type === 'done') {
        const judged = report;
        settle(() => resolve(judged ? { kind: 'judged', report: judged } : { kind: 'unavailable', reason: 'the warm helper sent no report' }));
      } else if (message.type === 'error') {
        settle(() => reject(reviveError(message.error)));
      } else if (message.type === 'fallback') {
        // Declined (other languages files or sandbox settings): judged here, with nothing to say about it.
        settle(() => resolve({ kind: 'unavailable', reason: '' }));
      } else if (message.type === 'cancelled') {
        cancelled?.();
      }
    }));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      cancelled?.();
      settle(() => resolve({ kind: 'unavailable', reason: 'the warm helper went away' }));
    });
    function settle(finish: () => void) {
      if (settled) return;
      settled = true;
      finish();
    }
  });
  socket.write(encodeMessage({ type: 'judge', buildId: buildId(), ...request }));
  return {
    outcome,
    cancel: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, CANCEL_TIMEOUT_MS);
        cancelled = () => {
          clearTimeout(timer);
          resolve();
        };
        if (socket.destroyed) return cancelled();
        socket.write(encodeMessage({ type: 'cancel' }));
      }),
  };
}

/** `letscode warm status` and `stop`: one message, one answer (null when no helper answers there). */
export async function askHelper(message: Extract<ClientMessage, { type: 'status' | 'stop' }>, socketPath: string): Promise<HelperMessage | null> {
  const socket = await connectTo(socketPath);
  if (!socket) return null;
  return new Promise((resolve) => {
    let answer: HelperMessage | null = null;
    socket.on('data', lineReader<HelperMessage>((reply) => (answer = reply)));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(answer));
    socket.write(encodeMessage(message));
  });
}

/** A detached helper for the next command; it outlives this one, and exits when idle. */
function startHelper(): void {
  const child = spawn(process.execPath, [join(packageRoot, 'bin/letscode.js'), 'warm', 'helper'], {
    detached: true,
    stdio: 'ignore',
    cwd: homedir(),
    env: process.env,
  });
  child.on('error', () => undefined);
  child.unref();
}
