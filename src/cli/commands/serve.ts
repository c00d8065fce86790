// `letscode serve`: the HTTP API (src/server/) over one set of sandbox services for the
// server's lifetime: /api/* answers at once, /v1/submissions queues (on Redis for the
// workers with --redis, else in the server's own queue). Off loopback it needs --token and
// limits submissions per client. Ctrl-C or SIGTERM stops accepting, turns away waiting
// requests, removes every container (runs in flight end as judge errors) and exits 0.

import { setMaxListeners } from 'node:events';
import { DockerError, ExitCode, UsageError } from '../../errors.js';
import { imageStatuses } from '../../images/image-status.js';
import { createTerminal } from '../../report/index.js';
import { queueNoticeLine } from '../../report/queue-lines.js';
import { ServerLog } from '../../report/server-log.js';
import type { ApiContext } from '../../server/api-context.js';
import { registerApiRoutes } from '../../server/api-routes.js';
import { isLoopback, startHttpServer } from '../../server/http-server.js';
import { JobQueue } from '../../server/queue.js';
import { registerSubmissionRoutes } from '../../server/submission-routes.js';
import { registerPageRoutes } from '../../web/page-routes.js';
import { openPage, type OpenPage } from './serve-page.js';
import type { CommandRequest, ServeOptions } from '../requests.js';
import { createDockerServices } from '../services.js';
import { stopGracefullyOnInterrupt } from '../interruption.js';
import { defaultJobs } from '../arguments.js';
import { inProcessServeQueue, redisServeQueue, type ServeQueue } from './serve-queue.js';

/** Off loopback without --rate-limit: submissions per client address. */
export const DEFAULT_PUBLIC_RATE_LIMIT = { max: 60, windowMs: 60_000 };

export async function serveCommand(request: Extract<CommandRequest, { command: 'serve' }>): Promise<number> {
  const { options } = request;
  const loopback = isLoopback(options.host);
  if (!loopback && options.token === undefined) {
    throw new UsageError(`--host ${options.host} lets anyone who can reach this machine run code: give --token SECRET (or set LETSCODE_TOKEN), and clients send "Authorization: Bearer SECRET"`);
  }
  const log = new ServerLog(createTerminal());
  const notify = (notice: Parameters<typeof queueNoticeLine>[0]) => log.line(queueNoticeLine(notice));
  const jobs = options.jobs ?? defaultJobs();
  // Spare boxes started ahead of time, and boxes kept for the next run of the same program.
  const warmBoxes = { sparesPerKind: Math.min(jobs, 2), maxIdle: Math.max(4, 2 * jobs) };
  const services = await createDockerServices((event) => log.onEvent(event), { compileCache: options.cache, warmBoxes }).catch((error: unknown) => {
    // With --redis the workers judge: a front end without Docker still queues.
    if (!(options.redis && error instanceof DockerError)) throw error;
    log.line(`note: ${error.message}`);
    log.line('note: without Docker here, /api/execute and /api/judge answer 503; the workers judge /v1/submissions');
    return null;
  });
  const slots = new JobQueue({ concurrency: jobs, maxWaitMs: options.queueTimeoutMs });
  const context: ApiContext = {
    services,
    queue: slots,
    cwd: process.cwd(),
    ping: async () => services?.sandbox.ping(),
    images: async () => (services ? imageStatuses(services.engine) : []),
  };
  const stop = stopGracefullyOnInterrupt();
  const closing = new AbortController();
  // Every open event stream listens for the server closing.
  setMaxListeners(0, closing.signal);
  let submissions: ServeQueue | undefined;
  let page: OpenPage | undefined;
  try {
    // Without --redis, Docker was required above: the services are there.
    submissions = options.redis ? await redisServeQueue(options.redis, notify) : inProcessServeQueue({ slots, services: services!, notify });
    const rateLimit = options.rateLimit ?? (loopback ? undefined : DEFAULT_PUBLIC_RATE_LIMIT);
    const { queue } = submissions;
    page = await openPage(options, { queue, workers: submissions.workers, closing: closing.signal });
    const pageContext = page.context;
    const server = await startHttpServer({
      host: options.host,
      port: options.port,
      maxBodyBytes: options.maxBodyBytes,
      token: options.token,
      onRequest: (line) => log.request(line),
      onInternalError: (error) => log.internalError(error),
    }, async (app) => {
      registerApiRoutes(app, context);
      await registerSubmissionRoutes(app, { queue, cwd: process.cwd(), rateLimit, closing: closing.signal, testsInParallel: 1 });
      registerPageRoutes(app, pageContext);
    });
    log.listening('serve', server.url, details(options, services ? jobs : 0, queue.description));
    log.line(pageLine(server.url, page));
    // Redis gone for good rejects here: the error (exit 3) says which URL and why.
    await Promise.race([stop.stopped, submissions.gaveUp]).finally(() => closing.abort());
    log.line('letscode serve: stopping');
    slots.close();
    const closingServer = server.close();
    await services?.shutdown();
    await closingServer;
    return ExitCode.allAccepted;
  } finally {
    closing.abort();
    slots.close();
    await page?.close();
    await submissions?.close();
    await services?.shutdown();
    stop.dispose();
  }
}

function details(options: ServeOptions, jobs: number, queue: string): string {
  const parts = [jobs === 0 ? 'no sandbox here' : `${jobs} sandbox ${jobs === 1 ? 'job' : 'jobs'} at once`, `submissions: ${queue}`];
  if (options.token !== undefined) parts.push('Bearer token required');
  return parts.join('; ');
}

function pageLine(url: string, page: OpenPage): string {
  const problems = page.context.problemsDir === null ? 'no problem folder given' : `problems from ${page.context.problemsDir}`;
  const built = page.context.pageFiles.has('/') ? '' : ' (not built: run npm run build)';
  return `page: ${url}/${built}; ${problems}; history in ${page.historyPath}`;
}
