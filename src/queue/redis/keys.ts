// Every Redis key letscode uses, in one place. BullMQ keeps its queues under `letscode:`
// (its `prefix`); letscode's own keys sit beside them:
//   letscode:judge:...             the judge queue (BullMQ): jobs, their states, results
//   letscode:callbacks:...         callbackUrl deliveries (BullMQ), retried with backoff
//   letscode:bundle:<sha256>       a problem bundle: field `meta`, fields `0`, `1`, ... (gzip chunks)
//   letscode:events:<id>           a submission's events (a stream), SSE's history
//   letscode:final:<id>            set once the final event is in the stream (exactly once)
//   letscode:worker:<name>         a live worker's announcement, expiring unless refreshed
//   letscode:notify                pub/sub channel: "<id>" when a submission has a new event

export const PREFIX = 'letscode';
export const JUDGE_QUEUE = 'judge';
export const CALLBACK_QUEUE = 'callbacks';
export const NOTIFY_CHANNEL = `${PREFIX}:notify`;

export const bundleKey = (hash: string) => `${PREFIX}:bundle:${hash}`;
export const eventsKey = (id: string) => `${PREFIX}:events:${id}`;
export const finalKey = (id: string) => `${PREFIX}:final:${id}`;
export const workerKey = (name: string) => `${PREFIX}:worker:${name}`;
export const WORKER_KEY_PATTERN = `${PREFIX}:worker:*`;

/** Bundles, events and finished jobs are kept this long after their last use. */
export const RETENTION_SECONDS = 24 * 3600;
