// A small client for the few Docker Engine API calls every judge run makes (ping, image
// check, create/attach/start/remove a container), on node:http. dockerode stays the
// client for building and pulling images, but loading it costs ~150 ms of start-up
// (it pulls in gRPC and SSH support the hot path never uses), which is a tenth of a
// whole judge run; this file loads in ~1 ms.

import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { DockerError } from '../errors.js';

export interface EngineAddress {
  /** What to show in messages: the socket path or host:port. */
  label: string;
  options: RequestOptions;
  tls: boolean;
}

/** Where the engine is, from DOCKER_HOST (unix:// or tcp://, with DOCKER_TLS_VERIFY) or the default socket. */
export function engineAddress(env: NodeJS.ProcessEnv = process.env): EngineAddress {
  const host = env.DOCKER_HOST;
  if (!host || host.startsWith('unix://')) {
    const socketPath = host ? host.slice('unix://'.length) : '/var/run/docker.sock';
    return { label: socketPath, options: { socketPath }, tls: false };
  }
  const url = new URL(host.replace(/^tcp:/, 'http:'));
  if (url.protocol !== 'http:') {
    throw new DockerError(`DOCKER_HOST=${host}: only unix:// and tcp:// engines are supported (for ssh, forward the socket: ssh -L)`);
  }
  const tls = Boolean(env.DOCKER_TLS_VERIFY) && env.DOCKER_TLS_VERIFY !== '0';
  const options: RequestOptions = { host: url.hostname, port: Number(url.port) || (tls ? 2376 : 2375) };
  if (tls) {
    const certs = env.DOCKER_CERT_PATH ?? join(homedir(), '.docker');
    Object.assign(options, {
      ca: readFileSync(join(certs, 'ca.pem')),
      cert: readFileSync(join(certs, 'cert.pem')),
      key: readFileSync(join(certs, 'key.pem')),
    });
  }
  return { label: `${url.hostname}:${options.port}`, options, tls };
}

export class EngineError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

export class EngineClient {
  constructor(readonly address: EngineAddress = engineAddress()) {}

  private open(method: string, path: string, headers: Record<string, string> = {}) {
    const send = this.address.tls ? httpsRequest : httpRequest;
    return send({ ...this.address.options, method, path, headers });
  }

  /** One request with an optional JSON body; resolves with the parsed JSON reply (or null). */
  call(method: string, path: string, body?: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = this.open(method, path, payload ? { 'Content-Type': 'application/json' } : {});
      req.on('error', reject);
      req.on('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status >= 400) {
            let message = text.trim();
            try {
              message = (JSON.parse(text) as { message?: string }).message ?? message;
            } catch {
              // plain-text error bodies are fine as they are
            }
            return reject(new EngineError(status, message || `HTTP ${status}`));
          }
          try {
            resolve(text && res.headers['content-type']?.includes('json') ? JSON.parse(text) : null);
          } catch (error) {
            reject(error);
          }
        });
      });
      req.end(payload);
    });
  }

  /** POST …/attach with an HTTP upgrade: the socket then carries stdin one way and multiplexed stdout/stderr the other. */
  attach(containerId: string): Promise<Duplex> {
    return new Promise((resolve, reject) => {
      const query = 'stream=1&stdin=1&stdout=1&stderr=1';
      const req = this.open('POST', `/containers/${containerId}/attach?${query}`, { Connection: 'Upgrade', Upgrade: 'tcp' });
      req.on('error', reject);
      req.on('upgrade', (_res, socket: Duplex) => resolve(socket));
      req.on('response', (res: IncomingMessage) => {
        res.resume();
        reject(new EngineError(res.statusCode ?? 0, `attach refused with HTTP ${res.statusCode}`));
      });
      req.end();
    });
  }
}
