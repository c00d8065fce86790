import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DockerError, UsageError } from '../errors.js';
import { startHttpServer, type RequestLog, type RunningServer } from './http-server.js';
import { HttpError, type Handler } from './http-types.js';
import { JobQueue, QueueTimeoutError } from './queue.js';
import { routeTo } from './router.js';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler, maxBodyBytes = 1024): Promise<{ url: string; logs: RequestLog[] }> {
  const logs: RequestLog[] = [];
  server = await startHttpServer(handler, { host: '127.0.0.1', port: 0, maxBodyBytes, onRequest: (log) => logs.push(log) });
  return { url: server.url, logs };
}

const echo = routeTo([
  { method: 'POST', path: '/echo', handler: async (request) => ({ status: 200, body: { got: await request.json() } }) },
  { method: 'GET', path: '/fail', handler: async () => { throw new Error('a bug'); } },
  { method: 'GET', path: '/docker', handler: async () => { throw new DockerError('Docker is not running'); } },
  { method: 'GET', path: '/usage', handler: async () => { throw new UsageError('no main file'); } },
  { method: 'GET', path: '/busy', handler: async () => { throw new QueueTimeoutError(100, 3); } },
  { method: 'GET', path: '/teapot', handler: async () => { throw new HttpError(418, 'short and stout', { 'X-Kind': 'tea' }); } },
]);

const post = (url: string, body: string, type = 'application/json') => fetch(url, { method: 'POST', body, headers: { 'Content-Type': type } });

describe('startHttpServer', () => {
  it('answers JSON, and logs method, path, status and time per request', async () => {
    const { url, logs } = await serve(echo);
    const response = await post(`${url}/echo?x=1`, '{"a":[1,2]}');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ got: { a: [1, 2] } });
    expect(logs).toEqual([{ method: 'POST', path: '/echo', status: 200, ms: expect.any(Number) }]);
  });

  it('404 for an unknown path, 405 with Allow for another method', async () => {
    const { url } = await serve(echo);
    const missing = await fetch(`${url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'no such endpoint: /nope' });
    const wrong = await fetch(`${url}/echo`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });

  it('400 for malformed JSON, 415 for another content type, 413 past the size limit', async () => {
    const { url } = await serve(echo, 1024);
    const malformed = await post(`${url}/echo`, '{"a":');
    expect(malformed.status).toBe(400);
    expect((await malformed.json() as { error: string }).error).toMatch(/^the body is not valid JSON/);
    expect((await post(`${url}/echo`, '{}', 'text/plain')).status).toBe(415);
    const large = await post(`${url}/echo`, JSON.stringify({ text: 'x'.repeat(5000) }));
    expect(large.status).toBe(413);
    expect((await post(`${url}/echo`, '{"after":"413"}')).status).toBe(200);
  });

  it('maps errors: DockerError and a full queue 503 (with Retry-After), user errors 422, bugs 500', async () => {
    const { url } = await serve(echo);
    expect((await fetch(`${url}/docker`)).status).toBe(503);
    const busy = await fetch(`${url}/busy`);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('3');
    expect((await fetch(`${url}/usage`)).status).toBe(422);
    const teapot = await fetch(`${url}/teapot`);
    expect([teapot.status, teapot.headers.get('x-kind')]).toEqual([418, 'tea']);
    const bug = await fetch(`${url}/fail`);
    expect(bug.status).toBe(500);
    expect(await bug.json()).toEqual({ error: 'internal error: a bug' });
  });

  it('refuses a Host header that is not this machine on a loopback address (DNS rebinding)', async () => {
    const { url } = await serve(echo);
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${url}/nope`, { headers: { Host: host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status('evil.example:80')).toBe(403);
    expect(await status('localhost:1234')).toBe(404);
    expect(await status('127.0.0.1')).toBe(404);
  });

  it('an address in use is a usage error naming the port', async () => {
    const { url } = await serve(echo);
    const port = Number(new URL(url).port);
    await expect(startHttpServer(echo, { host: '127.0.0.1', port, maxBodyBytes: 1024 })).rejects.toThrow(new RegExp(`port ${port} is already in use`));
  });

  it('close() lets a request in flight finish', async () => {
    const queue = new JobQueue({ concurrency: 1, maxWaitMs: 1000 });
    let release!: () => void;
    const slow = routeTo([{ method: 'GET', path: '/slow', handler: () => queue.run(() => new Promise((resolve) => (release = () => resolve({ status: 200, body: 'done' })))) }]);
    const { url } = await serve(slow);
    const pending = fetch(`${url}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = server!.close();
    release();
    expect(await (await pending).json()).toBe('done');
    await closing;
    server = undefined;
  });
});
