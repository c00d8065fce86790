import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { takeBackExtraCaCerts } from '../common/extra-ca-certs.js';
import { packageRoot } from '../paths.js';
import { postCallback } from './callback.js';
import type { SubmissionView } from './submissions.js';

const tlsDir = join(packageRoot, 'test/fixtures/tls');
const VIEW = { id: 'abc', status: 'done' } as unknown as SubmissionView;

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A receiver that answers `status` and keeps the bodies it got. */
async function receiver(secure: boolean, status: number) {
  const bodies: unknown[] = [];
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      bodies.push({ type: request.headers['content-type'], body: JSON.parse(text) });
      response.writeHead(status).end();
    });
  };
  const server = secure
    ? createHttpsServer({ cert: readFileSync(join(tlsDir, 'server.pem')), key: readFileSync(join(tlsDir, 'server-key.pem')) }, handle)
    : createHttpServer(handle);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `${secure ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}/judged`, bodies };
}

describe('callback deliveries', () => {
  it('POST the submission as JSON; anything but 2xx is a failed delivery', async () => {
    const ok = await receiver(false, 204);
    await postCallback(ok.url, VIEW);
    expect(ok.bodies).toEqual([{ type: 'application/json', body: VIEW }]);
    const refusing = await receiver(false, 302);
    await expect(postCallback(refusing.url, VIEW)).rejects.toThrow(`callback ${refusing.url}: answered 302`);
  });

  it('give up on a receiver that does not answer within the timeout', async () => {
    const server = createHttpServer(() => undefined);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await expect(postCallback(url, VIEW, 200)).rejects.toThrow(`callback ${url}: no answer within 0.2 s`);
  });

  it('trust an https receiver of a private CA once NODE_EXTRA_CA_CERTS names it, even when Node did not load it', async () => {
    const https = await receiver(true, 200);
    await expect(postCallback(https.url, VIEW)).rejects.toThrow(/certificate/);
    // What the CLI does first when the bin's shebang kept Node from reading the file.
    takeBackExtraCaCerts({ LETSCODE_NODE_EXTRA_CA_CERTS: join(tlsDir, 'ca.pem') });
    await postCallback(https.url, VIEW);
    expect(https.bodies).toHaveLength(1);
  });
});
