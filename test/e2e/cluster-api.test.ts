// The asynchronous API on a real cluster: serve --redis with a token, workers as
// processes, a Redis of its own. Submit, poll, follow the events; a callback that fails
// once and is retried; a batch; 401 without the token; a malformed job; SIGTERM lets a
// worker finish its job; a worker whose Docker dies hands its jobs to another. Then the
// same API on serve's own queue (no Redis), with its rate limit.

import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineAddress } from '../../src/sandbox/engine-client.js';
import { leftoverContainers, letscode } from './cli.js';
import { eventually, startRedis, startWorker, type TestRedis, type TestWorker } from './redis.js';
import { scratchDirs } from './scratch.js';
import { startServer, type StartedServer } from './server.js';

const scratchDir = scratchDirs('cluster-api');
const TOKEN = 'api-token';
const SUM_PY = 'a, b = map(int, input().split())\nprint(a + b)\n';
const TESTS = [{ input: '1 2\n', output: '3\n' }, { input: '5 5\n', output: '10\n' }];
const SLOW_PY = `import time\ntime.sleep(1.5)\n${SUM_PY}`;

let redis: TestRedis;
let server: StartedServer;
const workers: TestWorker[] = [];

beforeAll(async () => {
  redis = await startRedis(scratchDir('redis'));
  workers.push(await startWorker(redis.url, 'api-worker', { jobs: 2 }));
  server = await startServer(['serve', '--redis', redis.url, '--token', TOKEN, '-j', '1']);
});

afterAll(async () => {
  const { exitCode } = await server.stop();
  expect(exitCode).toBe(0);
  for (const worker of workers) await worker.kill('SIGTERM');
  await redis.stop();
});

async function call(method: 'GET' | 'POST', path: string, body?: unknown, token: string | null = TOKEN, base = server.url) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

async function finished(id: string, base = server.url, token: string | null = TOKEN) {
  let view: Record<string, unknown> = {};
  await eventually(async () => {
    view = (await call('GET', `/v1/submissions/${id}`, undefined, token, base)).body;
    return view.status === 'done' || view.status === 'failed';
  }, `submission ${id} to finish`, 120_000);
  return view as { status: string; result?: { verdict: string; tests: { verdict: string }[] }; error?: string };
}

