// TLS as a user with a private certificate authority has it: a Redis that speaks only
// rediss:// and an https callback receiver, both with a certificate of test/fixtures/tls's
// CA, which the CLI may trust only through NODE_EXTRA_CA_CERTS. The bin runs by its shebang,
// which keeps Node from reading that file at start (bin/letscode.js): the CLI's own TLS
// clients (src/common/tls-certificates.ts) must still trust it, and nothing else.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letscode } from './cli.js';
import { eventually, startRedis, startWorker, TLS_FIXTURES, type TestRedis } from './redis.js';
import { scratchDirs } from './scratch.js';
import { postJson, startServer } from './server.js';

const scratchDir = scratchDirs('tls');
const CA = join(TLS_FIXTURES, 'ca.pem');
const SUM_PY = 'a, b = map(int, input().split())\nprint(a + b)\n';

let redis: TestRedis;

beforeAll(async () => {
  redis = await startRedis(scratchDir('redis'), { tls: true });
});

afterAll(async () => {
  await redis.stop();
});

describe('a private CA named in NODE_EXTRA_CA_CERTS', () => {
  it('is trusted by `queue --redis rediss://`; without it, one line says the certificate is the problem', async () => {
    const trusted = await letscode(['queue', '--redis', redis.url], { env: { NODE_EXTRA_CA_CERTS: CA } });
    expect(trusted.stderr).toBe('');
    expect(trusted.exitCode).toBe(0);
    expect(trusted.stdout).toMatch(/waiting/);

    const untrusted = await letscode(['queue', '--redis', redis.url], { env: { NODE_EXTRA_CA_CERTS: '' } });
    expect(untrusted.exitCode).toBe(3);
    expect(untrusted.stderr.trim().split('\n')).toHaveLength(1);
    expect(untrusted.stderr).toMatch(/rediss:\/\/:\*\*\*@127\.0\.0\.1:\d+: TLS failed: .*certificate.*NODE_EXTRA_CA_CERTS/);
  });

  it('is trusted by a worker and serve on rediss://, and by the callback to an https receiver', async () => {
    const received: Record<string, unknown>[] = [];
    const receiver = createServer({ cert: readFileSync(join(TLS_FIXTURES, 'server.pem')), key: readFileSync(join(TLS_FIXTURES, 'server-key.pem')) }, (request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        received.push(JSON.parse(text) as Record<string, unknown>);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const env = { NODE_EXTRA_CA_CERTS: CA };
    const worker = await startWorker(redis.url, 'tls-worker', { env });
    const server = await startServer(['serve', '--redis', redis.url], { env });
    try {
      const callbackUrl = `https://127.0.0.1:${(receiver.address() as AddressInfo).port}/judged`;
      const { status, body } = await postJson(`${server.url}/v1/submissions`, { language: 'python', code: SUM_PY, tests: [{ input: '1 2\n', output: '3\n' }], callbackUrl });
      expect(status).toBe(202);
      await eventually(() => received.length > 0, 'the https callback', 60_000);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ id: body.id, status: 'done', result: { verdict: 'AC' } });
    } finally {
      receiver.close();
      expect((await server.stop()).exitCode).toBe(0);
      expect((await worker.kill('SIGTERM')).exitCode).toBe(0);
    }
  });
});
