// The page at / of `letscode serve` and what it reads besides the API it submits to:
//   GET  /, /assets/*                    the built page (no token needed: it holds no data)
//   GET  /api/page                       the problems folder, the body size limit, the queue kind
//   GET  /api/problems                   the problems under the folder (problem-routes.ts)
//   GET  /api/problems/:id               one problem: limits, samples, statement
//   GET  /api/problems/:id/statement/*   its HTML or PDF statement and the images it shows
//   GET  /api/history, POST /api/history the page's submissions (history-routes.ts)
//   GET  /api/queue                      waiting, running, done; with --redis the workers

import type { FastifyInstance } from 'fastify';
import { sendResponse } from '../server/http-app.js';
import { registerHistoryRoutes } from './history-routes.js';
import type { PageContext } from './page-context.js';
import { registerProblemRoutes } from './problem-routes.js';
import { PAGE_HEADERS } from './static-page.js';

const YEAR_SECONDS = 365 * 24 * 3600;

export function registerPageRoutes(app: FastifyInstance, context: PageContext): void {
  const serveFile = (url: string) => async (_request: unknown, reply: import('fastify').FastifyReply) => {
    const file = context.pageFiles.get(url);
    if (!file) {
      return reply.code(503).type('text/plain; charset=utf-8').send('The page of letscode serve was not built: run `npm run build` in the letscode folder, then start the server again.\n');
    }
    return reply
      .headers(PAGE_HEADERS)
      .header('Cache-Control', file.immutable ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache')
      .type(file.type)
      .send(file.bytes);
  };
  app.get('/', { config: { publicFile: true } }, serveFile('/'));
  for (const url of context.pageFiles.keys()) {
    if (url !== '/') app.get(url, { config: { publicFile: true } }, serveFile(url));
  }

  app.get('/api/page', async (_request, reply) => sendResponse(reply, {
    status: 200,
    body: { problemsDir: context.problemsDir, maxBodyBytes: context.maxBodyBytes, queue: context.workers ? 'redis' : 'in-process' },
  }));

  app.get('/api/queue', async (_request, reply) => {
    const [counts, workers] = await Promise.all([context.queue.counts(), context.workers?.()]);
    return sendResponse(reply, { status: 200, body: { kind: context.workers ? 'redis' : 'in-process', counts, ...(workers ? { workers } : {}) } });
  });

  registerProblemRoutes(app, context);
  registerHistoryRoutes(app, context);
}
