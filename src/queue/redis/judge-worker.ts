// `letscode worker`'s engine: a BullMQ worker on the judge queue. Each job is validated
// (job-data.ts), its problem bundle fetched once and cached (bundle-cache.ts), and judged
// like `letscode judge` (judge-attempt.ts), with every compile and test event written to
// the submission's history as it happens and the job's progress updated. A verdict is the
// job's result; an infrastructure failure is thrown for BullMQ to retry (with backoff, on
// any worker), and when Docker stops answering this worker takes no jobs until it answers
// again. A malformed job fails at once (UnrecoverableError: never retried).

import { MetricsTime, Queue, UnrecoverableError, Worker } from 'bullmq';
import { findLanguage, languages } from '../../languages/registry.js';
import type { BundleCache } from '../bundle-cache.js';
import { CALLBACK_ATTEMPTS } from '../callback.js';
import { classifyFailure, judgeAttempt, type AttemptResult, type AttemptServices } from '../judge-attempt.js';
import { backoffMs, BACKOFF_BASE_MS } from '../retry-policy.js';
import type { SubmissionEvent } from '../submission-events.js';
import { finalEventOf } from '../submissions.js';
import type { WorkerEvent } from '../worker-events.js';
import { refreshBundle } from './bundle-store.js';
import type { RedisHandle } from './connection.js';
import { EventLog } from './event-log.js';
import { decodeSolution, describeJobIssue, judgeJobSchema, outcomeOfResult, type JudgeJobData, type JudgeJobResult } from './job-data.js';
import { CALLBACK_QUEUE, JUDGE_QUEUE, PREFIX } from './keys.js';
import type { JudgeJob } from './redis-queue.js';
import { registerWorker } from './worker-registry.js';

/** A job whose worker stops renewing its lock for this long is given to another worker. */
export const LOCK_MS = 15_000;
/** How often each worker looks for such jobs. */
export const STALLED_CHECK_MS = 5000;
const DOCKER_RECHECK_MS = 2000;
/** A job's progress is written at most this often (and after its last test). */
const PROGRESS_MS = 200;

export interface WorkerSetup {
  handle: RedisHandle;
  name: string;
  host: string;
  /** Jobs judged at once. */
  concurrency: number;
  judge: AttemptServices;
  /** Throws when the Docker engine does not answer. */
  pingDocker: () => Promise<void>;
  /** When Docker answers again: removes the containers the outage left behind. */
  cleanUpAfterDocker?: () => Promise<void>;
  bundles: BundleCache;
  /** Languages whose images are built here, for the announcement. */
  languages: readonly string[];
  emit: (event: WorkerEvent) => void;
}

export interface RunningWorker {
  /** Takes no more jobs, lets the running ones finish, and leaves the worker list. */
  stop(): Promise<void>;
  /** Redis is gone for good: drops everything (the running jobs go to other workers once it is back). */
  abandon(): void;
  /** How many are being judged now. */
  running(): number;
  judged(): number;
}

export async function startJudgeWorker(setup: WorkerSetup): Promise<RunningWorker> {
  const { handle, emit } = setup;
  const log = new EventLog(handle.redis);
  const callbacks = new Queue(CALLBACK_QUEUE, { connection: handle.redis, prefix: PREFIX });
  callbacks.on('error', () => undefined);
  const registration = await registerWorker(handle.redis, { name: setup.name, host: setup.host, pid: process.pid, concurrency: setup.concurrency, languages: [...setup.languages] });
  const counters = { running: 0, judged: 0, paused: null as string | null };
  const report = () => registration.update({ running: counters.running, judged: counters.judged, paused: counters.paused });

  const docker = dockerWatch(setup, () => worker, (paused) => {
    counters.paused = paused;
    report();
  });
  const processor = async (job: JudgeJob): Promise<JudgeJobResult> => {
    counters.running++;
    report();
    try {
      return await processJob(job, setup, log, () => docker.check());
    } finally {
      counters.running--;
      report();
    }
  };
  const worker = new Worker<JudgeJobData, JudgeJobResult>(JUDGE_QUEUE, processor, {
    connection: handle.redis,
    prefix: PREFIX,
    name: setup.name,
    concurrency: setup.concurrency,
    lockDuration: LOCK_MS,
    stalledInterval: STALLED_CHECK_MS,
    // A job whose worker died twice is not worth a third machine.
    maxStalledCount: 2,
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  });
  worker.on('error', () => undefined);
  worker.on('completed', (job, result) => {
    // Counted once BullMQ has completed the job, after the processor's last report: say it.
    counters.judged++;
    report();
    const outcome = outcomeOfResult(result);
    if (outcome.kind === 'judged') emit({ type: 'job-done', id: job.id!, verdict: outcome.report.verdict, ms: Date.now() - (job.processedOn ?? Date.now()) });
    else emit({ type: 'job-failed', id: job.id!, error: outcome.kind === 'refused' ? outcome.message : 'no result', final: true });
    void finish(job, finalEventOf(outcome));
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    if (job.finishedOn === undefined) {
      emit({ type: 'job-retry', id: job.id!, error: error.message, attempt: job.attemptsMade });
      return;
    }
    emit({ type: 'job-failed', id: job.id!, error: error.message, final: true });
    void finish(job, { type: 'failed', error: error.message });
  });
  /** The final event (once, whoever writes it first), then the callback, if one was asked for. */
  const finish = async (job: JudgeJob, event: SubmissionEvent) => {
    await log.appendFinal(job.id!, event).catch(() => undefined);
    const url = (job.data as Partial<JudgeJobData>).callbackUrl;
    if (typeof url === 'string') {
      await callbacks.add('deliver', { id: job.id!, url }, { jobId: `cb-${job.id!}`, attempts: CALLBACK_ATTEMPTS, backoff: { type: 'exponential', delay: BACKOFF_BASE_MS }, removeOnComplete: true, removeOnFail: { age: 24 * 3600 } }).catch(() => undefined);
    }
  };
  await worker.waitUntilReady();
  emit({ type: 'worker-ready', name: setup.name, host: setup.host, concurrency: setup.concurrency, languages: setup.languages, redis: handle.shown });
  return {
    stop: async () => {
      emit({ type: 'worker-stopping', running: counters.running });
      docker.stop();
      await worker.close();
      await callbacks.close();
      await registration.remove();
      emit({ type: 'worker-stopped', judged: counters.judged });
    },
    abandon: () => {
      docker.stop();
      registration.abandon();
      void worker.close(true).catch(() => undefined);
      void callbacks.disconnect().catch(() => undefined);
    },
    running: () => counters.running,
    judged: () => counters.judged,
  };
}

