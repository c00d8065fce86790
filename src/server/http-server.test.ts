import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DockerError, UsageError } from '../errors.js';
import type { FastifyInstance } from 'fastify';
import { startHttpServer, type RequestLog, type RunningServer } from './http-server.js';
import { HttpError } from './http-types.js';
import { JobQueue, QueueTimeoutError } from './queue.js';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Routes = (app: FastifyInstance) => void;

async function serve(routes: Routes, maxBodyBytes = 1024, token?: string): Promise<{ url: string; logs: RequestLog[] }> {
  const logs: RequestLog[] = [];
  server = await startHttpServer({ host: '127.0.0.1', port: 0, maxBodyBytes, token, onRequest: (log) => logs.push(log) }, routes);
  return { url: server.url, logs };
}

const echo: Routes = (app) => {
  app.post('/echo', async (request) => ({ got: request.body }));
  app.get('/fail', async () => { throw new Error('a bug'); });
  app.get('/docker', async () => { throw new DockerError('Docker is not running'); });
  app.get('/usage', async () => { throw new UsageError('no main file'); });
  app.get('/busy', async () => { throw new QueueTimeoutError(100, 3); });
  app.get('/teapot', async () => { throw new HttpError(418, 'short and stout', { 'X-Kind': 'tea' }); });
};

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

  it('a body far past the limit still gets its 413, never a broken pipe while it is being sent', async () => {
    const { url } = await serve(echo, 1024);
    const huge = JSON.stringify({ text: 'x'.repeat(8 * 1024 * 1024) });
    for (let i = 0; i < 10; i++) {
      const response = await post(`${url}/echo`, huge);
      expect(response.status).toBe(413);
      expect((await response.json() as { error: string }).error).toMatch(/larger than 1024 bytes/);
    }
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

  it('with a token, every request needs it as a Bearer token: 401 with WWW-Authenticate otherwise', async () => {
    const { url } = await serve(echo, 1024, 's3cret');
    const without = await post(`${url}/echo`, '{}');
    expect([without.status, without.headers.get('www-authenticate')]).toEqual([401, 'Bearer']);
    const wrong = await fetch(`${url}/echo`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer s3cre' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${url}/echo`, { method: 'POST', body: '{"a":1}', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer s3cret' } });
    expect([right.status, await right.json()]).toEqual([200, { got: { a: 1 } }]);
  });

  it('an address in use is a usage error naming the port', async () => {
    const { url } = await serve(echo);
    const port = Number(new URL(url).port);
    await expect(startHttpServer({ host: '127.0.0.1', port, maxBodyBytes: 1024 }, echo)).rejects.toThrow(new RegExp(`port ${port} is already in use`));
  });

  it('close() lets a request in flight finish', async () => {
    const queue = new JobQueue({ concurrency: 1, maxWaitMs: 1000 });
    let release!: () => void;
    let entered!: () => void;
    const handling = new Promise<void>((resolve) => (entered = resolve));
    const { url } = await serve((app) => app.get('/slow', () => queue.run(() => new Promise((resolve) => {
      release = () => resolve({ done: true });
      entered();
    }))));
    const pending = fetch(`${url}/slow`);
    await handling;
    const closing = server!.close();
    release();
    expect(await (await pending).json()).toEqual({ done: true });
    await closing;
    server = undefined;
  });
});
