// serve's own submission queue, for a laptop without Redis: the same contract as the Redis
// queue (submissions.ts), kept in memory. Submissions wait in priority order (then in
// arrival order), at most `concurrency` are judged at once, each through the server's
// sandbox slots, and infrastructure failures are retried with backoff as on workers. The
// last MAX_FINISHED finished submissions are kept; a restart forgets everything.

import { randomUUID } from 'node:crypto';
import { CALLBACK_ATTEMPTS, postCallback } from './callback.js';
import { followEvents } from './event-feed.js';
import { judgeAttempt, lastAttemptOutcome, type AttemptServices } from './judge-attempt.js';
import { ATTEMPTS, backoffMs } from './retry-policy.js';
import type { QueueNotice } from './notices.js';
import { isFinalEvent, type StoredEvent, type SubmissionEvent } from './submission-events.js';
import { finalEventOf, UnknownSubmissionError, viewOf, type NewSubmission, type QueueCounts, type SubmissionOutcome, type SubmissionQueue, type SubmissionView, type Ticket } from './submissions.js';

export const MAX_FINISHED = 10_000;

export interface InProcessOptions {
  /** Submissions judged at once. */
  concurrency: number;
  /** Runs a judging in the server's sandbox slots (`weight` of them), shared with /api/*. */
  runInSlots: <T>(weight: number, job: () => Promise<T>) => Promise<T>;
  judge: AttemptServices;
  /** Named in `running` events. */
  workerName: string;
  notify?: (notice: QueueNotice) => void;
  backoffBaseMs?: number;
  /** Delivers a callback (tests replace the HTTP POST). */
  deliver?: typeof postCallback;
}

interface Entry {
  id: string;
  seq: number;
  request: NewSubmission;
  events: StoredEvent[];
  running: boolean;
  outcome?: SubmissionOutcome;
  wake: Set<() => void>;
}

export class InProcessQueue implements SubmissionQueue {
  readonly description: string;
  readonly #options: InProcessOptions;
  readonly #entries = new Map<string, Entry>();
  readonly #waiting: Entry[] = [];
  #running = 0;
  #seq = 0;
  #closed = false;
  readonly #finished: string[] = [];

  constructor(options: InProcessOptions) {
    this.#options = options;
    this.description = `in-process queue, ${options.concurrency} at once`;
  }

  async submit(submissions: readonly NewSubmission[]): Promise<Ticket[]> {
    if (this.#closed) throw new Error('the queue is closed');
    const tickets = submissions.map((request) => this.#add(request));
    this.#pump();
    return tickets;
  }

  async view(id: string): Promise<SubmissionView | null> {
    const entry = this.#entries.get(id);
    return entry ? viewOf(id, entry.outcome, entry.running) : null;
  }

  async outcome(id: string, signal?: AbortSignal): Promise<SubmissionOutcome> {
    const entry = this.#known(id);
    while (!entry.outcome) {
      signal?.throwIfAborted();
      await this.#changed(entry, 60_000, signal ?? new AbortController().signal);
    }
    return entry.outcome;
  }

  events(id: string, afterId: string | null, signal: AbortSignal): AsyncIterable<StoredEvent> {
    const entry = this.#known(id);
    const after = (last: string | null) => (last === null ? 0 : entry.events.findIndex((stored) => stored.id === last) + 1);
    const over = () => entry.events.some((stored) => isFinalEvent(stored.event));
    return followEvents({ read: async (last) => ({ events: entry.events.slice(after(last)), over: over() }), changed: (ms, abort) => this.#changed(entry, ms, abort) }, afterId, signal);
  }

  async counts(): Promise<QueueCounts> {
    let done = 0;
    let failed = 0;
    for (const entry of this.#entries.values()) {
      if (entry.outcome?.kind === 'judged') done++;
      else if (entry.outcome) failed++;
    }
    return { waiting: this.#waiting.length, running: this.#running, done, failed };
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#waiting.splice(0);
  }

  #add(request: NewSubmission): Ticket {
    const known = request.id === undefined ? undefined : this.#entries.get(request.id);
    if (known && !(known.outcome && request.fresh)) return { id: known.id, reused: true };
    const entry: Entry = { id: request.id ?? randomUUID(), seq: ++this.#seq, request, events: [], running: false, wake: new Set() };
    this.#entries.set(entry.id, entry);
    this.#append(entry, { type: 'queued', priority: request.priority });
    this.#enqueue(entry);
    return { id: entry.id, reused: known !== undefined };
  }

  #enqueue(entry: Entry): void {
    const before = this.#waiting.findIndex((other) => other.request.priority > entry.request.priority || (other.request.priority === entry.request.priority && other.seq > entry.seq));
    this.#waiting.splice(before < 0 ? this.#waiting.length : before, 0, entry);
  }

  #pump(): void {
    while (!this.#closed && this.#running < this.#options.concurrency && this.#waiting.length > 0) {
      const entry = this.#waiting.shift()!;
      this.#running++;
      void this.#attempt(entry, entry.events.filter((stored) => stored.event.type === 'running').length + 1).finally(() => {
        this.#running--;
        this.#pump();
      });
    }
  }

  async #attempt(entry: Entry, attempt: number): Promise<void> {
    const { request } = entry;
    entry.running = true;
    this.#append(entry, { type: 'running', attempt, worker: this.#options.workerName, tests: request.problem.tests.length });
    const weight = Math.max(1, Math.min(request.testsInParallel, request.problem.tests.length));
    const result = await this.#options.runInSlots(weight, () => judgeAttempt(request, this.#options.judge, (event) => this.#append(entry, event)));
    entry.running = false;
    if (result.kind === 'final') return this.#finish(entry, result.outcome);
    if (attempt >= ATTEMPTS) return this.#finish(entry, lastAttemptOutcome(result, attempt));
    const delayMs = backoffMs(attempt, this.#options.backoffBaseMs);
    this.#append(entry, { type: 'retrying', attempt, error: result.error, delayMs });
    // The wait does not hold a place: others are judged meanwhile.
    setTimeout(() => {
      if (this.#closed) return;
      this.#enqueue(entry);
      this.#pump();
    }, delayMs).unref();
  }

  #finish(entry: Entry, outcome: SubmissionOutcome): void {
    entry.outcome = outcome;
    this.#append(entry, finalEventOf(outcome));
    this.#finished.push(entry.id);
    while (this.#finished.length > MAX_FINISHED) this.#entries.delete(this.#finished.shift()!);
    const url = entry.request.callbackUrl;
    if (url) void this.#callBack(entry.id, url, viewOf(entry.id, outcome, false));
  }

  async #callBack(id: string, url: string, view: SubmissionView): Promise<void> {
    const deliver = this.#options.deliver ?? postCallback;
    for (let attempt = 1; ; attempt++) {
      try {
        await deliver(url, view);
        return;
      } catch (error) {
        const final = attempt >= CALLBACK_ATTEMPTS;
        this.#options.notify?.({ type: 'callback-failed', id, error: (error as Error).message, final });
        if (final) return;
        await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt, this.#options.backoffBaseMs)).unref());
      }
    }
  }

  #append(entry: Entry, event: SubmissionEvent): void {
    if (entry.events.some((stored) => isFinalEvent(stored.event))) return;
    entry.events.push({ id: String(entry.events.length + 1), event });
    for (const wake of entry.wake) wake();
  }

  #known(id: string): Entry {
    const entry = this.#entries.get(id);
    if (!entry) throw new UnknownSubmissionError(id);
    return entry;
  }

  #changed(entry: Entry, timeoutMs: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        entry.wake.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      entry.wake.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
