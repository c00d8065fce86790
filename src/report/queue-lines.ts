// The lines every command on a queue prints about it (serve, worker, grade): the Redis
// connection lost and back, a callback that could not be delivered.

import type { QueueNotice } from '../queue/notices.js';
import { formatMs } from '../common/format-units.js';
import { sanitize } from './format.js';

export function queueNoticeLine(notice: QueueNotice): string {
  switch (notice.type) {
    case 'redis-lost':
      return `Redis at ${notice.url}: connection lost (${notice.reason}); waiting for it and reconnecting (giving up after ${formatMs(notice.giveUpMs)})`;
    case 'redis-back':
      return `Redis at ${notice.url}: reconnected after ${formatMs(notice.downMs)}`;
    case 'callback-failed':
      return `submission ${notice.id}: ${sanitize(notice.error)}${notice.final ? ' (no attempt left)' : ' (will try again)'}`;
  }
}
