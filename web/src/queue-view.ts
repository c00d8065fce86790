// The queue's load for a contest host: submissions waiting and running, and with --redis
// the workers (the data of `letscode queue`). Refreshed every few seconds.

import { h, replaceChildren } from './dom.js';
import type { QueueInfo } from './wire.js';

export function renderQueue(root: HTMLElement, queue: QueueInfo): void {
  const { counts } = queue;
  const parts = [`${counts.waiting} waiting`, `${counts.running} running`, `${counts.done} done`, ...(counts.failed ? [`${counts.failed} failed`] : [])];
  const workers = queue.workers;
  replaceChildren(root,
    h('span', { class: 'queue-counts' }, `Queue: ${parts.join(', ')}`),
    workers === undefined ? null : h('span', { class: 'queue-workers' }, workers.length === 0
      ? ' · no worker is running (start one with `letscode worker --redis URL`)'
      : ` · ${workers.length} ${workers.length === 1 ? 'worker' : 'workers'}: ${workers.map((worker) => `${worker.name} ${worker.paused ? `paused (${worker.paused})` : `${worker.running}/${worker.concurrency}`}`).join(', ')}`));
}
