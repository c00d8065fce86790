import { describe, expect, it } from 'vitest';
import { FakeSandbox, fakeServices } from '../execution/__fixtures__/fake-sandbox.js';
import type { JudgeEvent } from '../judge/events.js';
import { InProcessQueue } from '../queue/in-process-queue.js';
import type { TimedProblem } from '../problem/model.js';
import { createHttpApp } from './http-app.js';
import type { RateLimit } from './rate-limit.js';
import { registerSubmissionRoutes } from './submission-routes.js';

/** A fake program that prints what it reads, doubled when its code says "double". */
function api(rateLimit?: RateLimit) {
  const sandbox = new FakeSandbox((spec, box) => {
    const code = [...box.files.values()].map(String).join('');
    const n = Number(spec.stdin.toString());
    return { stdout: Buffer.from(`${code.includes('double') ? 2 * n : n}\n`) };
  });
  const queue = new InProcessQueue({
    concurrency: 2,
    runInSlots: (_weight, job) => job(),
    judge: { services: fakeServices<JudgeEvent>(sandbox), timed: async (problem) => problem as TimedProblem },
    workerName: 'test',
  });
  const app = createHttpApp({ host: '127.0.0.1', maxBodyBytes: 1024 * 1024 }, (server) => registerSubmissionRoutes(server, { queue, cwd: process.cwd(), rateLimit, closing: new AbortController().signal, testsInParallel: 1 }));
  const call = async (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) => {
    const response = await (await app).inject({ method, url, headers: { host: 'localhost', ...headers }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, headers: response.headers, text: response.payload, json: () => response.json() as Record<string, unknown> };
  };
  return { call, queue };
}

const doubling = { language: 'python', code: 'double', tests: [{ input: '1\n', output: '2\n' }, { input: '2\n', output: '4\n' }] };

describe('POST /v1/submissions', () => {
  it('202 with the id at once; GET follows it to done with the judge --json report', async () => {
    const { call, queue } = api();
    const accepted = await call('POST', '/v1/submissions', doubling);
    expect(accepted.status).toBe(202);
    const { id } = accepted.json() as { id: string };
    expect(accepted.json()).toEqual({ id, status: 'queued' });
    expect(accepted.headers.location).toBe(`/v1/submissions/${id}`);
    await queue.outcome(id);
    const done = await call('GET', `/v1/submissions/${id}`);
    expect(done.status).toBe(200);
    expect(done.json()).toMatchObject({ id, status: 'done', result: { verdict: 'AC', problem: 'inline tests', tests: [{ name: '1', verdict: 'AC' }, { name: '2', verdict: 'AC' }] } });
  });

  it('400 naming the field, 422 for an unknown language, 404 for an unknown id', async () => {
    const { call } = api();
    const typo = await call('POST', '/v1/submissions', { ...doubling, priorty: 3 });
    expect([typo.status, typo.json().error]).toEqual([400, 'priorty: unknown field (did you mean priority?)']);
    const hook = await call('POST', '/v1/submissions', { ...doubling, callbackUrl: 'file:///etc/passwd' });
    expect([hook.status, hook.json().error]).toEqual([400, 'callbackUrl: expected an http:// or https:// URL without credentials']);
    const cobol = await call('POST', '/v1/submissions', { ...doubling, language: 'cobol' });
    expect(cobol.status).toBe(422);
    const missing = await call('GET', '/v1/submissions/no-such-id');
    expect([missing.status, missing.json().error]).toEqual([404, expect.stringMatching(/^no submission no-such-id/)]);
  });
});

describe('GET /v1/submissions/:id/events', () => {
  it('streams every event in order as Server-Sent Events and ends after done', async () => {
    const { call } = api();
    const { id } = (await call('POST', '/v1/submissions', doubling)).json() as { id: string };
    const stream = await call('GET', `/v1/submissions/${id}/events`, undefined, { accept: 'text/event-stream' });
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    const messages = stream.text.trim().split('\n\n').map((block) => Object.fromEntries(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()])));
    expect(messages.map((message) => message.event)).toEqual(['queued', 'running', 'compiled', 'test', 'test', 'done']);
    expect(messages.map((message) => message.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(JSON.parse(messages[3]!.data!)).toMatchObject({ type: 'test', index: 0, name: '1', verdict: 'AC' });
    expect(JSON.parse(messages[5]!.data!)).toMatchObject({ type: 'done', result: { verdict: 'AC' } });

    const resumed = await call('GET', `/v1/submissions/${id}/events`, undefined, { accept: 'text/event-stream', 'last-event-id': '4' });
    expect(resumed.text.match(/^event: .*/gm)).toEqual(['event: test', 'event: done']);
  });

  it('404 as JSON for an unknown id', async () => {
    const { call } = api();
    const missing = await call('GET', '/v1/submissions/nope/events', undefined, { accept: 'text/event-stream' });
    expect(missing.status).toBe(404);
  });
});

describe('POST /v1/submissions/batch', () => {
  it('queues up to 100 at once and answers with their ids in order', async () => {
    const { call, queue } = api();
    const batch = await call('POST', '/v1/submissions/batch', { submissions: [doubling, { ...doubling, code: 'echo' }, doubling] });
    expect(batch.status).toBe(202);
    const { submissions } = batch.json() as { submissions: { id: string; status: string }[] };
    expect(submissions.map((each) => each.status)).toEqual(['queued', 'queued', 'queued']);
    const verdicts = await Promise.all(submissions.map(async ({ id }) => ((await queue.outcome(id)) as { report: { verdict: string } }).report.verdict));
    expect(verdicts).toEqual(['AC', 'WA', 'AC']);
  });

  it('names the submission of a mistake; refuses more than 100', async () => {
    const { call } = api();
    const bad = await call('POST', '/v1/submissions/batch', { submissions: [doubling, { ...doubling, langauge: 'cpp' }] });
    expect([bad.status, bad.json().error]).toEqual([400, 'submissions.1.langauge: unknown field (did you mean language?)']);
    const cobol = await call('POST', '/v1/submissions/batch', { submissions: [doubling, { ...doubling, language: 'cobol' }] });
    expect([cobol.status, cobol.json().error]).toEqual([422, expect.stringMatching(/^submissions\.1\.language: unknown language "cobol"/)]);
    const many = await call('POST', '/v1/submissions/batch', { submissions: Array.from({ length: 101 }, () => doubling) });
    expect([many.status, many.json().error]).toEqual([400, expect.stringMatching(/^submissions: /)]);
  });
});

describe('--rate-limit', () => {
  it('429 with Retry-After past the limit; a batch counts as its submissions', async () => {
    const { call } = api({ max: 3, windowMs: 60_000 });
    expect((await call('POST', '/v1/submissions', doubling)).status).toBe(202);
    const tooMany = await call('POST', '/v1/submissions/batch', { submissions: [doubling, doubling, doubling] });
    expect(tooMany.status).toBe(429);
    expect(Number(tooMany.headers['retry-after'])).toBeGreaterThan(0);
    expect(tooMany.json().error).toMatch(/may send 3 submissions per minute/);
    expect((await call('POST', '/v1/submissions/batch', { submissions: [doubling, doubling] })).status).toBe(202);
    const over = await call('POST', '/v1/submissions', doubling);
    expect([over.status, over.headers['retry-after']]).toEqual([429, expect.stringMatching(/^\d+$/)]);
  });
});
