// The Fastify application both `serve` and `listen` run, with the rules every endpoint
// shares: JSON bodies only (415 otherwise, 413 past the size limit, 400 when malformed),
// bodies validated by zod (zod-validation.ts), `{"error": "..."}` for every failure
// (http-errors.ts), 404 for an unknown path and 405 with Allow for a known path's other
// methods, a Host check against DNS rebinding on a loopback address, an optional Bearer
// token, and one log line per request.

import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { errorResponse } from './http-errors.js';
import { HttpError, type ApiResponse } from './http-types.js';
import { zodValidatorCompiler } from './zod-validation.js';

export interface RequestLog {
  method: string;
  path: string;
  status: number;
  ms: number;
}

export interface HttpAppOptions {
  /** The address the server binds: on a loopback address, foreign Host headers get 403. */
  host: string;
  maxBodyBytes: number;
  /** Every request must carry `Authorization: Bearer <token>` (401 otherwise). */
  token?: string | undefined;
  onRequest?: (log: RequestLog) => void;
  /** A 500: a bug in letscode, with its stack. */
  onInternalError?: (error: unknown) => void;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Served without the Bearer token: the page's files (src/web/page-routes.ts). */
    publicFile?: boolean;
  }
}

export async function createHttpApp(options: HttpAppOptions, register: (app: FastifyInstance) => void | Promise<void>): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: options.maxBodyBytes,
    exposeHeadRoutes: false,
    // Requests in flight finish on close(); idle keep-alive connections go at once.
    forceCloseConnections: 'idle',
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setReplySerializer((payload) => `${JSON.stringify(payload)}\n`);
  app.removeAllContentTypeParsers();
  // Browsers send cross-site form posts without a preflight only as text/plain, form or
  // multipart: requiring JSON keeps other web pages from using the API.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    try {
      done(null, JSON.parse(text as string));
    } catch (error) {
      done(new HttpError(400, `the body is not valid JSON: ${(error as Error).message}`), undefined);
    }
  });

  const loopback = isLoopback(options.host);
  const tokenDigest = options.token === undefined ? null : digest(options.token);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (loopback && !isLocalHostHeader(request.headers.host)) {
      // DNS rebinding: a web page on evil.example resolving to 127.0.0.1 sends Host: evil.example.
      throw new HttpError(403, `Host ${request.headers.host ?? '(none)'} is not this machine: use localhost or 127.0.0.1`);
    }
    // The page's own files carry no data: a browser must load them before it can send the token.
    if (tokenDigest && request.routeOptions.config.publicFile !== true && !bearerMatches(request, tokenDigest)) {
      throw new HttpError(401, 'send the server\'s token as "Authorization: Bearer <token>"', { 'WWW-Authenticate': 'Bearer' });
    }
  });
  app.addHook('onResponse', async (request, reply) => {
    options.onRequest?.({ method: request.method, path: pathOf(request.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime) });
  });
  app.setErrorHandler(async (error, request, reply) => {
    // Answered before the client has sent all of a body that is too large, the 413 would be
    // lost to a broken pipe on the client's side: take in (and drop) the rest first.
    if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') await drainRequest(request.raw);
    return sendResponse(reply, errorResponse(error, options));
  });
  app.setNotFoundHandler((request) => {
    const path = pathOf(request.url);
    const allowed = METHODS.filter((method) => app.findRoute({ method, url: path }) !== null);
    if (allowed.length === 0) throw new HttpError(404, `no such endpoint: ${path}`);
    throw new HttpError(405, `${path} answers ${allowed.join(', ')}, not ${request.method}`, { Allow: allowed.join(', ') });
  });
  await register(app);
  await app.ready();
  return app;
}

export function sendResponse(reply: FastifyReply, response: ApiResponse): FastifyReply {
  return reply.code(response.status).headers(response.headers ?? {}).send(response.body);
}

/** Bodies past this are not waited for: the connection is closed on them instead. */
const DRAIN_MAX_BYTES = 64 * 1024 * 1024;
const DRAIN_MAX_MS = 5000;

/** Reads the rest of a request's body and drops it (bounded in bytes and time). */
function drainRequest(raw: IncomingMessage): Promise<void> {
  if (raw.complete || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let bytes = 0;
    const done = () => {
      clearTimeout(timer);
      raw.removeListener('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > DRAIN_MAX_BYTES) done();
    };
    const timer = setTimeout(done, DRAIN_MAX_MS);
    raw.on('data', onData);
    raw.once('end', done);
    raw.once('error', done);
    raw.once('close', done);
    raw.resume();
  });
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Compared as digests in constant time, so the answer's timing says nothing about the token. */
function bearerMatches(request: FastifyRequest, tokenDigest: Buffer): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match !== null && timingSafeEqual(digest(match[1]!), tokenDigest);
}

function pathOf(url: string): string {
  const end = url.indexOf('?');
  return end < 0 ? url : url.slice(0, end);
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