/** The Server-Sent Events of a submission, parsed, up to the end of the stream. */
async function eventsOf(id: string, base = server.url, token: string | null = TOKEN) {
  const response = await fetch(`${base}/v1/submissions/${id}/events`, { headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const text = await response.text();
  return text.split('\n\n').filter((block) => block.includes('event:')).map((block) => {
    const field = (name: string) => block.split('\n').find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1).trim();
    return { id: String(field('id')), event: String(field('event')), data: JSON.parse(String(field('data'))) as Record<string, unknown> };
  });
}

describe('serve --redis: the asynchronous API', () => {
  it('202 with an id; GET polls it to done; the events come in order, ending with done', async () => {
    const accepted = await call('POST', '/v1/submissions', { language: 'python', code: SUM_PY, tests: TESTS });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ id: expect.any(String), status: 'queued' });
    const id = accepted.body.id as string;
    const view = await finished(id);
    expect(view).toMatchObject({ status: 'done', result: { verdict: 'AC', tests: [{ verdict: 'AC' }, { verdict: 'AC' }] } });
    expect(Object.keys(view.result!)).toEqual(['verdict', 'problem', 'language', 'solution', 'compile', 'tests', 'totalMs']);
    const events = await eventsOf(id);
    expect(events.map((event) => event.event)).toEqual(['queued', 'running', 'compiled', 'test', 'test', 'done']);
    expect(events.map((event) => event.data.type)).toEqual(events.map((event) => event.event));
    // Stream ids ("<ms>-<n>") only grow: the order is the order they happened in.
    const ids = events.map((event) => event.id.split('-').map(Number) as [number, number]);
    expect(ids.every(([ms, n], index) => index === 0 || ms > ids[index - 1]![0] || (ms === ids[index - 1]![0] && n > ids[index - 1]![1]))).toBe(true);
    expect(events[1]!.data).toMatchObject({ attempt: 1, worker: 'api-worker', tests: 2 });
    expect(events[5]!.data.result).toEqual(view.result);
  });

  it('a batch: up to 100 at once, each with its own verdict', async () => {
    const batch = await call('POST', '/v1/submissions/batch', { submissions: [
      { language: 'python', code: SUM_PY, tests: TESTS },
      { language: 'python', code: 'print(0)\n', tests: TESTS },
      { language: 'cpp', code: 'int main( {', tests: TESTS },
    ] });
    expect(batch.status).toBe(202);
    const ids = (batch.body.submissions as { id: string; status: string }[]).map((each) => each.id);
    expect(ids).toHaveLength(3);
    const verdicts = await Promise.all(ids.map(async (id) => (await finished(id)).result?.verdict));
    expect(verdicts).toEqual(['AC', 'WA', 'CE']);
  });

  it('POSTs the finished submission to its callbackUrl, again after a failed delivery', async () => {
    const received: { body: Record<string, unknown>; answered: number }[] = [];
    const hook = createHttpServer((request: IncomingMessage, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        const answered = received.length === 0 ? 500 : 204;
        received.push({ body: JSON.parse(text) as Record<string, unknown>, answered });
        response.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const port = (hook.address() as { port: number }).port;
      const { body } = await call('POST', '/v1/submissions', { language: 'python', code: SUM_PY, tests: TESTS, callbackUrl: `http://127.0.0.1:${port}/judged` });
      await eventually(() => received.length >= 2, 'the callback to be delivered twice', 60_000);
      expect(received.map((each) => each.answered)).toEqual([500, 204]);
      expect(received[1]!.body).toMatchObject({ id: body.id, status: 'done', result: { verdict: 'AC' } });
    } finally {
      hook.close();
    }
  });

  it('401 without the token (it is required off loopback: serve refuses to start without one)', async () => {
    const without = await call('POST', '/v1/submissions', { language: 'python', code: SUM_PY, tests: TESTS }, null);
    expect([without.status, without.headers.get('www-authenticate')]).toEqual([401, 'Bearer']);
    expect((await call('GET', '/api/languages', undefined, 'wrong')).status).toBe(401);
    const open = await letscode(['serve', '--host', '0.0.0.0', '--port', '0']);
    expect(open.exitCode).toBe(2);
    expect(open.stderr).toMatch(/--host 0\.0\.0\.0 lets anyone who can reach this machine run code: give --token SECRET/);
  });

  it('a malformed job fails at once, never retried, with the field at fault', async () => {
    const client = redis.client();
    const queue = new Queue('judge', { connection: client, prefix: 'letscode' });
    try {
      await queue.add('judge', { format: 1, bundle: 'not-a-hash', language: 'python' }, { jobId: 'malformed-1', attempts: 3, backoff: { type: 'exponential', delay: 1000 } });
      const view = await finished('malformed-1');
      expect(view).toEqual({ id: 'malformed-1', status: 'failed', error: expect.stringMatching(/^malformed job malformed-1: bundle: expected a SHA-256 in hex$/) });
      expect((await queue.getJob('malformed-1'))?.attemptsMade).toBe(1);
    } finally {
      await queue.close();
    }
  });

  it('SIGTERM: the worker finishes its running job, then exits 0', async () => {
    const { body } = await call('POST', '/v1/submissions', { language: 'python', code: SLOW_PY, tests: TESTS.slice(0, 1), timeLimitMs: 3000 });
    const worker = workers.shift()!;
    await eventually(async () => (await redis.client().xrange(`letscode:events:${String(body.id)}`, '-', '+')).some(([, fields]) => (fields[1] ?? '').includes('"type":"running"')), 'the job to start', 60_000);
    const stopped = await worker.kill('SIGTERM');
    expect(stopped.exitCode).toBe(0);
    expect(worker.log()).toMatch(/stopping: taking no more jobs, finishing 1 running job/);
    expect(await finished(body.id as string)).toMatchObject({ status: 'done', result: { verdict: 'AC' } });
  });

  it("a worker whose Docker stops answering: its jobs are tried again on another worker", async () => {
    const proxy = await dockerProxy(join(scratchDir('docker'), 'docker.sock'));
    const flaky = await startWorker(redis.url, 'flaky', { jobs: 1, env: { DOCKER_HOST: `unix://${proxy.path}` } });
    workers.push(flaky);
    const batch = await call('POST', '/v1/submissions/batch', { submissions: Array.from({ length: 3 }, (_, index) => ({ language: 'python', code: `# ${index}\n${SLOW_PY}`, tests: TESTS.slice(0, 1), timeLimitMs: 3000 })) });
    const ids = (batch.body.submissions as { id: string }[]).map((each) => each.id);
    const client = redis.client();
    const runningOn = async (id: string) => (await client.xrange(`letscode:events:${id}`, '-', '+')).map(([, fields]) => JSON.parse(fields[1] ?? '{}') as { type: string; worker?: string });
    await eventually(async () => (await Promise.all(ids.map(runningOn))).some((events) => events.some((event) => event.type === 'running' && event.worker === 'flaky')), 'the flaky worker to take a job', 60_000);
    proxy.fail();
    workers.push(await startWorker(redis.url, 'rescuer', { jobs: 2 }));
    const views = await Promise.all(ids.map((id) => finished(id)));
    expect(views.map((view) => view.result?.verdict)).toEqual(['AC', 'AC', 'AC']);
    await flaky.waitForLog(/Docker does not answer .*: taking no jobs until it does/);
    const histories = await Promise.all(ids.map(runningOn));
    const retried = histories.filter((events) => events.some((event) => event.type === 'retrying'));
    expect(retried.length).toBeGreaterThanOrEqual(1);
    for (const events of retried) expect(events.filter((event) => event.type === 'running').at(-1)?.worker).toBe('rescuer');
    expect(histories.every((events) => events.filter((event) => event.type === 'done').length === 1)).toBe(true);
    // Docker back: the worker takes jobs again, and removes what the outage left behind.
    await proxy.restore();
    await flaky.waitForLog(/Docker answers again: taking jobs/);
    await eventually(async () => (await leftoverContainers(flaky.pid)).length === 0, 'the containers the outage left to be removed', 30_000);
  });
});

