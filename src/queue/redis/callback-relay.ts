// callbackUrl deliveries with Redis: a worker that finishes a submission with a callbackUrl
// adds a job to the callbacks queue; every serve --redis takes those jobs and POSTs the
// submission (as GET /v1/submissions/:id shows it), BullMQ retrying a failed delivery with
// exponential backoff. Judge machines thus never call out to the network, and a callback
// survives the restart of the server that took the submission (it waits for any serve).

import { Worker } from 'bullmq';
import { z } from 'zod';
import { postCallback } from '../callback.js';
import type { QueueNotice } from '../notices.js';
import type { SubmissionView } from '../submissions.js';
import type { RedisHandle } from './connection.js';
import { CALLBACK_QUEUE, PREFIX } from './keys.js';

const deliverySchema = z.strictObject({ id: z.string(), url: z.string() });

export function startCallbackRelay(handle: RedisHandle, view: (id: string) => Promise<SubmissionView | null>, notify: (notice: QueueNotice) => void): Worker {
  const worker = new Worker(
    CALLBACK_QUEUE,
    async (job) => {
      const delivery = deliverySchema.parse(job.data);
      const submission = await view(delivery.id);
      if (!submission) return;
      await postCallback(delivery.url, submission);
    },
    { connection: handle.redis, prefix: PREFIX, concurrency: 8 },
  );
  worker.on('error', () => undefined);
  worker.on('failed', (job, error) => {
    const id = (job?.data as { id?: string } | undefined)?.id ?? '?';
    notify({ type: 'callback-failed', id, error: error.message, final: job?.finishedOn !== undefined });
  });
  return worker;
}
