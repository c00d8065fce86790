// `letscode queue`: the workers, the queue's counts and its throughput, as a table for
// people or one JSON document (--json).

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { QueueStatus } from '../queue/redis/queue-status.js';
import { plural } from '../common/format-units.js';
import { sanitize } from './format.js';

export function renderQueueStatus(status: QueueStatus, chalk: ChalkInstance): string[] {
  const lines = [`Queue in Redis at ${status.redis}`, ''];
  if (status.workers.length === 0) {
    lines.push(chalk.yellow('No worker is running: start one with `letscode worker --redis URL` on a machine with Docker.'));
  } else {
    const table = new Table({
      head: ['worker', 'host', '-j', 'running', 'judged', 'since', 'images built for'].map((head) => chalk.bold(head)),
      colAligns: ['left', 'left', 'right', 'right', 'right', 'left', 'left'],
      style: { head: [], border: [], compact: true },
    });
    for (const worker of status.workers) {
      const state = worker.paused ? chalk.yellow(`paused: ${sanitize(worker.paused)}`) : String(worker.running);
      table.push([sanitize(worker.name), sanitize(worker.host), String(worker.concurrency), state, String(worker.judged), worker.startedAt.slice(0, 19).replace('T', ' '), worker.languages.join(' ')]);
    }
    lines.push(...table.toString().split('\n'));
  }
  const { counts, throughput } = status;
  lines.push('');
  lines.push(`Submissions: ${counts.waiting + counts.prioritized} waiting, ${counts.delayed} waiting to be tried again, ${counts.active} running, ${counts.completed} done, ${counts.failed} failed (finished ones are kept 24 h)`);
  lines.push(`Finished per minute: ${throughput.lastMinute} in the last minute, ${throughput.last15Minutes} over 15 minutes, ${throughput.lastHour} over the hour`);
  lines.push(chalk.dim(`${plural(status.workers.length, 'worker')}, ${status.workers.reduce((sum, worker) => sum + worker.concurrency, 0)} jobs at once in all`));
  return lines;
}
