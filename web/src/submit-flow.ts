// Submit: check the code here first (empty, too large), queue it (POST /v1/submissions),
// record it in the history, then fill the verdict table from its event stream.

import { ApiFailure, postJson } from './api.js';
import { followSubmission } from './submission-stream.js';
import type { VerdictView } from './verdict-view.js';
import type { InlineTest } from './inline-tests.js';
import type { ProblemSummary } from './wire.js';

export interface SubmitRequest {
  code: string;
  language: string;
  problem: ProblemSummary | null;
  inlineTests: InlineTest[];
}

/** Empty code or code over the server's size limit: said before anything is sent. */
export function codeProblem(code: string, maxBodyBytes: number): string | null {
  if (code.trim() === '') return 'The editor is empty: write a solution first.';
  const bytes = new TextEncoder().encode(code).length;
  // JSON escapes and the other fields take some room of the body too.
  if (bytes + 4096 > maxBodyBytes) return `The code is ${bytes} bytes: this server accepts requests of at most ${maxBodyBytes} bytes (serve --max-body).`;
  return null;
}

export async function submit(request: SubmitRequest, view: VerdictView, signal: AbortSignal): Promise<void> {
  const body = {
    language: request.language,
    code: request.code,
    ...(request.problem ? { problem: request.problem.path } : { tests: request.inlineTests }),
  };
  const queued = await postJson<{ id: string; status: string }>('/v1/submissions', body, signal);
  const { id } = queued.body;
  view.start('Queued…');
  // The history keeps it even if this tab closes now; its verdict is recorded by the server.
  await postJson('/api/history', { id, problem: request.problem?.id ?? null, language: request.language, code: request.code }, signal);
  const final = await followSubmission(id, (event) => view.apply(event), signal);
  if (final.type === 'failed') throw new ApiFailure('refused', `Not judged: ${final.error}`);
}
