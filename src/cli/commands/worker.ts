// `letscode worker --redis URL`: takes judge jobs from the queue and judges them in this
// machine's sandbox, as `letscode judge` would, until SIGTERM or Ctrl-C: then it takes no
// more jobs, finishes the running ones, leaves the worker list and exits 0 (a second
// signal stops at once). Redis lost for longer than --redis-timeout: exit 3.

import { hostname } from 'node:os';
import { join } from 'node:path';
import { ExitCode } from '../../errors.js';
import { WarmBoxes } from '../../execution/warm-boxes.js';
import { imageStatuses } from '../../images/image-status.js';
import { defaultCacheDir } from '../../paths.js';
import { BundleCache } from '../../queue/bundle-cache.js';
import { knownTimeLimits } from '../../queue/known-time-limits.js';
import { fetchBundle } from '../../queue/redis/bundle-store.js';
import { connectRedis } from '../../queue/redis/connection.js';
import { startJudgeWorker } from '../../queue/redis/judge-worker.js';
import { createTerminal } from '../../report/index.js';
import { WorkerLog } from '../../report/worker-log.js';
import { defaultJobs } from '../arguments.js';
import { stopGracefullyOnInterrupt } from '../interruption.js';
import type { CommandRequest } from '../requests.js';
import { createDockerServices } from '../services.js';

export async function workerCommand(request: Extract<CommandRequest, { command: 'worker' }>): Promise<number> {
  const { options } = request;
  const log = new WorkerLog(createTerminal());
  const handle = await connectRedis(options.redis.url, { giveUpMs: options.redis.giveUpMs, name: 'letscode-worker', notify: (notice) => log.onEvent(notice) });
  const stop = stopGracefullyOnInterrupt();
  try {
    const services = await createDockerServices((event) => log.onJudgeEvent(event), { compileCache: options.cache });
    const jobs = options.jobs ?? defaultJobs();
    // Spare boxes started ahead of time, and boxes kept for the next judging of the same program.
    const boxes = new WarmBoxes(services.sandbox, { sparesPerKind: Math.min(jobs, 2), maxIdle: Math.max(4, 2 * jobs) });
    try {
      const bundles = new BundleCache({
        dir: join(defaultCacheDir(), 'bundles'),
        maxBytes: options.cacheBytes,
        source: { fetch: (hash) => fetchBundle(handle.redis, hash) },
        onFetched: (fetched) => log.onEvent({ type: 'bundle-fetched', ...fetched }),
      });
      const built = (await imageStatuses(services.engine)).filter((image) => image.present).flatMap((image) => image.languages);
      const worker = await startJudgeWorker({
        handle,
        name: options.name ?? `${hostname()}-${process.pid}`,
        host: hostname(),
        concurrency: jobs,
        judge: { services, boxes, timed: knownTimeLimits(services, jobs) },
        pingDocker: () => services.sandbox.ping(),
        cleanUpAfterDocker: () => services.sandbox.removeStranded(),
        bundles,
        languages: built,
        emit: (event) => log.onEvent(event),
      });
      // Redis gone for good rejects here: the error (exit 3) says which URL and why.
      await Promise.race([stop.stopped, handle.gaveUp]).catch((error: unknown) => {
        worker.abandon();
        throw error;
      });
      await worker.stop();
      return ExitCode.allAccepted;
    } finally {
      await boxes.close();
      await services.shutdown();
    }
  } finally {
    stop.dispose();
    await handle.close();
  }
}
