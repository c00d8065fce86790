// The submission store on Redis (submissions.ts's contract), for serve --redis and grade
// --redis: a submission becomes a BullMQ job on the judge queue, its problem a bundle
// uploaded once per problem version, and what workers write (events, results) is read
// back from Redis. Nothing here judges: `letscode worker` does, on any machine.

import { randomUUID } from 'node:crypto';
import { Queue, type Job } from 'bullmq';
import { packProblem } from '../../problem/bundle/pack.js';
import type { Problem } from '../../problem/model.js';
import { followEvents, POLL_FALLBACK_MS } from '../event-feed.js';
import { ATTEMPTS, BACKOFF_BASE_MS } from '../retry-policy.js';
import type { StoredEvent } from '../submission-events.js';
import { finalEventOf, UnknownSubmissionError, viewOf, type NewSubmission, type QueueCounts, type SubmissionOutcome, type SubmissionQueue, type SubmissionView, type Ticket } from '../submissions.js';
import { storeBundle } from './bundle-store.js';
import type { RedisHandle } from './connection.js';
import { EventLog, EventNotifications } from './event-log.js';
import { encodeSolution, INLINE_BUNDLE_BYTES, JOB_FORMAT, outcomeOfResult, type JudgeJobData, type JudgeJobResult } from './job-data.js';
import { JUDGE_QUEUE, PREFIX, RETENTION_SECONDS } from './keys.js';

/** How long a waiter sleeps without a notice before it looks at the job again. */
const RECHECK_MS = 3000;

export type JudgeJob = Job<JudgeJobData, JudgeJobResult>;

export function judgeQueue(handle: RedisHandle): JudgeQueue {
  const queue = new Queue<JudgeJobData, JudgeJobResult>(JUDGE_QUEUE, {
    connection: handle.redis,
    prefix: PREFIX,
    defaultJobOptions: {
      attempts: ATTEMPTS,
      backoff: { type: 'exponential', delay: BACKOFF_BASE_MS },
      removeOnComplete: { age: RETENTION_SECONDS },
      removeOnFail: { age: RETENTION_SECONDS },
    },
  });
  // Connection errors are the connection's to report (connection.ts), not BullMQ's console.error.
  queue.on('error', () => undefined);
  return queue;
}

export type JudgeQueue = Queue<JudgeJobData, JudgeJobResult>;

/**
 * The state of a job, with its outcome once finished. The job is read after its state, so
 * a job that finished in between is never taken for one without a result.
 */
export async function jobState(queue: JudgeQueue, id: string): Promise<{ state: string; outcome?: SubmissionOutcome } | null> {
  const state = await queue.getJobState(id);
  if (state === 'unknown') return null;
  if (state !== 'completed' && state !== 'failed') return { state };
  const job = await queue.getJob(id);
  if (!job) return null;
  if (state === 'completed') return { state, outcome: outcomeOfResult(job.returnvalue) };
  return { state, outcome: { kind: 'failed', message: job.failedReason || 'failed' } };
}

export class RedisQueue implements SubmissionQueue {
  readonly description: string;
  readonly #queue: JudgeQueue;
  readonly #log: EventLog;
  readonly #notifications: EventNotifications;
  readonly #handle: RedisHandle;
  /** Problem -> its uploaded bundle: a problem's data goes to Redis once, however many submissions. */
  readonly #bundles = new WeakMap<Problem, Promise<Pick<JudgeJobData, 'bundle' | 'inlineBundle'>>>();

  private constructor(handle: RedisHandle, notifications: EventNotifications) {
    this.#handle = handle;
    this.description = `queue in Redis at ${handle.shown}`;
    this.#queue = judgeQueue(handle);
    this.#log = new EventLog(handle.redis);
    this.#notifications = notifications;
  }

  static async open(handle: RedisHandle): Promise<RedisQueue> {
    return new RedisQueue(handle, await EventNotifications.open(handle.redis));
  }

