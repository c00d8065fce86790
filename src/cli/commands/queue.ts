// `letscode queue --redis URL`: the workers, how many submissions wait, run, finished and
// failed, and how many finish per minute.

import { ExitCode } from '../../errors.js';
import { connectRedis } from '../../queue/redis/connection.js';
import { readQueueStatus } from '../../queue/redis/queue-status.js';
import { createTerminal } from '../../report/index.js';
import { renderQueueStatus } from '../../report/queue-status.js';
import type { CommandRequest } from '../requests.js';

export async function queueCommand(request: Extract<CommandRequest, { command: 'queue' }>): Promise<number> {
  const { options } = request;
  const terminal = createTerminal();
  const handle = await connectRedis(options.redis.url, { giveUpMs: options.redis.giveUpMs, name: 'letscode-queue' });
  try {
    const status = await Promise.race([readQueueStatus(handle), handle.gaveUp]);
    if (options.json) terminal.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    else terminal.stdout.write(`${renderQueueStatus(status, terminal.chalk).join('\n')}\n`);
    return ExitCode.allAccepted;
  } finally {
    await handle.close();
  }
}
