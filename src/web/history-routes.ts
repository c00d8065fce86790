// The page's submission history. The page records a submission right after the queue took
// it (POST /api/history with the queue's id); the server then waits for its outcome and
// records the verdict itself, so it is kept even if the tab was closed. A listing asks the
// queue about entries still without a verdict: the ones judged a moment ago, and those an
// earlier server run never saw finish (with --redis the queue may know them).
//   GET  /api/history?problem=ID   newest first; ?problem= (empty) for inline tests; none for all
//   POST /api/history {id, problem, language, code}  -> 201 the entry

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SubmissionQueue } from '../queue/submissions.js';
import { sendResponse } from '../server/http-app.js';
import { HttpError } from '../server/http-types.js';
import { zodBody } from '../server/zod-validation.js';
import { findProblems, loadEntry } from './catalog.js';
import type { FinishedOutcome, HistoryStore } from './history-store.js';
import type { PageContext } from './page-context.js';

const LISTED = 100;
/** Entries of an earlier run asked about per listing, so a long history stays quick. */
const RECHECKED = 20;

const historyBody = z.strictObject({
  id: z.string().regex(/^[\w-]{1,200}$/),
  problem: z.string().max(1000).nullable(),
  language: z.string().max(100),
  code: z.string(),
});
type HistoryBody = z.output<typeof historyBody>;

export function registerHistoryRoutes(app: FastifyInstance, context: PageContext): void {
  const { history, queue } = context;

  app.get('/api/history', async (request: FastifyRequest<{ Querystring: { problem?: string } }>, reply) => {
    await recheckUnfinished(history, queue);
    const { problem } = request.query;
    const entries = history.list({ problem: problem === undefined ? undefined : problem === '' ? null : problem, limit: LISTED });
    return sendResponse(reply, { status: 200, body: { entries } });
  });

  app.post('/api/history', { schema: { body: zodBody(historyBody, { '': Object.keys(historyBody.shape) }) } }, async (request: FastifyRequest<{ Body: HistoryBody }>, reply) => {
    const { body } = request;
    if (!(await queue.view(body.id))) throw new HttpError(404, `no submission ${body.id}: submit with POST /v1/submissions first`);
    const entry = await history.submitted({ ...body, problemName: await problemName(context, body.problem) });
    void recordOutcome(history, queue, body.id, context.closing);
    return sendResponse(reply, { status: 201, body: entry });
  });
}

async function problemName(context: PageContext, id: string | null): Promise<string> {
  if (id === null) return 'inline tests';
  const entry = context.problemsDir === null ? undefined : (await findProblems(context.problemsDir)).find((candidate) => candidate.id === id);
  if (!entry) return id;
  const loaded = await loadEntry(entry);
  return loaded.problem?.name ?? id;
}

async function recordOutcome(history: HistoryStore, queue: SubmissionQueue, id: string, closing: AbortSignal): Promise<void> {
  try {
    const outcome = await queue.outcome(id, closing);
    const finished: FinishedOutcome = outcome.kind === 'judged' ? { status: 'done', result: outcome.report } : { status: 'failed', error: outcome.message };
    await history.finished(id, finished);
  } catch {
    // The server is stopping, or the queue forgot it: the entry stays unfinished, and the
    // next listing asks the queue again.
  }
}

async function recheckUnfinished(history: HistoryStore, queue: SubmissionQueue): Promise<void> {
  for (const entry of history.unfinished().slice(-RECHECKED)) {
    const view = await queue.view(entry.id).catch(() => null);
    if (view?.status === 'done' && view.result) await history.finished(entry.id, { status: 'done', result: view.result });
    else if (view?.status === 'failed') await history.finished(entry.id, { status: 'failed', error: view.error ?? 'not judged' });
  }
}
