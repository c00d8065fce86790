// serve --rate-limit: submissions per client (by address) in a time window, counted by
// @fastify/rate-limit's store. A batch counts as the submissions it holds and is refused
// whole when they do not all fit. Past the limit: 429 with Retry-After.

import rateLimitPlugin from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './http-types.js';

export interface RateLimit {
  max: number;
  windowMs: number;
}

/** Counts `count` submissions for the request's client, or throws 429. */
export type SubmissionCounter = (request: FastifyRequest, count: number) => Promise<void>;

export async function submissionCounter(app: FastifyInstance, limit: RateLimit | undefined): Promise<SubmissionCounter> {
  if (!limit) return async () => undefined;
  await app.register(rateLimitPlugin, { global: false });
  const check = app.createRateLimit({ max: limit.max, timeWindow: limit.windowMs, keyGenerator: (request) => request.ip });
  const refuse = (request: FastifyRequest, ttlMs: number, count: number): never => {
    const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
    const what = count === 1 ? 'this submission' : `these ${count} submissions`;
    throw new HttpError(429, `${request.ip} may send ${limit.max} submissions per ${describeWindow(limit.windowMs)}: ${what} would pass it; try again in ${seconds} s`, { 'Retry-After': String(seconds) });
  };
  return async (request, count) => {
    const peek = await check(request, { increment: false });
    if (peek.isAllowed) return;
    if (peek.remaining < count) refuse(request, peek.ttl || limit.windowMs, count);
    for (let taken = 0; taken < count; taken++) {
      const state = await check(request);
      if (!state.isAllowed && state.isExceeded) refuse(request, state.ttl, count);
    }
  };
}

function describeWindow(ms: number): string {
  if (ms === 1000) return 'second';
  if (ms === 60_000) return 'minute';
  if (ms === 3_600_000) return 'hour';
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
