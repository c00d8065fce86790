// Starts the built CLI as a server (`serve` or `listen`) on a free port and finds its URL
// in the first line it logs. Used by the serve and listen end-to-end tests.

import { execa, type ResultPromise } from 'execa';
import { bin, cacheDir, repoRoot } from './cli.js';

export interface StartedServer {
  url: string;
  pid: number;
  /** Everything the server has logged so far. */
  log(): string;
  /** Waits (up to 10 s) until the log matches: it travels on another pipe than the responses. */
  waitForLog(pattern: RegExp): Promise<string>;
  /** Resolves when the process exits on its own. */
  exited: ResultPromise;
  /** Sends SIGINT and waits for the exit. */
  stop(): Promise<{ exitCode: number | undefined; stderr: string }>;
}

export async function startServer(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<StartedServer> {
  const child = execa(bin, [...args, '--port', '0'], {
    cwd: options.cwd ?? repoRoot,
    env: { NO_COLOR: '1', LETSCODE_CACHE_DIR: cacheDir, ...options.env },
    reject: false,
    stdin: 'ignore',
  });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (let i = 0; i < 600 && !/listening on http:\/\/\S+/.test(log); i++) {
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = /listening on (http:\/\/[^\s(]+)/.exec(log)?.[1];
  if (!url) {
    child.kill();
    throw new Error(`the server did not start:\n${log}`);
  }
  return {
    url,
    pid: child.pid!,
    log: () => log,
    waitForLog: async (pattern) => {
      for (let i = 0; i < 200 && !pattern.test(log); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      return log;
    },
    exited: child,
    stop: async () => {
      child.kill('SIGINT');
      const result = await child;
      return { exitCode: result.exitCode, stderr: log };
    },
  };
}

/** POSTs JSON and returns the status, headers and parsed body. */
export async function postJson(url: string, body: unknown): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}
