// A Redis of a test's own for the cluster tests: Debian's redis-server (installed by
// scripts/setup.sh) on a free port of 127.0.0.1, with a password, its data in a scratch
// folder with the append-only file on (every write fsync'd), so it can be stopped and
// started again without losing anything; and workers started as processes of the built CLI.

import { execa, type ResultPromise } from 'execa';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import { bin, cacheDir, repoRoot } from './cli.js';

/** The private CA and the certificate it signed for 127.0.0.1 (test/fixtures/tls). */
export const TLS_FIXTURES = join(repoRoot, 'test/fixtures/tls');
export const REDIS_PASSWORD = 'e2e-secret';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface TestRedis {
  url: string;
  port: number;
  /** SIGTERM (Redis writes its data and exits), then starts again on the same port and folder. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  client(): Redis;
}

/** With `tls`, the port speaks only TLS (rediss://), with the certificate of test/fixtures/tls. */
export async function startRedis(dir: string, options: { tls?: boolean } = {}): Promise<TestRedis> {
  const port = await freePort();
  let child: ResultPromise | null = null;
  const clients: Redis[] = [];
  const tlsFile = (name: string) => join(TLS_FIXTURES, name);
  const portArgs = options.tls
    ? ['--port', '0', '--tls-port', String(port), '--tls-cert-file', tlsFile('server.pem'), '--tls-key-file', tlsFile('server-key.pem'), '--tls-ca-cert-file', tlsFile('ca.pem'), '--tls-auth-clients', 'no']
    : ['--port', String(port)];
  const connection: RedisOptions = { port, host: '127.0.0.1', password: REDIS_PASSWORD, ...(options.tls ? { tls: { ca: readFileSync(tlsFile('ca.pem')) } } : {}) };
  const start = async () => {
    child = execa('redis-server', [...portArgs, '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--requirepass', REDIS_PASSWORD, '--logfile', join(dir, 'redis.log')], { reject: false, stdin: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const probe = new Redis({ ...connection, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      probe.on('error', () => undefined);
      const up = await probe.connect().then(() => probe.ping()).then(() => true, () => false);
      probe.disconnect();
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`redis-server did not start on port ${port}`);
  };
  const stop = async () => {
    child?.kill('SIGTERM');
    await child;
    child = null;
  };
  await start();
  return {
    url: `${options.tls ? 'rediss' : 'redis'}://:${REDIS_PASSWORD}@127.0.0.1:${port}`,
    port,
    restart: async () => {
      await stop();
      await start();
    },
    stop: async () => {
      for (const client of clients) client.disconnect();
      await stop();
    },
    client: () => {
      const client = new Redis({ ...connection, maxRetriesPerRequest: null });
      client.on('error', () => undefined);
      clients.push(client);
      return client;
    },
  };
}

export interface TestWorker {
  name: string;
  pid: number;
  log(): string;
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Sends the signal and waits for the exit. */
  kill(signal: NodeJS.Signals): Promise<{ exitCode: number | undefined; signal: string | undefined }>;
}

export async function startWorker(url: string, name: string, options: { jobs?: number; env?: Record<string, string>; args?: string[] } = {}): Promise<TestWorker> {
  const child = execa(bin, ['worker', '--redis', url, '--name', name, '-j', String(options.jobs ?? 1), ...(options.args ?? [])], {
    cwd: repoRoot,
    env: { NO_COLOR: '1', LETSCODE_CACHE_DIR: cacheDir, ...options.env },
    reject: false,
    stdin: 'ignore',
  });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const waitForLog = async (pattern: RegExp, timeoutMs = 30_000) => {
    for (const started = Date.now(); !pattern.test(log); ) {
      if (child.exitCode !== null) throw new Error(`worker ${name} exited (${child.exitCode}):\n${log}`);
      if (Date.now() - started > timeoutMs) throw new Error(`worker ${name}: no ${pattern} within ${timeoutMs} ms:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await waitForLog(new RegExp(`letscode worker ${name} on`));
  return {
    name,
    pid: child.pid!,
    log: () => log,
    waitForLog,
    kill: async (signal) => {
      child.kill(signal);
      const result = await child;
      return { exitCode: result.exitCode, signal: result.signal };
    },
  };
}

/** Polls until `check` is true (or fails after `timeoutMs`). */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  for (const started = Date.now(); !(await check()); ) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
