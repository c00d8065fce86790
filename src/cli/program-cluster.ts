// The commands of a judging cluster: `worker` (takes judge jobs from Redis and runs them in
// this machine's sandbox) and `queue` (what the queue holds and who works on it). `serve`
// and `grade` join a cluster with --redis. Part of the side-effect-free program factory.

import { availableParallelism } from 'node:os';
import { type Command, Option } from 'commander';
import { jobsOption, redisOptions, sizeArgument } from './arguments.js';
import type { CommandRequest, WorkerOptions } from './requests.js';

const GiB = 1024 * 1024 * 1024;
export const DEFAULT_BUNDLE_CACHE_BYTES = 2 * GiB;

interface WorkerFlags {
  redis: string;
  redisTimeout: number;
  jobs?: number;
  name?: string;
  cacheSize: number;
  cache: boolean;
}

export function addClusterCommands(program: Command, run: (request: CommandRequest) => Promise<void>): void {
  const worker = program
    .command('worker')
    .description("take judge jobs from the queue in Redis and judge them in this machine's sandbox, until SIGTERM or Ctrl-C")
    .addOption(jobsOption(`submissions judged at once (default: the number of CPU cores, ${availableParallelism()} here)`))
    .option('--name <name>', 'how `letscode queue` shows this worker (default: host name and process id)')
    .addOption(new Option('--cache-size <size>', 'problem data kept on disk, least recently used dropped first').argParser(sizeArgument({ minBytes: 16 * 1024 * 1024, maxBytes: 1024 * GiB })).default(DEFAULT_BUNDLE_CACHE_BYTES, '2GiB'))
    .option('--no-cache', 'compile even when this exact program was compiled before');
  for (const option of redisOptions(true)) worker.addOption(option);
  worker.action((flags: WorkerFlags) => {
    const options: WorkerOptions = { redis: { url: flags.redis, giveUpMs: flags.redisTimeout }, cacheBytes: flags.cacheSize, cache: flags.cache };
    if (flags.jobs !== undefined) options.jobs = flags.jobs;
    if (flags.name !== undefined) options.name = flags.name;
    return run({ command: 'worker', options });
  });

  const queue = program
    .command('queue')
    .description('show the workers, the waiting, running, finished and failed submissions, and the throughput')
    .option('--json', 'print one JSON object on stdout and nothing else', false);
  for (const option of redisOptions(true)) queue.addOption(option);
  queue.action((flags: { redis: string; redisTimeout: number; json: boolean }) => run({ command: 'queue', options: { redis: { url: flags.redis, giveUpMs: flags.redisTimeout }, json: flags.json } }));
}
