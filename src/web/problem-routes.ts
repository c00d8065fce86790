// The problems the page lists, one problem's detail, and the files of its statement. A
// problem is named by its id (its folder below the problems folder) and found again by
// scanning, never by joining a URL onto a path; a statement file must be a plain file of an
// allowed kind inside the statement's folder, and is served under a sandboxing CSP (an HTML
// statement's scripts never run, even when opened directly).

import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import pLimit from 'p-limit';
import { pathKind } from '../common/fs-checks.js';
import { findStatement } from '../problem/statement.js';
import { sendResponse } from '../server/http-app.js';
import { HttpError } from '../server/http-types.js';
import { findProblems, loadEntry, submissionPath, type CatalogEntry, type LoadedEntry } from './catalog.js';
import type { PageContext } from './page-context.js';
import { problemDetail } from './problem-detail.js';

const STATEMENT_FILE_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
};

/** `sandbox` without allow-scripts: the document runs no script and has an origin of its own. */
const STATEMENT_CSP = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'";

/** Problems loaded at once while listing: the loaders read folders, nothing runs. */
const LOADS_AT_ONCE = 4;

type IdParams = { Params: { id: string; '*'?: string } };

export function registerProblemRoutes(app: FastifyInstance, context: PageContext): void {
  const load = pLimit(LOADS_AT_ONCE);

  app.get('/api/problems', async (_request, reply) => {
    if (context.problemsDir === null) return sendResponse(reply, { status: 200, body: { problems: [] } });
    const entries = await Promise.all((await findProblems(context.problemsDir)).map((entry) => load(() => loadEntry(entry))));
    return sendResponse(reply, { status: 200, body: { problems: entries.map((entry) => summary(entry, context.cwd)) } });
  });

  app.get('/api/problems/:id', async (request: FastifyRequest<IdParams>, reply) => {
    const entry = await loadEntry(await entryNamed(context, request.params.id));
    if (entry.problem === null) throw new HttpError(422, `problem ${entry.id} does not load: ${entry.error}`);
    const base = `/api/problems/${encodeURIComponent(entry.id)}/statement/`;
    const detail = await problemDetail(entry.problem, (file) => base + encodeURIComponent(file));
    return sendResponse(reply, { status: 200, body: { ...summary(entry, context.cwd), ...detail } });
  });

  app.get('/api/problems/:id/statement/*', { config: { publicFile: true } }, async (request: FastifyRequest<IdParams>, reply: FastifyReply) => {
    const entry = await entryNamed(context, request.params.id);
    const statement = await findStatement({ dir: entry.dir, format: entry.located.format });
    if (!statement) throw new HttpError(404, `problem ${entry.id} has no statement folder`);
    const file = await fileInside(statement.folder, request.params['*'] ?? '');
    return reply.headers({ 'Content-Security-Policy': STATEMENT_CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-cache' })
      .type(file.type)
      .send(await readFile(file.path));
  });
}

function summary(entry: LoadedEntry, cwd: string) {
  const path = submissionPath(entry.dir, cwd);
  if (entry.problem === null) return { id: entry.id, name: entry.id, format: entry.located.format, path, error: entry.error };
  return { id: entry.id, name: entry.problem.name, format: entry.problem.format, path };
}

/** The problem of this id in the folder as it is now: one deleted since the page listed it is a 404 saying so. */
async function entryNamed(context: PageContext, id: string): Promise<CatalogEntry> {
  if (context.problemsDir === null) throw new HttpError(404, 'this server lists no problems (start it as `letscode serve PROBLEMS_DIR`)');
  const entry = (await findProblems(context.problemsDir)).find((candidate) => candidate.id === id);
  if (!entry) throw new HttpError(404, `problem ${id} is no longer in ${context.problemsDir} (deleted or moved while the server runs?): reload the page`);
  return entry;
}

async function fileInside(folder: string, name: string): Promise<{ path: string; type: string }> {
  const type = STATEMENT_FILE_TYPES[extname(name).toLowerCase()];
  const missing = new HttpError(404, `no statement file ${name}`);
  if (!type || name.includes('\0') || isAbsolute(name)) throw missing;
  const path = join(folder, name);
  // Symlinks are followed only as far as they stay in the statement's folder.
  const [realFolder, realPath] = await Promise.all([realpath(folder), realpath(path).catch(() => null)]);
  if (realPath === null || (await pathKind(realPath)) !== 'file') throw missing;
  const inside = relative(realFolder, realPath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) throw missing;
  return { path: realPath, type };
}
