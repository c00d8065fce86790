// The node:http server both `serve` and `listen` run: turns requests into ApiRequests,
// answers with JSON, maps errors to statuses, logs one line per request, refuses foreign
// Host headers on a loopback address, and closes cleanly.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DockerError, UsageError, UserFacingError, errorMessage } from '../errors.js';
import { readJsonBody } from './body.js';
import { HttpError, type ApiResponse, type Handler } from './http-types.js';
import { QueueClosedError, QueueTimeoutError } from './queue.js';

export interface RequestLog {
  method: string;
  path: string;
  status: number;
  ms: number;
}

export interface HttpServerOptions {
  host: string;
  /** 0: any free port. */
  port: number;
  maxBodyBytes: number;
  onRequest?: (log: RequestLog) => void;
  /** A 500: a bug in letscode, with its stack. */
  onInternalError?: (error: unknown) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting; waits up to `graceMs` for requests in flight, then cuts them. */
  close(graceMs?: number): Promise<void>;
}

export async function startHttpServer(handler: Handler, options: HttpServerOptions): Promise<RunningServer> {
  const state = { loopback: isLoopback(options.host), closing: false };
  const server = createServer((req, res) => {
    void answer(req, res, handler, options, state);
  });
  server.keepAliveTimeout = 5000;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, options)));
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: (graceMs = 2000) =>
      new Promise<void>((resolve) => {
        state.closing = true;
        const timer = setTimeout(() => {
          for (const socket of sockets) socket.destroy();
        }, graceMs);
        // Keep-alive connections become idle as their last responses finish.
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        server.close(() => {
          clearTimeout(timer);
          clearInterval(idle);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, handler: Handler, options: HttpServerOptions, state: { loopback: boolean; closing: boolean }): Promise<void> {
  const started = Date.now();
  const method = req.method ?? 'GET';
  const path = pathOf(req.url);
  const aborted = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) aborted.abort(new Error('the client went away'));
  });
  let response: ApiResponse;
  try {
    if (state.loopback && !isLocalHostHeader(req.headers.host)) {
      // DNS rebinding: a web page on evil.example resolving to 127.0.0.1 sends Host: evil.example.
      throw new HttpError(403, `Host ${req.headers.host ?? '(none)'} is not this machine: use localhost or 127.0.0.1`);
    }
    response = await handler({ method, path, headers: req.headers, json: () => readJsonBody(req, options.maxBodyBytes), signal: aborted.signal });
  } catch (error) {
    response = errorResponse(error, options);
  }
  if (!res.destroyed) {
    const body = `${JSON.stringify(response.body)}\n`;
    res.writeHead(response.status, {
      ...response.headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      // A response finished while the server closes ends its connection, so close() need not wait it out.
      ...(state.closing ? { Connection: 'close' } : {}),
    });
    res.end(body);
  }
  options.onRequest?.({ method, path, status: response.status, ms: Date.now() - started });
}

export function errorResponse(error: unknown, options: Pick<HttpServerOptions, 'onInternalError'> = {}): ApiResponse {
  if (error instanceof HttpError) return { status: error.status, body: { error: error.message }, headers: error.headers };
  if (error instanceof QueueTimeoutError) {
    return { status: 503, body: { error: error.message }, headers: { 'Retry-After': String(error.retryAfterSeconds) } };
  }
  if (error instanceof QueueClosedError || error instanceof DockerError) return { status: 503, body: { error: error.message } };
  // A solution folder without a main file, a problem that does not load: the request's fault.
  if (error instanceof UserFacingError) return { status: 422, body: { error: error.message } };
  options.onInternalError?.(error);
  return { status: 500, body: { error: `internal error: ${errorMessage(error)}` } };
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return url ?? '/';
  }
}

/** 127.x.x.x, ::1 or localhost: reachable from this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function isLocalHostHeader(header: string | undefined): boolean {
  if (header === undefined) return false;
  const name = header.replace(/:\d+$/, '').toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

function listenError(error: NodeJS.ErrnoException, options: HttpServerOptions): Error {
  const where = `${options.host}:${options.port}`;
  if (error.code === 'EADDRINUSE') return new UsageError(`port ${options.port} is already in use on ${options.host} (another program listens there; pass --port)`);
  if (error.code === 'EACCES') return new UsageError(`not allowed to listen on ${where} (ports below 1024 need root; pass --port)`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return new UsageError(`--host ${options.host}: not an address of this machine`);
  return error;
}
