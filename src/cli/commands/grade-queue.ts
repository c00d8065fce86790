// grade --redis: the JudgeFunction that queues each submission for the workers and waits
// for its result (src/queue/queue-judge.ts). Redis is connected on the first submission
// that needs judging, like Docker is without --redis: an unreachable Redis stops the run
// there (exit 3), as does one lost for longer than --redis-timeout, with the reports
// written from what was stored.

import { setMaxListeners } from 'node:events';
import type { QueueNotice } from '../../queue/notices.js';
import { createQueueJudge } from '../../queue/queue-judge.js';
import { connectRedis, type RedisHandle } from '../../queue/redis/connection.js';
import { RedisQueue } from '../../queue/redis/redis-queue.js';
import type { JudgeFunction } from '../../grade/judge-function.js';
import type { RedisOptions } from '../requests.js';
import type { GradeJudgeBackend } from './grade-judge.js';

export function createQueueGradeJudge(redis: RedisOptions, options: { testsInParallel: number; notify: (notice: QueueNotice) => void }): GradeJudgeBackend {
  const waiting = new AbortController();
  // Every submission in flight waits on this one signal.
  setMaxListeners(0, waiting.signal);
  let connected: Promise<{ handle: RedisHandle; queue: RedisQueue; judge: JudgeFunction }> | undefined;
  const connect = () =>
    (connected ??= (async () => {
      const handle = await connectRedis(redis.url, { giveUpMs: redis.giveUpMs, name: 'letscode-grade', notify: options.notify });
      const queue = await RedisQueue.open(handle);
      return { handle, queue, judge: createQueueJudge(queue, { testsInParallel: options.testsInParallel, signal: waiting.signal }) };
    })());
  return {
    judge: async (job) => {
      const { handle, judge } = await connect();
      return Promise.race([judge(job), handle.gaveUp]);
    },
    // The jobs stay queued: the workers judge them, and the next grade run takes their results.
    interrupt: async () => waiting.abort(new Error('interrupted')),
    shutdown: async () => {
      const ready = await connected?.catch(() => undefined);
      await ready?.queue.close();
      await ready?.handle.close();
    },
  };
}
