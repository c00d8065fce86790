// The endpoint Competitive Companion posts to (POST /): each problem is validated and
// written, one at a time (a contest page sends its problems back to back), and reported
// to the caller. 409 when the folder exists and may not be replaced.

import type { FastifyInstance } from 'fastify';
import { sendResponse } from '../server/http-app.js';
import { HttpError } from '../server/http-types.js';
import { describeIssue } from '../server/schemas.js';
import { companionTaskSchema, type CompanionTask } from './payload.js';
import { writeProblemFolder, type WriteOptions, type WriteResult } from './problem-writer.js';

export interface Received {
  task: CompanionTask;
  result: WriteResult;
}

export function registerReceiver(app: FastifyInstance, options: WriteOptions, onReceived: (received: Received) => void): void {
  let writing: Promise<unknown> = Promise.resolve();
  app.post('/', async (request, reply) => {
    const parsed = companionTaskSchema.safeParse(request.body);
    if (!parsed.success) throw new HttpError(400, describeIssue(parsed.error.issues[0]));
    const task = parsed.data;
    // One at a time: two problems with the same name must not race for one folder.
    const result = writing.then(() => writeProblemFolder(task, options));
    writing = result.catch(() => undefined);
    const written = await result;
    onReceived({ task, result: written });
    if (written.kind === 'exists') {
      throw new HttpError(409, `${written.dir} exists: not replaced (start letscode listen with --force to replace its problem.yaml and tests/)`);
    }
    return sendResponse(reply, { status: 201, body: { dir: written.dir, tests: written.tests, notes: written.notes } });
  });
}
