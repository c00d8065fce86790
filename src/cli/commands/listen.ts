// `letscode listen`: receives problems from the Competitive Companion browser extension
// and writes a problem folder for each under --dir, ready for `letscode judge`. Runs until
// Ctrl-C (exit 0), or with --once until one problem (or one contest's batch) has arrived.

import { resolve } from 'node:path';
import { ExitCode } from '../../errors.js';
import { registerReceiver, type Received } from '../../listen/receiver.js';
import { createTerminal } from '../../report/index.js';
import { receivedLines } from '../../report/listen-report.js';
import { checkOutputFolder } from '../../report/output-file.js';
import { ServerLog } from '../../report/server-log.js';
import { startHttpServer } from '../../server/http-server.js';
import type { CommandRequest } from '../requests.js';
import { stopGracefullyOnInterrupt } from '../interruption.js';

/** A problem is a few KiB; a contest's worth of samples in one request is still far below this. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export async function listenCommand(request: Extract<CommandRequest, { command: 'listen' }>): Promise<number> {
  const { options } = request;
  const root = resolve(options.dir);
  await checkOutputFolder({ option: '--dir', path: options.dir, example: 'contest/' });
  const terminal = createTerminal();
  const log = new ServerLog(terminal);
  const stop = stopGracefullyOnInterrupt();
  /** Batch id -> names of the problems received from it (a problem sent twice counts once). */
  const batches = new Map<string, Set<string>>();
  let resolveDone!: () => void;
  const done = new Promise<void>((resolvePromise) => (resolveDone = resolvePromise));
  const onReceived = ({ task, result }: Received) => {
    const batch = task.batch ?? { id: '', size: 1 };
    const names = batches.get(batch.id) ?? new Set<string>();
    batches.set(batch.id, names.add(task.name));
    for (const line of receivedLines({ task, result }, { index: names.size, size: batch.size })) log.line(line);
    if (options.once && names.size >= batch.size) resolveDone();
  };
  try {
    const server = await startHttpServer({
      host: options.host,
      port: options.port,
      maxBodyBytes: MAX_BODY_BYTES,
      // Received problems have their own lines; other requests are worth one only when refused.
      onRequest: (line) => {
        if (line.status >= 400 && line.status !== 409) log.request(line);
      },
      onInternalError: (error) => log.internalError(error),
    }, (app) => registerReceiver(app, { root, force: options.force }, onReceived));
    log.listening('listen', server.url, `writing problems to ${root}${options.once ? ', exits after one' : ''}`);
    await Promise.race([stop.stopped, done]);
    await server.close();
    return ExitCode.allAccepted;
  } finally {
    stop.dispose();
  }
}
