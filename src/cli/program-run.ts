// The commands that work without a problem: `run` (one program, once), `serve` (the
// local HTTP API) and `listen` (problems from the Competitive Companion extension).
// Part of the side-effect-free program factory: argv -> CommandRequest, nothing heavy.

import { availableParallelism } from 'node:os';
import { type Command, Option } from 'commander';
import { durationArgument, integerArgument, jobsOption, rateLimitArgument, redisOptions, sizeArgument } from './arguments.js';
import type { CommandRequest, ListenOptions, RunOptions, ServeOptions } from './requests.js';

const MiB = 1024 * 1024;

/** `letscode serve` answers here unless --port says otherwise. */
export const SERVE_DEFAULT_PORT = 8765;
/**
 * One of the ports Competitive Companion posts to out of the box (cpbooster's), so the
 * extension needs no setup; another port must be added under "Custom ports".
 */
export const LISTEN_DEFAULT_PORT = 1327;
export const DEFAULT_HOST = '127.0.0.1';

const PORT = integerArgument({ min: 0, max: 65535 }, 'a port (0: any free port)');

interface ServeFlags {
  port: number;
  host: string;
  jobs?: number;
  queueTimeout: number;
  maxBody: number;
  cache: boolean;
  token?: string;
  rateLimit?: { max: number; windowMs: number };
  redis?: string;
  redisTimeout: number;
}

function toServeOptions(problemsDir: string | undefined, o: ServeFlags): ServeOptions {
  const options: ServeOptions = { port: o.port, host: o.host, queueTimeoutMs: o.queueTimeout, maxBodyBytes: o.maxBody, cache: o.cache };
  if (problemsDir !== undefined) options.problemsDir = problemsDir;
  if (o.jobs !== undefined) options.jobs = o.jobs;
  if (o.token !== undefined) options.token = o.token;
  if (o.rateLimit !== undefined) options.rateLimit = o.rateLimit;
  if (o.redis !== undefined) options.redis = { url: o.redis, giveUpMs: o.redisTimeout };
  return options;
}

export function addRunCommands(program: Command, run: (request: CommandRequest) => Promise<void>): void {
  program
    .command('run')
    .description('compile and run a program once, without a problem: stdin in, stdout and stderr out, then a status line')
    .argument('<solution>', 'source file (or folder) of the program')
    .option('-i, --input <file>', "file to feed the program's stdin (default: letscode's own stdin, as it arrives)")
    .option('-l, --lang <language>', 'language, when the file extension is not enough (see `letscode languages`)')
    .addOption(new Option('-t, --time-limit <duration>', 'CPU time limit (2s, 1500ms; default 5s)').argParser(durationArgument({ minMs: 1, maxMs: 600_000 })))
    .addOption(new Option('-m, --memory-limit <size>', 'memory limit (256MiB, 512MB, 1GiB; default 256MiB)').argParser(sizeArgument({ minBytes: MiB, maxBytes: 64 * 1024 * MiB })))
    .option('--json', 'print one JSON object on stdout and nothing else', false)
    .option('--no-cache', 'compile even when this exact program was compiled before')
    .action((solution: string, o: { input?: string; lang?: string; timeLimit?: number; memoryLimit?: number; json: boolean; cache: boolean }) => {
      const options: RunOptions = { solution, json: o.json, cache: o.cache };
      if (o.input !== undefined) options.input = o.input;
      if (o.lang !== undefined) options.lang = o.lang;
      if (o.timeLimit !== undefined) options.timeLimitMs = o.timeLimit;
      if (o.memoryLimit !== undefined) options.memoryLimitBytes = o.memoryLimit;
      return run({ command: 'run', options });
    });

  const serve = program
    .command('serve')
    .argument('[problems-dir]', 'a folder of problems (any format) for the page at / to list; without it the page only runs code and judges inline tests')
    .description('serve a judge page at / and an HTTP API: POST /api/execute and /api/judge (answered at once), POST /v1/submissions (queued), GET /api/languages, GET /api/health')
    .addOption(new Option('--port <n>', `port to listen on (0: any free port)`).argParser(PORT).default(SERVE_DEFAULT_PORT))
    .option('--host <address>', 'address to bind (anything but loopback exposes code execution to the network)', DEFAULT_HOST)
    .addOption(jobsOption(`sandbox jobs at once; more requests wait (default: the number of CPU cores, ${availableParallelism()} here)`))
    .addOption(new Option('--queue-timeout <duration>', 'a request that waited this long for a free job gets 503').argParser(durationArgument({ minMs: 1, maxMs: 3_600_000 })).default(30_000, '30s'))
    .addOption(new Option('--max-body <size>', 'largest request body; larger ones get 413').argParser(sizeArgument({ minBytes: 1024, maxBytes: 1024 * MiB })).default(10 * MiB, '10MiB'))
    .option('--no-cache', 'compile even when this exact program was compiled before')
    .addOption(new Option('--token <secret>', 'requests must send "Authorization: Bearer <secret>" (required with a --host other than loopback)').env('LETSCODE_TOKEN'))
    .addOption(new Option('--rate-limit <n/window>', 'submissions per client address, such as 5/min or 100/hour (default off loopback: 60/min)').argParser(rateLimitArgument));
  for (const option of redisOptions(false)) serve.addOption(option);
  serve.action((problemsDir: string | undefined, o: ServeFlags) => run({ command: 'serve', options: toServeOptions(problemsDir, o) }));

  program
    .command('listen')
    .description('receive problems from the Competitive Companion browser extension and write a problem folder for each')
    .addOption(new Option('--port <n>', 'port to listen on (add it to the extension\'s "Custom ports" unless it is the default)').argParser(PORT).default(LISTEN_DEFAULT_PORT))
    .option('--host <address>', 'address to bind', DEFAULT_HOST)
    .option('-d, --dir <folder>', 'where problem folders are written', '.')
    .option('-f, --force', 'replace problem.yaml and tests/ of a folder that exists (other files are kept)', false)
    .option('--once', 'exit after one problem (or after every problem of one contest)', false)
    .action((o: ListenOptions) => run({ command: 'listen', options: { port: o.port, host: o.host, dir: o.dir, force: o.force, once: o.once } }));
}
