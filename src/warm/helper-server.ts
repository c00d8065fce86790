// The warm helper: a per-user background process, started by the first `letscode judge`,
// that judges on later commands' behalf with everything already warm: modules loaded, the
// Docker connection open, spare boxes started, boxes of the last programs kept (emptied
// before another program gets one). It listens on a socket only its user can open, named
// after its build, and exits (removing every box) after idleMs without a command.

import { chmod, mkdir, rm } from 'node:fs/promises';
import { connect, createServer, type Socket } from 'node:net';
import { dirname } from 'node:path';
import { openDockerServices } from '../execution/docker-services.js';
import type { WarmBoxes } from '../execution/warm-boxes.js';
import type { JudgeEvent } from '../judge/events.js';
import type { JudgeReport } from '../judge/judge-report.js';
import { loadJudgeJob } from '../judge/judge-job.js';
import { judgeProblem } from '../judge/judge-problem.js';
import { describeError } from './error-transport.js';
import { encodeMessage, lineReader, type ClientMessage, type HelperMessage, type JudgeRequestMessage, type QuickJudgeMessage } from './protocol.js';
import { RequestBoxes } from './request-boxes.js';

export interface HelperOptions {
  socketPath: string;
  buildId: string;
  /** Exit after this long without a command; boxes never outlive it. */
  idleMs: number;
  /** Resolves when the helper should stop (SIGTERM, Ctrl-C in a terminal that runs it). */
  stop: Promise<unknown>;
  /** The languages files and sandbox settings the helper started with (the CLI's judgingStamp): it declines commands with others. */
  judgingStamp: string;
  /** Parses, judges and prints a whole `letscode judge` command line (the CLI's side of it). */
  quickJudge?: QuickJudgeHandler;
}

/** A judge request as the helper runs it: the job, with this helper's boxes and modules. */
export type JudgeInHelper = (request: Omit<JudgeRequestMessage, 'type' | 'buildId' | 'judgingStamp'>, emit: (event: JudgeEvent) => void) => Promise<JudgeReport>;

export type QuickJudgeOutcome = { kind: 'exit'; code: number } | { kind: 'fallback'; reason: string };

/**
 * The CLI's handling of a quick-judge command line: `print` writes to the command's
 * terminal, `judge` judges here. 'fallback' only before anything was printed.
 */
export type QuickJudgeHandler = (
  message: QuickJudgeMessage,
  print: (stream: 'stdout' | 'stderr', text: string) => void,
  judge: JudgeInHelper,
) => Promise<QuickJudgeOutcome>;

