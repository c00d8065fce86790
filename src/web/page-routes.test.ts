import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeSandbox, fakeServices } from '../execution/__fixtures__/fake-sandbox.js';
import type { JudgeEvent } from '../judge/events.js';
import type { TimedProblem } from '../problem/model.js';
import { InProcessQueue } from '../queue/in-process-queue.js';
import { createHttpApp } from '../server/http-app.js';
import { registerSubmissionRoutes } from '../server/submission-routes.js';
import { HistoryStore } from './history-store.js';
import type { PageContext } from './page-context.js';
import { registerPageRoutes } from './page-routes.js';
import { PAGE_CSP, type PageFile } from './static-page.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'letscode-page-routes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A folder of problems: a native one, a Kattis package with an HTML statement, one that does not load.
const problemsDir = join(root, 'problems');
cpSync(join(repoRoot, 'problems/sum-list'), join(problemsDir, 'week1/sum-list'), { recursive: true });
cpSync(join(repoRoot, 'test/fixtures/kattis/goldbach'), join(problemsDir, 'week2/goldbach'), { recursive: true, verbatimSymlinks: true });
rmSync(join(problemsDir, 'week2/goldbach/statement'), { recursive: true });
mkdirSync(join(problemsDir, 'week2/goldbach/statement'));
writeFileSync(join(problemsDir, 'week2/goldbach/statement/problem.en.html'), '<h1>Goldbach</h1><script>alert(1)</script>');
mkdirSync(join(problemsDir, 'broken'));
writeFileSync(join(problemsDir, 'broken/problem.yaml'), 'time_limt: 1s\n');
writeFileSync(join(root, 'secret.html'), 'not for you');

const pageFiles = new Map<string, PageFile>([
  ['/', { bytes: Buffer.from('<!doctype html><title>letscode</title>'), type: 'text/html; charset=utf-8', immutable: false }],
  ['/assets/index-abc.js', { bytes: Buffer.from('console.log(1)'), type: 'text/javascript; charset=utf-8', immutable: true }],
]);

