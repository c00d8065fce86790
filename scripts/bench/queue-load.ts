// The queue benchmark: the same closed-loop load (load-client.ts) on three set-ups, taken
// in turns: serve --redis with two local workers (-j 1 each), serve's in-process queue
// (-j 2), and the synchronous POST /api/execute (-j 2). The same sandbox capacity
// everywhere: two programs judged at once, one per core here.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { runLoad, type LoadResult, type LoadTarget } from './load-client.js';
import { cliPath, repoRoot } from './letscode.js';
import { PrerequisiteError } from './machine.js';
import { liveChildren, runCommand } from './timing.js';

export interface LoadScenario {
  label: string;
  result: LoadResult;
}

export interface QueueLoadOptions {
  seconds: number;
  clients: number;
  /** Private compile cache and bundle cache of the benchmark. */
  cacheDir: string;
  /** Scratch folder (Redis's data). */
  workDir: string;
  /** `seconds` is split into this many turns per set-up, taken in turn. */
  rounds: number;
  progress: (text: string) => void;
}

/** Small programs: a + b in C++ and Python, two of each (each client sticks to one). */
const PROGRAMS = [
  { language: 'cpp', code: '#include <cstdio>\nint main(){long long a,b;scanf("%lld %lld",&a,&b);printf("%lld\\n",a+b);}\n' },
  { language: 'python', code: 'a, b = map(int, input().split())\nprint(a + b)\n' },
  { language: 'cpp', code: '#include <iostream>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a+b<<"\\n";}\n' },
  { language: 'python', code: 'import sys\na, b = map(int, sys.stdin.read().split())\nprint(a + b)\n' },
];

function submission(client: number, n: number) {
  const program = PROGRAMS[client % PROGRAMS.length]!;
  const [a, b] = [client * 1000 + n, n * 7];
  return { program, input: `${a} ${b}\n`, output: `${a + b}\n` };
}

const queuedTarget = (url: string): LoadTarget => ({
  url,
  mode: 'queued',
  body: (client, n) => {
    const { program, input, output } = submission(client, n);
    return { ...program, tests: [{ input, output }] };
  },
  check: (result) => (result.result as { verdict?: string } | undefined)?.verdict === 'AC',
});

const executeTarget = (url: string): LoadTarget => ({
  url,
  mode: 'execute',
  body: (client, n) => {
    const { program, input } = submission(client, n);
    return { ...program, input };
  },
  check: (result) => result.status === 'OK',
});

export async function queueLoadBenchmark(options: QueueLoadOptions): Promise<LoadScenario[]> {
  const redisServer = await runCommand(['redis-server', '--version']).catch(() => null);
  if (!redisServer || redisServer.exitCode !== 0) throw new PrerequisiteError('redis-server is not installed; the queue benchmark needs it (scripts/setup.sh installs it).');
  const env = { ...process.env, NO_COLOR: '1', LETSCODE_CACHE_DIR: options.cacheDir };
  options.progress('queue load: starting Redis, 2 workers, serve --redis and a plain serve');
  const redis = await startRedis(join(options.workDir, 'redis'));
  const started: Started[] = [];
  try {
    started.push(...(await Promise.all(['bench-1', 'bench-2'].map((name) => startProcess(['worker', '--redis', redis.url, '--name', name, '-j', '1'], env, /letscode worker \S+ on/)))));
    const remote = await startProcess(['serve', '--redis', redis.url, '--port', '0', '-j', '2'], env, /listening on (http:\/\/\S+)/);
    const local = await startProcess(['serve', '--port', '0', '-j', '2'], env, /listening on (http:\/\/\S+)/);
    started.push(remote, local);
    const setUps: { label: string; target: LoadTarget }[] = [
      { label: 'queued: serve --redis, 2 workers -j 1', target: queuedTarget(remote.url!) },
      { label: "queued: serve's in-process queue -j 2", target: queuedTarget(local.url!) },
      { label: 'synchronous: POST /api/execute -j 2', target: executeTarget(local.url!) },
    ];
    for (const { target } of setUps) await warmUp(target);
    // Round after round, each set-up in turn: load from elsewhere on the machine hits all alike.
    const rounds = setUps.map(() => [] as LoadResult[]);
    const seconds = options.seconds / options.rounds;
    for (let round = 1; round <= options.rounds; round++) {
      for (const [index, { label, target }] of setUps.entries()) {
        options.progress(`queue load, round ${round}/${options.rounds}: ${label}, ${options.clients} clients, ${seconds.toFixed(0)} s`);
        rounds[index]!.push(await runLoad(target, { clients: options.clients, seconds }));
      }
    }
    return setUps.map(({ label }, index) => ({ label, result: merge(rounds[index]!) }));
  } finally {
    await Promise.all(started.map((child) => child.stop()));
    await redis.stop();
  }
}

function merge(results: readonly LoadResult[]): LoadResult {
  return {
    samples: results.flatMap((result) => result.samples),
    errors: results.flatMap((result) => result.errors),
    seconds: results.reduce((sum, result) => sum + result.seconds, 0),
    clients: results[0]?.clients ?? 0,
  };
}

/** Every program compiled once and its image loaded, before anything is measured. */
async function warmUp(target: LoadTarget): Promise<void> {
  const warm = await runLoad(target, { clients: PROGRAMS.length, seconds: 3 });
  if (warm.samples.length === 0) throw new Error(`the warm-up judged nothing: ${warm.errors.slice(0, 3).join('; ')}`);
}

interface Started {
  url?: string;
  stop(): Promise<void>;
}

async function startProcess(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<Started> {
  const child = spawn(process.execPath, [...cpuProfileFlags(args), cliPath, ...args], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
  liveChildren.add(child);
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (let waited = 0; !ready.test(log); waited += 50) {
    if (child.exitCode !== null || waited > 60_000) throw new Error(`letscode ${args[0]} did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: ready.exec(log)?.[1], stop: () => stopChild(child) };
}

/**
 * With BENCH_CPU_PROF=DIR, each worker and server writes a V8 CPU profile there when it
 * stops (worker-redis-*.cpuprofile, serve-local-*.cpuprofile ...): where the queue's CPU goes.
 */
function cpuProfileFlags(args: readonly string[]): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  if (!dir) return [];
  const name = `${args[0]}-${args.includes('--redis') ? 'redis' : 'local'}-${process.hrtime.bigint()}.cpuprofile`;
  return ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', name];
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  liveChildren.delete(child);
}

async function startRedis(dir: string): Promise<{ url: string; stop(): Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  const port = await new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
  // As in production: the append-only file on, fsync'd every second.
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', ''], { stdio: 'ignore' });
  liveChildren.add(child);
  for (let tries = 0; ; tries++) {
    const ping = await runCommand(['redis-cli', '-p', String(port), 'ping']).catch(() => null);
    if (ping?.stdout.trim() === 'PONG') break;
    if (tries > 100) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}
