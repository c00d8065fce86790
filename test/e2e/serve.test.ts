// `letscode serve` over real HTTP: the built CLI listens on a free port, the tests fetch.
// Execute and judge on real containers, the error statuses, a full queue, 20 concurrent
// requests, and a Ctrl-C that leaves no container behind.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leftoverContainers } from './cli.js';
import { postJson, startServer, type StartedServer } from './server.js';

const SUM_CPP = '#include <cstdio>\nint main(){long long a,b;scanf("%lld %lld",&a,&b);printf("%lld\\n",a+b);}\n';
const BUSY_CPP = 'int main(){volatile unsigned long long n=0;for(;;)n=n+1;}\n';
const MEMSET_CPP = '#include <cstdlib>\n#include <cstring>\nint main(){for(int i=0;i<512;i++){char*p=(char*)malloc(1<<20);memset(p,7,1<<20);}}\n';

let server: StartedServer;

beforeAll(async () => {
  server = await startServer(['serve', '-j', '2', '--max-body', '1MiB']);
});

afterAll(async () => {
  const { exitCode, stderr } = await server.stop();
  expect(exitCode).toBe(0);
  expect(stderr).toMatch(/^POST \/api\/execute 200 \d+ ms$/m);
  expect(await leftoverContainers(server.pid)).toEqual([]);
});

const api = (path: string) => `${server.url}${path}`;

describe('POST /api/execute', () => {
  it('compiles and runs the code on the input', async () => {
    const { status, body } = await postJson(api('/api/execute'), { language: 'cpp', code: SUM_CPP, input: '1000000000 1000000000\n' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'OK', stdout: '2000000000\n', stderr: '', exitCode: 0, signal: null, detail: '' });
    expect(Object.keys(body)).toEqual(['status', 'stdout', 'stderr', 'exitCode', 'signal', 'timeMs', 'wallMs', 'memoryBytes', 'detail', 'compile']);
  });

  it('applies the time and memory limits of the request', async () => {
    const slow = await postJson(api('/api/execute'), { language: 'c++', code: BUSY_CPP, timeLimitMs: 300 });
    expect([slow.status, slow.body.status, slow.body.detail]).toEqual([200, 'TLE', 'CPU time over the 300 ms limit']);
    const hungry = await postJson(api('/api/execute'), { language: 'cpp', code: MEMSET_CPP, memoryLimitMb: 64 });
    expect([hungry.status, hungry.body.status]).toEqual([200, 'MLE']);
  });

  it('a compile error is status CE with the message', async () => {
    const { status, body } = await postJson(api('/api/execute'), { language: 'cpp', code: 'int main( {' });
    expect([status, body.status]).toEqual([200, 'CE']);
    expect(body.detail).toMatch(/error:/);
  });

  it('20 concurrent requests, each with its own input, all answered correctly', async () => {
    await postJson(api('/api/execute'), { language: 'cpp', code: SUM_CPP, input: '0 0\n' }); // compile once
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => postJson(api('/api/execute'), { language: 'cpp', code: SUM_CPP, input: `${i} ${i * 1000}\n` })),
    );
    const seconds = (performance.now() - started) / 1000;
    expect(answers.map((answer) => [answer.status, answer.body.status, answer.body.stdout])).toEqual(
      Array.from({ length: 20 }, (_, i) => [200, 'OK', `${i + i * 1000}\n`]),
    );
    console.log(`20 concurrent /api/execute (C++, cached compile, -j 2): ${seconds.toFixed(2)} s, ${(20 / seconds).toFixed(1)} requests/s`);
  });

  it('a warm C++ request (compile cache hit, spare box) answers fast', async () => {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      const { body } = await postJson(api('/api/execute'), { language: 'cpp', code: SUM_CPP, input: `${i} 1\n` });
      times.push(performance.now() - started);
      expect(body.stdout).toBe(`${i + 1}\n`);
    }
    times.sort((a, b) => a - b);
    console.log(`warm /api/execute latency (C++): median ${times[5]!.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times[9]!.toFixed(1)} ms`);
    expect(times[5]).toBeLessThan(1000);
  });
});

