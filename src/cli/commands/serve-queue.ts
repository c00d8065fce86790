// The submission queue behind serve's /v1 API: workers through Redis (--redis), or the
// server's own queue judging in this machine's sandbox, sharing its -j slots with /api/*.

import type { JudgeServices } from '../../judge/events.js';
import { InProcessQueue } from '../../queue/in-process-queue.js';
import { knownTimeLimits } from '../../queue/known-time-limits.js';
import type { QueueNotice } from '../../queue/notices.js';
import { startCallbackRelay } from '../../queue/redis/callback-relay.js';
import { connectRedis, type RedisHandle } from '../../queue/redis/connection.js';
import { RedisQueue } from '../../queue/redis/redis-queue.js';
import type { SubmissionQueue } from '../../queue/submissions.js';
import { listWorkers } from '../../queue/redis/worker-registry.js';
import type { WorkerSummary } from '../../web/page-context.js';
import type { JobQueue } from '../../server/queue.js';
import type { RedisOptions } from '../requests.js';

export interface ServeQueue {
  queue: SubmissionQueue;
  /** With Redis: the live workers, as `letscode queue` lists them (for the page's queue line). */
  workers?: () => Promise<WorkerSummary[]>;
  /** Rejects when Redis was lost for good (never, without Redis). */
  gaveUp: Promise<never>;
  close(): Promise<void>;
}

export async function redisServeQueue(redis: RedisOptions, notify: (notice: QueueNotice) => void): Promise<ServeQueue> {
  const handle: RedisHandle = await connectRedis(redis.url, { giveUpMs: redis.giveUpMs, name: 'letscode-serve', notify });
  const queue = await RedisQueue.open(handle);
  const relay = startCallbackRelay(handle, (id) => queue.view(id), notify);
  return {
    queue,
    workers: async () => (await listWorkers(handle.redis)).map(({ name, host, concurrency, running, paused }) => ({ name, host, concurrency, running, paused })),
    gaveUp: handle.gaveUp,
    close: async () => {
      await relay.close();
      await queue.close();
      await handle.close();
    },
  };
}

export function inProcessServeQueue(options: { slots: JobQueue; services: JudgeServices; notify: (notice: QueueNotice) => void }): ServeQueue {
  const { slots, services } = options;
  const queue = new InProcessQueue({
    concurrency: slots.concurrency,
    // A queued submission waits its turn however long it takes (no --queue-timeout).
    runInSlots: (weight, job) => slots.run(job, { weight, maxWaitMs: Infinity }),
    judge: { services, timed: knownTimeLimits(services, slots.concurrency) },
    workerName: 'serve',
    notify: options.notify,
  });
  return { queue, gaveUp: new Promise<never>(() => undefined), close: () => queue.close() };
}
