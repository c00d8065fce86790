// The synchronous API's endpoints: the answer is the result. Running code goes through the
// queue of sandbox jobs; listing languages and checking health do not.
//   POST /api/execute   run a program once on an input           -> the `run --json` document
//   POST /api/judge     judge a program on a problem or on tests -> the `judge --json` report
//   GET  /api/languages the languages, their extensions and aliases
//   GET  /api/health    whether Docker answers and which images are built (503 when it does not)

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DockerError, errorMessage } from '../errors.js';
import type { JudgeServices } from '../judge/events.js';
import { judgeProblem } from '../judge/judge-problem.js';
import type { Language } from '../languages/language.js';
import { findLanguage, languages } from '../languages/registry.js';
import { toJsonReport } from '../judge/judge-json.js';
import { toRunJson } from '../run/run-json.js';
import { runProblemLimits } from '../run/run-limits.js';
import { runOnce } from '../run/run-once.js';
import type { ApiContext } from './api-context.js';
import { sendResponse } from './http-app.js';
import { HttpError, type ApiResponse } from './http-types.js';
import { problemForRequest } from './judge-problem.js';
import { clientGoneSignal } from './request-signal.js';
import { EXECUTE_FIELDS, executeSchema, JUDGE_FIELDS, judgeSchema, type ExecuteBody, type JudgeBody } from './schemas.js';
import { zodBody } from './zod-validation.js';

const MiB = 1024 * 1024;
/** A judge error is the server's failure, not the program's. */
const JUDGE_ERROR_STATUS = 500;

/** `signal` fires when the client goes away before the answer. */
type Handler<Body = unknown> = (request: FastifyRequest<{ Body: Body }>, signal: AbortSignal) => Promise<ApiResponse>;

function answer<Body>(handler: Handler<Body>) {
  return async (request: FastifyRequest<{ Body: Body }>, reply: FastifyReply) => sendResponse(reply, await handler(request, clientGoneSignal(reply)));
}

export function registerApiRoutes(app: FastifyInstance, context: ApiContext): void {
  app.post('/api/execute', { schema: { body: zodBody(executeSchema, EXECUTE_FIELDS) } }, answer(execute(context)));
  app.post('/api/judge', { schema: { body: zodBody(judgeSchema, JUDGE_FIELDS) } }, answer(judge(context)));
  app.get('/api/languages', answer(listLanguages));
  app.get('/api/health', answer(health(context)));
}

export function languageNamed(name: string): Language {
  const language = findLanguage(languages, name);
  if (language) return language;
  throw new HttpError(422, `language: unknown language "${name}" (known: ${languages.all.map((l) => l.id).join(', ')}; see GET /api/languages)`);
}

/** The sandbox services, or 503 on a server that has none. */
function sandboxOf(context: ApiContext): JudgeServices {
  if (context.services) return context.services;
  throw new DockerError('this server has no Docker engine: it queues submissions for the workers (POST /v1/submissions)');
}

function execute(context: ApiContext): Handler<ExecuteBody> {
  return async (request, signal) => {
    const services = sandboxOf(context);
    const { body } = request;
    const language = languageNamed(body.language);
    const limits = runProblemLimits({ timeMs: body.timeLimitMs, memoryBytes: body.memoryLimitMb && body.memoryLimitMb * MiB });
    const run = { language, source: Buffer.from(body.code), limits, input: { kind: 'bytes' as const, data: Buffer.from(body.input) } };
    const outcome = await context.queue.run(() => runOnce(run, services), { signal });
    return { status: outcome.status === 'JE' ? JUDGE_ERROR_STATUS : 200, body: toRunJson(outcome) };
  };
}

function judge(context: ApiContext): Handler<JudgeBody> {
  return async (request, signal) => {
    const services = sandboxOf(context);
    const { body } = request;
    const language = languageNamed(body.language);
    const problem = await problemForRequest(body, context.cwd);
    const jobs = Math.min(context.queue.concurrency, problem.tests.length);
    const solution = { name: `solution${language.extensions[0] ?? ''}`, source: Buffer.from(body.code) };
    // The server's event sink logs image builds only: the report is the response.
    const report = await context.queue.run(() => judgeProblem({ problem, language, solution, jobs }, services), { weight: jobs, signal });
    return { status: report.verdict === 'JE' ? JUDGE_ERROR_STATUS : 200, body: toJsonReport(report) };
  };
}

const listLanguages: Handler = async () => ({
  status: 200,
  body: { languages: languages.all.map(({ id, name, extensions, aliases }) => ({ id, name, extensions, aliases })) },
});

function health(context: ApiContext): Handler {
  return async () => {
    const queue = context.queue.stats;
    if (!context.services) return { status: 200, body: { docker: false, images: [], queue, note: 'no Docker engine here: the workers judge (serve --redis)' } };
    try {
      await context.ping();
    } catch (error) {
      return { status: 503, body: { docker: false, error: errorMessage(error), images: [], queue } };
    }
    return { status: 200, body: { docker: true, images: await context.images(), queue } };
  };
}