async function processJob(job: JudgeJob, setup: WorkerSetup, log: EventLog, dockerFailed: () => Promise<void>): Promise<JudgeJobResult> {
  const id = job.id!;
  const parsed = judgeJobSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`malformed job ${id}: ${describeJobIssue(parsed.error)}`);
  const data = parsed.data;
  const language = findLanguage(languages, data.language);
  if (!language) throw new UnrecoverableError(`job ${id}: unknown language "${data.language}" (this worker knows ${languages.all.map((each) => each.id).join(', ')})`);
  const attempt = Math.max(1, job.attemptsStarted);
  setup.emit({ type: 'job-start', id, problem: data.problemName, language: language.id, attempt });
  const result = await (async (): Promise<AttemptResult> => {
    try {
      const problem = data.inlineBundle === undefined
        ? await refreshBundle(setup.handle.redis, data.bundle).then(() => setup.bundles.problem(data.bundle))
        : await setup.bundles.inlineProblem(data.bundle, Buffer.from(data.inlineBundle, 'base64'));
      await log.append(id, { type: 'running', attempt, worker: setup.name, tests: problem.tests.length });
      // Events are sent as they happen, on the one connection BullMQ shares, so they land
      // in order without waiting for each other; the job waits for all of them at the end.
      const written: Promise<unknown>[] = [];
      let testsDone = 0;
      let progressAt = 0;
      const record = (event: SubmissionEvent) => {
        written.push(log.append(id, event).catch(() => undefined));
        if (event.type !== 'test') return;
        testsDone++;
        // The job's progress (for `letscode queue` and BullMQ's tools) at most every
        // PROGRESS_MS: the event stream has every test already.
        if (Date.now() - progressAt < PROGRESS_MS && testsDone < problem.tests.length) return;
        progressAt = Date.now();
        written.push(job.updateProgress({ tests: problem.tests.length, done: testsDone }).catch(() => undefined));
      };
      const testsInParallel = Math.min(data.testsInParallel, setup.concurrency);
      const judged = await judgeAttempt({ problem, language, solution: decodeSolution(data.solution), testsInParallel }, setup.judge, record);
      await Promise.all(written);
      return judged;
    } catch (error) {
      // Fetching or unpacking the problem: a damaged bundle is final, Redis or the disk failing is not.
      return classifyFailure(error);
    }
  })();
  if (result.kind === 'final') {
    const { outcome } = result;
    if (outcome.kind === 'failed') throw new UnrecoverableError(outcome.message);
    return outcome;
  }
  const attempts = job.opts.attempts ?? 1;
  if (job.attemptsMade + 1 >= attempts) {
    // The last attempt: a judge error's report is the result (JE), anything else a failure.
    if (result.report) return { kind: 'judged', ...result.report };
    throw new UnrecoverableError(`${result.error} (after ${attempts} attempts)`);
  }
  await log.append(id, { type: 'retrying', attempt, error: result.error, delayMs: backoffMs(job.attemptsMade + 1) }).catch(() => undefined);
  // Before the job goes back: a worker without Docker pauses first, so it does not take the next job only to fail it too.
  await dockerFailed();
  throw new Error(result.error);
}

/**
 * After a failure: is Docker still there? If not, this worker is paused (check() resolves
 * once it is) and takes no jobs until Docker answers again, looked at every few seconds.
 */
function dockerWatch(setup: WorkerSetup, worker: () => Worker, onPaused: (reason: string | null) => void) {
  let lost: Promise<void> | null = null;
  let stopped = false;
  const waitForDocker = async () => {
    while (!stopped) {
      await new Promise((resolve) => setTimeout(resolve, DOCKER_RECHECK_MS));
      if (await setup.pingDocker().then(() => true, () => false)) break;
    }
    if (stopped) return;
    await setup.cleanUpAfterDocker?.().catch(() => undefined);
    worker().resume();
    onPaused(null);
    setup.emit({ type: 'docker-back' });
    lost = null;
  };
  return {
    check: async (): Promise<void> => {
      if (lost || stopped) return lost ?? undefined;
      try {
        await setup.pingDocker();
      } catch (error) {
        if (lost) return lost;
        const reason = (error as Error).message;
        setup.emit({ type: 'docker-lost', reason });
        onPaused(`Docker: ${reason}`);
        lost = worker().pause(true);
        await lost;
        void waitForDocker();
      }
    },
    stop: () => {
      stopped = true;
    },
  };
}