describe('POST /api/judge', () => {
  it('judges inline tests, with the judge --json report', async () => {
    const { status, body } = await postJson(api('/api/judge'), {
      language: 'python',
      code: 'a, b = map(int, input().split())\nprint(a + b)\n',
      tests: [{ input: '1 2\n', output: '3\n' }, { input: '2 2\n', output: '5\n' }],
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ verdict: 'WA', problem: 'inline tests', tests: [{ name: '1', verdict: 'AC' }, { name: '2', verdict: 'WA' }] });
    expect(Object.keys(body)).toEqual(['verdict', 'problem', 'language', 'solution', 'compile', 'tests', 'totalMs']);
  });

  it('judges against a problem folder on the server\'s machine', async () => {
    const { status, body } = await postJson(api('/api/judge'), { language: 'cpp', code: SUM_CPP, problem: 'test/fixtures/e2e/echo-sum' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ verdict: 'AC', problem: 'Echo sum' });
    expect((body.tests as unknown[]).length).toBe(3);
  });
});

describe('GET endpoints', () => {
  it('/api/languages', async () => {
    const response = await fetch(api('/api/languages'));
    const { languages } = (await response.json()) as { languages: { id: string; name: string; extensions: string[]; aliases: string[] }[] };
    expect(response.status).toBe(200);
    expect(languages.find((language) => language.id === 'cpp')).toEqual({ id: 'cpp', name: expect.any(String), extensions: expect.arrayContaining(['.cpp']), aliases: expect.arrayContaining(['c++']) });
  });

  it('/api/health: Docker answers and every image is built', async () => {
    const response = await fetch(api('/api/health'));
    const body = (await response.json()) as { docker: boolean; images: { toolchain: string; present: boolean }[]; queue: { concurrency: number } };
    expect(response.status).toBe(200);
    expect(body.docker).toBe(true);
    expect(body.images.find((image) => image.toolchain === 'gcc')).toMatchObject({ present: true });
    expect(body.images.every((image) => image.present)).toBe(true);
    expect(body.queue.concurrency).toBe(2);
  });
});

describe('errors', () => {
  it('400 for malformed JSON and for a schema error naming the field', async () => {
    const malformed = await postJson(api('/api/execute'), '{"language": "cpp",');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatch(/^the body is not valid JSON/);
    const missing = await postJson(api('/api/execute'), { language: 'cpp' });
    expect([missing.status, missing.body]).toEqual([400, { error: 'code: is required (a string)' }]);
    const typo = await postJson(api('/api/judge'), { language: 'cpp', code: 'x', tests: [{ input: '', ouput: '' }] });
    expect([typo.status, typo.body.error]).toEqual([400, 'tests.0.ouput: unknown field (did you mean output?)']);
  });

  it('413 for a body over --max-body', async () => {
    const { status, body } = await postJson(api('/api/execute'), { language: 'cpp', code: SUM_CPP, input: 'x'.repeat(2 * 1024 * 1024) });
    expect(status).toBe(413);
    expect(body.error).toMatch(/larger than 1048576 bytes/);
  });

  it('422 for an unknown language', async () => {
    const { status, body } = await postJson(api('/api/execute'), { language: 'cobol', code: 'x' });
    expect(status).toBe(422);
    expect(body.error).toMatch(/^language: unknown language "cobol"/);
  });

  it('404 for an unknown route, 405 for the wrong method, 415 for a body that is not JSON', async () => {
    expect((await fetch(api('/api/nothing'))).status).toBe(404);
    const wrong = await fetch(api('/api/execute'));
    expect([wrong.status, wrong.headers.get('allow')]).toEqual([405, 'POST']);
    const form = await fetch(api('/api/execute'), { method: 'POST', body: 'language=cpp' });
    expect(form.status).toBe(415);
  });

  it('503 with Retry-After when a request waited longer than the queue timeout', async () => {
    const small = await startServer(['serve', '-j', '1', '--queue-timeout', '300ms']);
    try {
      const sleeper = postJson(`${small.url}/api/execute`, { language: 'python', code: 'import time\ntime.sleep(10)\n', timeLimitMs: 1000 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const turnedAway = await postJson(`${small.url}/api/execute`, { language: 'python', code: 'print(1)\n' });
      expect(turnedAway.status).toBe(503);
      expect(turnedAway.headers.get('retry-after')).toBe('1');
      expect(turnedAway.body.error).toMatch(/busy/);
      const slept = await sleeper;
      expect([slept.status, slept.body.status]).toEqual([200, 'TLE']);
      const later = await postJson(`${small.url}/api/execute`, { language: 'python', code: 'print(1)\n' });
      expect([later.status, later.body.stdout]).toEqual([200, '1\n']);
    } finally {
      const { exitCode } = await small.stop();
      expect(exitCode).toBe(0);
      expect(await leftoverContainers(small.pid)).toEqual([]);
    }
  });
});
