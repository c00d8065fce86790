// Starts an HTTP application (http-app.ts) on an address, and closes it cleanly: no new
// connections, requests in flight finish within a grace period, then what is left is cut.

import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { UsageError } from '../errors.js';
import { createHttpApp, type HttpAppOptions } from './http-app.js';

export { isLoopback, type RequestLog } from './http-app.js';

export interface HttpServerOptions extends HttpAppOptions {
  /** 0: any free port. */
  port: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting; waits up to `graceMs` for requests in flight, then cuts them. */
  close(graceMs?: number): Promise<void>;
}

export async function startHttpServer(options: HttpServerOptions, register: (app: FastifyInstance) => void | Promise<void>): Promise<RunningServer> {
  const app = await createHttpApp(options, register);
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    await app.close();
    throw listenError(error as NodeJS.ErrnoException, options);
  }
  const { port } = app.server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: async (graceMs = 2000) => {
      const timer = setTimeout(() => app.server.closeAllConnections(), graceMs);
      try {
        await app.close();
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function listenError(error: NodeJS.ErrnoException, options: HttpServerOptions): Error {
  const where = `${options.host}:${options.port}`;
  if (error.code === 'EADDRINUSE') return new UsageError(`port ${options.port} is already in use on ${options.host} (another program listens there; pass --port)`);
  if (error.code === 'EACCES') return new UsageError(`not allowed to listen on ${where} (ports below 1024 need root; pass --port)`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return new UsageError(`--host ${options.host}: not an address of this machine`);
  return error;
}
