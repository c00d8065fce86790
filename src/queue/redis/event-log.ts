// A submission's events in Redis: a stream per submission (letscode:events:<id>), written
// by the worker judging it, read by whoever follows it (serve's SSE, grade). Every write
// also publishes the submission's id on letscode:notify, so readers wake at once; readers
// look again every few seconds anyway, so a notice lost in a reconnect only delays them.
// The final event (done or failed) is written exactly once, whoever writes it first: the
// worker that finished the job, or a reader that finds the job finished without one (the
// worker died in between).

import type { Redis } from 'ioredis';
import type { StoredEvent, SubmissionEvent } from '../submission-events.js';
import { eventsKey, finalKey, NOTIFY_CHANNEL, RETENTION_SECONDS } from './keys.js';

const APPEND_FINAL = `
if redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[2]) then
  redis.call('XADD', KEYS[1], '*', 'e', ARGV[1])
  redis.call('EXPIRE', KEYS[1], ARGV[2])
  redis.call('PUBLISH', KEYS[3], ARGV[3])
  return 1
end
return 0`;

// One command each, not MULTI/EXEC around three or two: a submission's events are written
// and read a handful of times each, by every worker and serve, so the round trips count.
const APPEND = `
redis.call('XADD', KEYS[1], '*', 'e', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('PUBLISH', KEYS[2], ARGV[3])
return 1`;

const READ = `return {redis.call('XRANGE', KEYS[1], ARGV[1], '+'), redis.call('EXISTS', KEYS[2])}`;

type StreamEntries = [string, string[]][];

type WithScripts = Redis & {
  letscodeAppendFinal(events: string, final: string, channel: string, event: string, ttl: number, id: string): Promise<number>;
  letscodeAppend(events: string, channel: string, event: string, ttl: number, id: string): Promise<number>;
  letscodeRead(events: string, final: string, start: string): Promise<[StreamEntries, number]>;
};

const STREAM_ID = /^\d+-\d+$/;

export class EventLog {
  readonly #redis: WithScripts;

  constructor(redis: Redis) {
    if (!('letscodeAppendFinal' in redis)) {
      redis.defineCommand('letscodeAppendFinal', { numberOfKeys: 3, lua: APPEND_FINAL });
      redis.defineCommand('letscodeAppend', { numberOfKeys: 2, lua: APPEND });
      redis.defineCommand('letscodeRead', { numberOfKeys: 2, lua: READ });
    }
    this.#redis = redis as WithScripts;
  }

  async append(id: string, event: SubmissionEvent): Promise<void> {
    await this.#redis.letscodeAppend(eventsKey(id), NOTIFY_CHANNEL, JSON.stringify(event), RETENTION_SECONDS, id);
  }

  /** Appends the final event unless one is there already; true when this call wrote it. */
  async appendFinal(id: string, event: SubmissionEvent): Promise<boolean> {
    return (await this.#redis.letscodeAppendFinal(eventsKey(id), finalKey(id), NOTIFY_CHANNEL, JSON.stringify(event), RETENTION_SECONDS, id)) === 1;
  }

  /** The events after `afterId` (a stream id; anything else reads from the start), and whether the final one is written. */
  async read(id: string, afterId: string | null): Promise<{ events: StoredEvent[]; over: boolean }> {
    const start = afterId !== null && STREAM_ID.test(afterId) ? `(${afterId}` : '-';
    const [entries, final] = await this.#redis.letscodeRead(eventsKey(id), finalKey(id), start);
    const events = entries.map(([streamId, fields]) => ({ id: streamId, event: JSON.parse(fields[1] ?? 'null') as SubmissionEvent }));
    return { events, over: final === 1 };
  }

  /** Forgets the history (a submission judged afresh under the same id). */
  async reset(id: string): Promise<void> {
    await this.#redis.del(eventsKey(id), finalKey(id));
  }
}

/** One subscriber connection for a process's readers: wakes whoever waits for a submission's next event. */
export class EventNotifications {
  readonly #subscriber: Redis;
  readonly #waiting = new Map<string, Set<() => void>>();

  private constructor(subscriber: Redis) {
    this.#subscriber = subscriber;
    subscriber.on('message', (_channel: string, id: string) => {
      for (const wake of this.#waiting.get(id) ?? []) wake();
    });
  }

  static async open(redis: Redis): Promise<EventNotifications> {
    const subscriber = redis.duplicate();
    subscriber.on('error', () => undefined);
    await subscriber.subscribe(NOTIFY_CHANNEL);
    return new EventNotifications(subscriber);
  }

  /** Resolves on the submission's next notice, after `timeoutMs`, or when `signal` aborts. */
  wait(id: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const wakers = this.#waiting.get(id) ?? new Set<() => void>();
      this.#waiting.set(id, wakers);
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        wakers.delete(done);
        if (wakers.size === 0) this.#waiting.delete(id);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal?.addEventListener('abort', done, { once: true });
      wakers.add(done);
    });
  }

  async close(): Promise<void> {
    this.#subscriber.disconnect();
  }
}