describe('serve without Redis: the same API on its own queue', () => {
  it('judges in this machine\'s sandbox; past --rate-limit: 429 with Retry-After', async () => {
    const local = await startServer(['serve', '-j', '1', '--rate-limit', '2/min']);
    try {
      const first = await call('POST', '/v1/submissions', { language: 'python', code: SUM_PY, tests: TESTS }, null, local.url);
      expect(first.status).toBe(202);
      expect((await call('POST', '/v1/submissions', { language: 'python', code: 'print(1)\n', tests: TESTS }, null, local.url)).status).toBe(202);
      const third = await call('POST', '/v1/submissions', { language: 'python', code: SUM_PY, tests: TESTS }, null, local.url);
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(third.body.error).toMatch(/may send 2 submissions per minute/);
      const view = await finished(first.body.id as string, local.url, null);
      expect(view).toMatchObject({ status: 'done', result: { verdict: 'AC' } });
      expect((await eventsOf(first.body.id as string, local.url, null)).map((event) => event.event)).toEqual(['queued', 'running', 'compiled', 'test', 'test', 'done']);
    } finally {
      expect((await local.stop()).exitCode).toBe(0);
    }
  });
});

/** A Docker socket of the test's own, relaying to the real engine until fail() cuts it. */
async function dockerProxy(path: string): Promise<{ path: string; fail(): void; restore(): Promise<void> }> {
  const engine = engineAddress();
  const sockets = new Set<Socket>();
  const relay = (client: Socket) => {
    const upstream = engine.options.socketPath ? connect(engine.options.socketPath) : connect(Number(engine.options.port), String(engine.options.host));
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  };
  let server = createServer(relay);
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return {
    path,
    fail: () => {
      server.close();
      for (const socket of sockets) socket.destroy();
    },
    restore: async () => {
      server = createServer(relay);
      await new Promise<void>((resolve) => server.listen(path, resolve));
    },
  };
}