let made = 0;
async function page(options: { token?: string; files?: Map<string, PageFile>; workers?: PageContext['workers'] } = {}) {
  const queue = new InProcessQueue({
    concurrency: 1,
    runInSlots: (_weight, job) => job(),
    judge: { services: fakeServices<JudgeEvent>(new FakeSandbox((spec) => ({ stdout: spec.stdin }))), timed: async (problem) => problem as TimedProblem },
    workerName: 'test',
  });
  const history = await HistoryStore.open(join(root, `data-${++made}`, 'history.jsonl'));
  const closing = new AbortController();
  const app = await createHttpApp({ host: '127.0.0.1', maxBodyBytes: 1024 * 1024, token: options.token }, async (server) => {
    await registerSubmissionRoutes(server, { queue, cwd: root, closing: closing.signal, testsInParallel: 1 });
    registerPageRoutes(server, { problemsDir, cwd: root, maxBodyBytes: 1024 * 1024, queue, workers: options.workers, history, pageFiles: options.files ?? pageFiles, closing: closing.signal });
  });
  const call = async (method: 'GET' | 'POST', url: string, payload?: object | string, headers: Record<string, string> = {}) => {
    const response = await app.inject({ method, url, headers: { host: 'localhost', ...headers }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, headers: response.headers, text: response.payload, json: () => response.json() as Record<string, unknown> };
  };
  return { call, history, close: async () => { closing.abort(); await app.close(); await queue.close(); await history.close(); } };
}

describe('the page of serve', () => {
  it('serves the page with a CSP that allows its own scripts only; no token needed for the files, but for the data', async () => {
    const { call, close } = await page({ token: 's3cret' });
    const index = await call('GET', '/');
    expect([index.status, index.headers['content-type'], index.headers['content-security-policy']]).toEqual([200, 'text/html; charset=utf-8', PAGE_CSP]);
    expect(PAGE_CSP).toMatch(/script-src 'self';/);
    expect(index.headers['x-frame-options']).toBe('DENY');
    expect((await call('GET', '/assets/index-abc.js')).headers['cache-control']).toMatch(/immutable/);
    expect((await call('GET', '/api/problems')).status).toBe(401);
    expect((await call('GET', '/api/history')).status).toBe(401);
    expect((await call('GET', '/api/problems', undefined, { authorization: 'Bearer s3cret' })).status).toBe(200);
    // No CORS: a page on another site cannot read an answer.
    expect((await call('GET', '/', undefined, { origin: 'https://evil.example' })).headers['access-control-allow-origin']).toBeUndefined();
    expect((await call('GET', '/', undefined, { host: 'evil.example' })).status).toBe(403);
    await close();
  });

  it('a page that was not built says how to build it', async () => {
    const { call, close } = await page({ files: new Map() });
    const index = await call('GET', '/');
    expect([index.status, index.text]).toEqual([503, expect.stringMatching(/run `npm run build`/)]);
    await close();
  });

  it('lists the problems under the folder with ids by folder, one that does not load with why', async () => {
    const { call, close } = await page();
    const { problems } = (await call('GET', '/api/problems')).json() as { problems: Record<string, string>[] };
    expect(problems).toEqual([
      { id: 'broken', name: 'broken', format: 'native', path: 'problems/broken', error: expect.stringMatching(/time_limt: unknown field \(did you mean time_limit\?\)/) },
      { id: 'week1/sum-list', name: 'Sum of a list', format: 'native', path: 'problems/week1/sum-list' },
      { id: 'week2/goldbach', name: 'Goldbach Pair', format: 'kattis', path: 'problems/week2/goldbach' },
    ]);
    await close();
  });

  it('one problem: limits, samples and the statement; an id no longer there is a 404 that says so', async () => {
    const { call, close } = await page();
    const detail = (await call('GET', `/api/problems/${encodeURIComponent('week1/sum-list')}`)).json();
    expect(detail).toMatchObject({ name: 'Sum of a list', limits: { timeMs: 1000, memoryBytes: 256 * 1024 * 1024 }, tests: 9, samples: [{ name: 'sample-1', input: '3\n1 2 3\n', output: '6\n' }, { name: 'sample-2' }], statement: { kind: 'markdown', file: 'README.md' } });
    const kattis = (await call('GET', `/api/problems/${encodeURIComponent('week2/goldbach')}`)).json();
    expect(kattis.statement).toEqual({ kind: 'html', file: 'problem.en.html', url: '/api/problems/week2%2Fgoldbach/statement/problem.en.html' });
    const gone = await call('GET', '/api/problems/week3');
    expect([gone.status, gone.json().error]).toEqual([404, expect.stringMatching(/^problem week3 is no longer in .*reload the page$/)]);
    await close();
  });

  it('statement files: sandboxed by CSP, only files of the statement folder, never a path out of it', async () => {
    const { call, close } = await page({ token: 's3cret' });
    const html = await call('GET', '/api/problems/week2%2Fgoldbach/statement/problem.en.html');
    expect([html.status, html.headers['content-security-policy']]).toEqual([200, expect.stringMatching(/^sandbox; default-src 'none'/)]);
    for (const path of ['..%2F..%2F..%2Fsecret.html', '../../../secret.html', '%2Fetc%2Fpasswd.html', 'problem.yaml', 'nothing.png']) {
      const answer = await call('GET', `/api/problems/week2%2Fgoldbach/statement/${path}`);
      // 404 from the route, or (a literal ../ resolved by the URL parser) no public route at all.
      expect([path, answer.status === 404 || answer.status === 401, answer.text.includes('not for you')]).toEqual([path, true, false]);
    }
    await close();
  });

  it('history: a submission of the queue is recorded, its verdict recorded by the server; others are refused', async () => {
    const { call, close } = await page();
    const submitted = await call('POST', '/v1/submissions', { language: 'python', code: 'x', tests: [{ input: '1\n', output: '1\n' }] });
    const { id } = submitted.json() as { id: string };
    expect((await call('POST', '/api/history', { id, problem: null, language: 'python', code: 'x' })).status).toBe(201);
    await expect.poll(async () => ((await call('GET', '/api/history?problem=')).json().entries as { outcome: { status: string } }[])[0]?.outcome.status).toBe('done');
    expect(((await call('GET', '/api/history?problem=week1/sum-list')).json().entries as unknown[])).toEqual([]);
    const unknown = await call('POST', '/api/history', { id: 'never-submitted', problem: null, language: 'python', code: 'x' });
    expect([unknown.status, unknown.json().error]).toEqual([404, expect.stringMatching(/no submission never-submitted/)]);
    // A form post from another site is refused before anything happens.
    expect((await call('POST', '/api/history', 'id=1', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await call('POST', '/api/history', { id, problem: null, language: 'python', code: 'x', extra: 1 })).status).toBe(400);
    await close();
  });

  it('the queue line: counts, and workers only with Redis', async () => {
    const { call, close } = await page();
    expect((await call('GET', '/api/queue')).json()).toEqual({ kind: 'in-process', counts: { waiting: 0, running: 0, done: 0, failed: 0 } });
    await close();
    const worker = { name: 'lab-1', host: 'lab-1', concurrency: 4, running: 3, paused: null };
    const redis = await page({ workers: async () => [worker] });
    expect((await redis.call('GET', '/api/queue')).json()).toEqual({ kind: 'redis', counts: { waiting: 0, running: 0, done: 0, failed: 0 }, workers: [worker] });
    expect((await redis.call('GET', '/api/page')).json()).toMatchObject({ queue: 'redis', maxBodyBytes: 1024 * 1024 });
    await redis.close();
  });
});