/** Resolves when the helper has shut down (idle, `letscode warm stop`, SIGTERM). */
export async function runWarmHelper(options: HelperOptions): Promise<void> {
  const listeners = new Set<(event: JudgeEvent) => void>();
  // Image builds are shared: whoever is waiting hears about them.
  const services = await openDockerServices<JudgeEvent>((event) => listeners.forEach((listener) => listener(event)), {
    warmBoxes: { sparesPerKind: 1, maxIdle: 8, kinds: 6, idleMs: options.idleMs },
    owner: { namePrefix: 'letscode-warm' },
  });
  const warm = services.boxes as WarmBoxes;
  const started = Date.now();
  let active = 0;
  let served = 0;
  let lastActivity = Date.now();
  let stopping: (() => void) | null = null;
  const stopped = new Promise<void>((resolve) => (stopping = resolve));
  const stopRequests: Socket[] = [];

  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    // The CLI went away or was interrupted: the boxes of its command go, not back to the pool.
    const boxes = new RequestBoxes(warm);
    const cancel = () => void boxes.cancel().then(() => reply(socket, { type: 'cancelled' }, true));
    socket.once('close', cancel);
    socket.on('data', lineReader<ClientMessage>((message) => {
      if (message.type === 'cancel') cancel();
      else void handle(message, socket, boxes).finally(() => socket.off('close', cancel));
    }));
  });
  const handle = async (message: ClientMessage, socket: Socket, boxes: RequestBoxes) => {
    if (message.type === 'status') return reply(socket, { type: 'status', pid: process.pid, buildId: options.buildId, uptimeMs: Date.now() - started, idleMs: active > 0 ? 0 : Date.now() - lastActivity, requests: served }, true);
    if (message.type === 'stop') {
      // Answered once every box is removed, so `letscode warm stop` can say so.
      stopRequests.push(socket);
      return stopping?.();
    }
    if (message.type !== 'judge' && message.type !== 'quick-judge') return;
    if (message.buildId !== options.buildId) return reply(socket, { type: 'fallback', reason: `warm helper ${options.buildId} got a request of build ${message.buildId}` }, true);
    active++;
    try {
      if (message.type === 'judge') await judgeFor(message, socket, boxes);
      else await quickJudgeFor(message, socket, boxes);
    } finally {
      active--;
      lastActivity = Date.now();
    }
  };
  const judgeWith =
    (boxes: RequestBoxes): JudgeInHelper =>
    async (request, emit) => {
      listeners.add(emit);
      served++;
      try {
        const job = await loadJudgeJob(request.job, request.cwd);
        return await judgeProblem({ ...job, jobs: request.jobs }, { ...services, boxes, compileCache: request.compileCache ? services.compileCache : null, emit });
      } finally {
        listeners.delete(emit);
      }
    };
  const judgeFor = async (request: JudgeRequestMessage, socket: Socket, boxes: RequestBoxes) => {
    // Other languages files or sandbox settings than the helper's: the command judges in its own process.
    if (request.judgingStamp !== options.judgingStamp) return reply(socket, { type: 'fallback', reason: 'other languages files or sandbox settings' }, true);
    try {
      await judgeWith(boxes)(request, (event) => reply(socket, { type: 'event', event }, false));
      reply(socket, { type: 'done' }, true);
    } catch (error) {
      reply(socket, { type: 'error', error: describeError(error) }, true);
    }
  };
  const quickJudgeFor = async (message: QuickJudgeMessage, socket: Socket, boxes: RequestBoxes) => {
    if (!options.quickJudge) return reply(socket, { type: 'fallback', reason: 'this helper judges parsed requests only' }, true);
    const outcome = await options.quickJudge(message, (stream, text) => reply(socket, { type: 'output', stream, text }, false), judgeWith(boxes)).catch(
      (error: unknown): QuickJudgeOutcome => ({ kind: 'fallback', reason: `the helper failed: ${describeError(error).message}` }),
    );
    reply(socket, outcome.kind === 'exit' ? { type: 'exit', code: outcome.code } : { type: 'fallback', reason: outcome.reason }, true);
  };

  if (!(await listenPrivately(server, options.socketPath))) {
    // Another helper of this build got there first (two commands started one at once).
    await services.shutdown();
    return;
  }
  const idleCheck = setInterval(() => {
    if (active === 0 && Date.now() - lastActivity >= options.idleMs) stopping?.();
  }, Math.min(1000, options.idleMs));
  void options.stop.then(() => stopping?.());
  await stopped;
  clearInterval(idleCheck);
  server.close();
  await rm(options.socketPath, { force: true });
  await services.shutdown();
  for (const socket of stopRequests) reply(socket, { type: 'cancelled' }, true);
}

function reply(socket: Socket, message: HelperMessage, end: boolean): void {
  if (socket.destroyed || !socket.writable) return;
  if (end) socket.end(encodeMessage(message));
  else socket.write(encodeMessage(message));
}

/**
 * A folder only this user can enter, and a socket only this user can open. False when a
 * live helper already listens there; a socket file left by a helper that died is replaced.
 */
async function listenPrivately(server: ReturnType<typeof createServer>, socketPath: string): Promise<boolean> {
  await mkdir(dirname(socketPath), { recursive: true, mode: 0o700 });
  await chmod(dirname(socketPath), 0o700);
  if (await answers(socketPath)) return false;
  await rm(socketPath, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  await chmod(socketPath, 0o600);
  return true;
}

function answers(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(socketPath);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}
