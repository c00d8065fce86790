import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SandboxError } from '../errors.js';
import { FakeSandbox, fakeServices } from '../execution/__fixtures__/fake-sandbox.js';
import type { ApiContext } from './api-context.js';
import { registerApiRoutes } from './api-routes.js';
import { createHttpApp } from './http-app.js';
import { JobQueue } from './queue.js';

const repoRoot = resolve(import.meta.dirname, '../..');

function api(sandbox = new FakeSandbox((spec) => ({ stdout: spec.stdin }))) {
  const context: ApiContext = {
    services: fakeServices(sandbox),
    queue: new JobQueue({ concurrency: 2, maxWaitMs: 1000 }),
    cwd: repoRoot,
    ping: () => sandbox.ping(),
    images: async () => [{ toolchain: 'gcc', ref: 'letscode/gcc:abc', present: true, languages: ['c', 'cpp'] }],
  };
  const app = createHttpApp({ host: '127.0.0.1', maxBodyBytes: 1024 * 1024 }, (server) => registerApiRoutes(server, context));
  return async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: unknown }> => {
    const response = await (await app).inject({ method, url: path, headers: { host: 'localhost' }, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: response.statusCode, body: response.json() };
  };
}

describe('POST /api/execute', () => {
  it('runs the code on the input and answers with the run document', async () => {
    const response = await api()('POST', '/api/execute', { language: 'py', code: 'print(input())', input: 'hello\n' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'OK', stdout: 'hello\n', stderr: '', exitCode: 0, signal: null, timeMs: 5, wallMs: 6, memoryBytes: 1024 * 1024, detail: '',
      compile: { ok: true, message: '', timeMs: expect.any(Number), cached: false },
    });
  });

  it('passes the limits on', async () => {
    const sandbox = new FakeSandbox();
    await api(sandbox)('POST', '/api/execute', { language: 'py', code: 'x', timeLimitMs: 2500, memoryLimitMb: 64 });
    expect(sandbox.runBoxes[0]?.runs[0]?.limits).toMatchObject({ cpuTimeMs: 2500, wallTimeMs: 5000, memoryBytes: 64 * 1024 * 1024 });
  });

  it('an unknown language is 422 naming the field; a bad body 400', async () => {
    const call = api();
    const unknown = await call('POST', '/api/execute', { language: 'cobol', code: 'x' });
    expect(unknown.status).toBe(422);
    expect((unknown.body as { error: string }).error).toMatch(/^language: unknown language "cobol"/);
    const bad = await call('POST', '/api/execute', { language: 'py' });
    expect([bad.status, bad.body]).toEqual([400, { error: 'code: is required (a string)' }]);
  });

  it('a judge error is 500, with the run document saying JE', async () => {
    const sandbox = new FakeSandbox(() => {
      throw new SandboxError('lost the sandbox container');
    });
    const response = await api(sandbox)('POST', '/api/execute', { language: 'py', code: 'x' });
    expect(response.status).toBe(500);
    expect(response.body).toMatchObject({ status: 'JE', detail: 'lost the sandbox container' });
  });
});

describe('POST /api/judge', () => {
  it('judges inline tests and answers with the judge --json report', async () => {
    const response = await api()('POST', '/api/judge', {
      language: 'python',
      code: 'print(input())',
      tests: [{ input: '1\n', output: '1\n' }, { name: 'second', input: '2\n', output: '3\n' }],
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      verdict: 'WA',
      problem: 'inline tests',
      solution: 'solution.py',
      tests: [{ name: '1', verdict: 'AC' }, { name: 'second', verdict: 'WA', detail: expect.stringMatching(/expected "3", got "2"/) }],
    });
  });

  it('judges against a problem folder, relative to where the server started', async () => {
    const response = await api()('POST', '/api/judge', { language: 'py', code: 'x', problem: 'test/fixtures/e2e/echo-sum' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ problem: 'Echo sum', tests: [{ name: 'sample' }, { name: 'negative' }, { name: 'beyond-32-bits' }] });
  });

  it('a problem that does not load is 422 naming the problem field', async () => {
    const response = await api()('POST', '/api/judge', { language: 'py', code: 'x', problem: join('no', 'such', 'problem') });
    expect(response.status).toBe(422);
    expect((response.body as { error: string }).error).toMatch(/^problem: no such file or folder/);
  });
});

describe('GET endpoints', () => {
  it('/api/languages lists id, name, extensions and aliases', async () => {
    const response = await api()('GET', '/api/languages');
    const { languages } = response.body as { languages: { id: string; extensions: string[]; aliases: string[] }[] };
    expect(languages.find((language) => language.id === 'cpp')).toMatchObject({ extensions: expect.arrayContaining(['.cpp']), aliases: expect.arrayContaining(['c++']) });
    expect(Object.keys(languages[0]!)).toEqual(['id', 'name', 'extensions', 'aliases']);
  });

  it('/api/health is 200 with the images when Docker answers, 503 when it does not', async () => {
    const sandbox = new FakeSandbox();
    const call = api(sandbox);
    const healthy = await call('GET', '/api/health');
    expect(healthy).toMatchObject({ status: 200, body: { docker: true, images: [{ toolchain: 'gcc', present: true }], queue: { concurrency: 2, running: 0, waiting: 0 } } });
    sandbox.pingError = new Error('Docker is not running');
    const down = await call('GET', '/api/health');
    expect(down).toMatchObject({ status: 503, body: { docker: false, error: 'Docker is not running' } });
  });
});
