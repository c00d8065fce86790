// `letscode serve`: the local HTTP API (src/server/) over one set of sandbox services for
// the server's lifetime. Ctrl-C or SIGTERM stops accepting, turns away waiting requests,
// removes every container (runs in flight end as judge errors) and exits 0.

import { ExitCode } from '../../errors.js';
import { imageStatuses } from '../../images/image-status.js';
import { createTerminal } from '../../report/index.js';
import { ServerLog } from '../../report/server-log.js';
import type { ApiContext } from '../../server/api-context.js';
import { registerApiRoutes } from '../../server/api-routes.js';
import { isLoopback, startHttpServer } from '../../server/http-server.js';
import { JobQueue } from '../../server/queue.js';
import { WarmBoxes } from '../../server/warm-boxes.js';
import type { CommandRequest } from '../requests.js';
import { createDockerServices } from '../services.js';
import { stopGracefullyOnInterrupt } from '../interruption.js';
import { defaultJobs } from '../arguments.js';

export async function serveCommand(request: Extract<CommandRequest, { command: 'serve' }>): Promise<number> {
  const { options } = request;
  const log = new ServerLog(createTerminal());
  const services = await createDockerServices((event) => log.onEvent(event), { compileCache: options.cache });
  const jobs = options.jobs ?? defaultJobs();
  const queue = new JobQueue({ concurrency: jobs, maxWaitMs: options.queueTimeoutMs });
  // Spare boxes started ahead of time, and boxes kept for the next run of the same program.
  const boxes = new WarmBoxes(services.sandbox, { sparesPerKind: Math.min(jobs, 2), maxIdle: Math.max(4, 2 * jobs) });
  const context: ApiContext = {
    services,
    queue,
    boxes,
    cwd: process.cwd(),
    ping: () => services.sandbox.ping(),
    images: () => imageStatuses(services.engine),
  };
  const stop = stopGracefullyOnInterrupt();
  try {
    const server = await startHttpServer({
      host: options.host,
      port: options.port,
      maxBodyBytes: options.maxBodyBytes,
      onRequest: (line) => log.request(line),
      onInternalError: (error) => log.internalError(error),
    }, (app) => registerApiRoutes(app, context));
    log.listening('serve', server.url, `${jobs} sandbox ${jobs === 1 ? 'job' : 'jobs'} at once`);
    if (!isLoopback(options.host)) log.line(`note: --host ${options.host} lets anyone who can reach this machine run code in its sandbox and read problem folders on it`);
    await stop.stopped;
    log.line('letscode serve: stopping');
    queue.close();
    const closing = server.close();
    await boxes.close();
    await services.shutdown();
    await closing;
    return ExitCode.allAccepted;
  } finally {
    queue.close();
    await boxes.close();
    await services.shutdown();
    stop.dispose();
  }
}
