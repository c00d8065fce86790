// The asynchronous API: a submission is queued and answered at once (202), then followed.
//   POST /v1/submissions            {language, code, problem?|tests?, ..., priority?, callbackUrl?} -> 202 {id, status: "queued"}
//   POST /v1/submissions/batch      {submissions: [up to 100 of those]}                            -> 202 {submissions: [{id, status}]}
//   GET  /v1/submissions/:id        {id, status: queued|running|done|failed, result?, error?}
//   GET  /v1/submissions/:id/events Server-Sent Events: queued, running, compiled, test..., done|failed
// Where it is judged (workers through Redis, or this server's own queue) is the queue's
// business (src/queue/); this file only speaks HTTP.

import { fastifySSE } from '@fastify/sse';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../problem/model.js';
import type { StoredEvent } from '../queue/submission-events.js';
import { PRIORITY, type NewSubmission, type SubmissionQueue } from '../queue/submissions.js';
import { languageNamed } from './api-routes.js';
import { sendResponse } from './http-app.js';
import { HttpError } from './http-types.js';
import { problemForRequest } from './judge-problem.js';
import { submissionCounter, type RateLimit } from './rate-limit.js';
import { BATCH_FIELDS, batchSchema, SUBMISSION_FIELDS, submissionSchema, type BatchBody, type SubmissionBody } from './schemas.js';
import { zodBody } from './zod-validation.js';

export interface SubmissionsContext {
  queue: SubmissionQueue;
  /** Relative problem paths are resolved from here. */
  cwd: string;
  rateLimit?: RateLimit | undefined;
  /** Aborted when the server shuts down: event streams end. */
  closing: AbortSignal;
  /** Tests of one submission run at once. */
  testsInParallel: number;
}

type IdParams = { Params: { id: string } };

export async function registerSubmissionRoutes(app: FastifyInstance, context: SubmissionsContext): Promise<void> {
  await app.register(fastifySSE, { heartbeatInterval: 15_000 });
  const count = await submissionCounter(app, context.rateLimit);

  app.post('/v1/submissions', { schema: { body: zodBody(submissionSchema, SUBMISSION_FIELDS) } }, async (request: FastifyRequest<{ Body: SubmissionBody }>, reply) => {
    await count(request, 1);
    const [submission] = await toSubmissions([request.body], PRIORITY.single, context);
    const [ticket] = await context.queue.submit([submission!]);
    return sendResponse(reply, { status: 202, body: { id: ticket!.id, status: 'queued' }, headers: { Location: `/v1/submissions/${ticket!.id}` } });
  });

  app.post('/v1/submissions/batch', { schema: { body: zodBody(batchSchema, BATCH_FIELDS) } }, async (request: FastifyRequest<{ Body: BatchBody }>, reply) => {
    await count(request, request.body.submissions.length);
    const submissions = await toSubmissions(request.body.submissions, PRIORITY.batch, context, 'submissions');
    const tickets = await context.queue.submit(submissions);
    return sendResponse(reply, { status: 202, body: { submissions: tickets.map((ticket) => ({ id: ticket.id, status: 'queued' })) } });
  });

  app.get('/v1/submissions/:id', async (request: FastifyRequest<IdParams>, reply) => {
    return sendResponse(reply, { status: 200, body: await knownView(context.queue, request.params.id) });
  });

  app.get('/v1/submissions/:id/events', { sse: { kind: 'only' } }, async (request: FastifyRequest<IdParams>, reply: FastifyReply) => {
    const { id } = request.params;
    await knownView(context.queue, id);
    const stop = AbortSignal.any([context.closing, closedSignal(reply)]);
    await reply.sse.send(asMessages(context.queue.events(id, reply.sse.lastEventId, stop)));
  });
}

async function knownView(queue: SubmissionQueue, id: string) {
  const view = /^[\w-]{1,200}$/.test(id) ? await queue.view(id) : null;
  if (!view) throw new HttpError(404, `no submission ${id} (never submitted, or older than the queue keeps results)`);
  return view;
}

async function* asMessages(events: AsyncIterable<StoredEvent>) {
  for await (const { id, event } of events) yield { id, event: event.type, data: event };
}

function closedSignal(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.sse.onClose(() => controller.abort());
  reply.raw.once('close', () => controller.abort());
  return controller.signal;
}

/** The queue's submissions for request bodies; a problem named twice in a batch is loaded once. */
async function toSubmissions(bodies: readonly SubmissionBody[], defaultPriority: number, context: SubmissionsContext, field?: string): Promise<NewSubmission[]> {
  const loaded = new Map<string, Promise<Problem>>();
  const submissions: NewSubmission[] = [];
  for (const [index, body] of bodies.entries()) {
    const at = (error: unknown): never => {
      if (field && error instanceof HttpError) throw new HttpError(error.status, `${field}.${index}.${error.message}`, error.headers);
      throw error;
    };
    const language = (() => {
      try {
        return languageNamed(body.language);
      } catch (error) {
        return at(error);
      }
    })();
    const key = body.problem === undefined ? null : JSON.stringify([body.problem, body.timeLimitMs, body.memoryLimitMb]);
    let problem = key === null ? undefined : loaded.get(key);
    if (!problem) {
      problem = problemForRequest(body, context.cwd);
      if (key !== null) loaded.set(key, problem);
    }
    submissions.push({
      problem: await problem.catch(at),
      language,
      solution: { name: `solution${language.extensions[0] ?? ''}`, source: Buffer.from(body.code) },
      priority: body.priority ?? defaultPriority,
      testsInParallel: context.testsInParallel,
      callbackUrl: body.callbackUrl,
    });
  }
  return submissions;
}
