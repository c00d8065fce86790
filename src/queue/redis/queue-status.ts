// What `letscode queue` shows: the live workers (worker-registry.ts), how many submissions
// wait, run, finished and failed, and how many finished per minute lately (BullMQ's
// metrics, kept per minute by the workers).

import { Queue } from 'bullmq';
import type { RedisHandle } from './connection.js';
import { JUDGE_QUEUE, PREFIX } from './keys.js';
import { finishedPerMinute } from './minute-counts.js';
import { listWorkers, type WorkerInfo } from './worker-registry.js';

export interface QueueStatus {
  redis: string;
  workers: WorkerInfo[];
  counts: { waiting: number; prioritized: number; delayed: number; active: number; completed: number; failed: number };
  /** Finished submissions per minute, averaged over the last 1, 15 and 60 minutes (minute-counts.ts). */
  throughput: { lastMinute: number; last15Minutes: number; lastHour: number };
}

export async function readQueueStatus(handle: RedisHandle): Promise<QueueStatus> {
  const queue = new Queue(JUDGE_QUEUE, { connection: handle.redis, prefix: PREFIX, skipMetasUpdate: true });
  queue.on('error', () => undefined);
  try {
    const [workers, counts, completed, failed] = await Promise.all([
      listWorkers(handle.redis),
      queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed'),
      queue.getMetrics('completed', 0, 60),
      queue.getMetrics('failed', 0, 60),
    ]);
    // Finished is finished, whichever way: both count toward throughput.
    const now = Date.now();
    const perMinute = (minutes: number) => finishedPerMinute([completed, failed], now, minutes);
    return {
      redis: handle.shown,
      workers,
      counts: {
        waiting: counts.waiting ?? 0,
        prioritized: counts.prioritized ?? 0,
        delayed: counts.delayed ?? 0,
        active: counts.active ?? 0,
        completed: counts.completed ?? 0,
        failed: counts.failed ?? 0,
      },
      throughput: { lastMinute: perMinute(1), last15Minutes: perMinute(15), lastHour: perMinute(60) },
    };
  } finally {
    await queue.close();
  }
}