  async submit(submissions: readonly NewSubmission[]): Promise<Ticket[]> {
    const tickets: Ticket[] = [];
    const added: Parameters<JudgeQueue['addBulk']>[0] = [];
    for (const submission of submissions) {
      const id = submission.id ?? randomUUID();
      const known = submission.id === undefined ? null : await jobState(this.#queue, id);
      if (known) {
        if (!(submission.fresh && known.outcome)) {
          tickets.push({ id, reused: true });
          continue;
        }
        await this.#queue.remove(id);
        await this.#log.reset(id);
      }
      tickets.push({ id, reused: known !== null });
      await this.#log.append(id, { type: 'queued', priority: submission.priority });
      added.push({ name: 'judge', data: await this.#jobData(submission), opts: { jobId: id, priority: submission.priority } });
    }
    if (added.length > 0) await this.#queue.addBulk(added);
    return tickets;
  }

  async view(id: string): Promise<SubmissionView | null> {
    const known = await jobState(this.#queue, id);
    return known && viewOf(id, known.outcome, known.state === 'active');
  }

  async outcome(id: string, signal?: AbortSignal): Promise<SubmissionOutcome> {
    for (;;) {
      signal?.throwIfAborted();
      const known = await jobState(this.#queue, id);
      if (!known) throw new UnknownSubmissionError(id);
      if (known.outcome) {
        // The worker writes the final event after BullMQ has the result; one killed in
        // between leaves the history without it. Written here then (once: SET NX), so a
        // follower of the events ends as this caller does.
        await this.#log.appendFinal(id, finalEventOf(known.outcome));
        return known.outcome;
      }
      await this.#notifications.wait(id, RECHECK_MS, signal);
    }
  }

  events(id: string, afterId: string | null, signal: AbortSignal): AsyncIterable<StoredEvent> {
    let lookedAtJob = 0;
    const read = async (last: string | null) => {
      const found = await this.#log.read(id, last);
      if (found.over || found.events.length > 0) return found;
      // Nothing new and no final event: the job may have finished with its worker gone
      // before writing it. The final event then comes from the job itself (written once).
      // Looked at every POLL_FALLBACK_MS, not on every empty read: a wake-up for events
      // an earlier read already took is the usual reason for one.
      if (Date.now() - lookedAtJob < POLL_FALLBACK_MS) return found;
      lookedAtJob = Date.now();
      const outcome = (await jobState(this.#queue, id))?.outcome;
      if (!outcome) return found;
      await this.#log.appendFinal(id, finalEventOf(outcome));
      return this.#log.read(id, last);
    };
    return followEvents({ read, changed: (ms, abort) => this.#notifications.wait(id, ms, abort) }, afterId, signal);
  }

  async counts(): Promise<QueueCounts> {
    const counts = await this.#queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    return { waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0), running: counts.active ?? 0, done: counts.completed ?? 0, failed: counts.failed ?? 0 };
  }

  async close(): Promise<void> {
    await this.#notifications.close();
    await this.#queue.close();
  }

  async #jobData(submission: NewSubmission): Promise<JudgeJobData> {
    const data: JudgeJobData = {
      format: JOB_FORMAT,
      ...(await this.#bundleOf(submission.problem)),
      problemName: submission.problem.name,
      language: submission.language.id,
      solution: encodeSolution(submission.solution.name, submission.solution.source),
      testsInParallel: Math.max(1, Math.min(64, submission.testsInParallel)),
    };
    if (submission.callbackUrl !== undefined) data.callbackUrl = submission.callbackUrl;
    return data;
  }

  #bundleOf(problem: Problem): Promise<Pick<JudgeJobData, 'bundle' | 'inlineBundle'>> {
    let uploaded = this.#bundles.get(problem);
    if (!uploaded) {
      uploaded = packProblem(problem).then(async (bundle) => {
        if (bundle.fileCount === 0 && bundle.bytes.length <= INLINE_BUNDLE_BYTES) return { bundle: bundle.hash, inlineBundle: bundle.bytes.toString('base64') };
        await storeBundle(this.#handle.redis, bundle);
        return { bundle: bundle.hash };
      });
      this.#bundles.set(problem, uploaded);
      uploaded.catch(() => this.#bundles.delete(problem));
    }
    return uploaded;
  }
}
