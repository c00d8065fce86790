// What the page's endpoints share for the server's lifetime: where the problems are, the
// submission queue the page submits to, the history store, and the built page itself.

import type { SubmissionQueue } from '../queue/submissions.js';
import type { HistoryStore } from './history-store.js';
import type { PageFile } from './static-page.js';

/** One worker as the page's queue line shows it (the data of `letscode queue`). */
export interface WorkerSummary {
  name: string;
  host: string;
  concurrency: number;
  running: number;
  paused: string | null;
}

export interface PageContext {
  /** Absolute path of `serve PROBLEMS_DIR`; null: no problem list, only Run and inline tests. */
  problemsDir: string | null;
  /** Problem paths in submissions are resolved from here (as the API does). */
  cwd: string;
  maxBodyBytes: number;
  queue: SubmissionQueue;
  /** With --redis: the live workers. */
  workers?: (() => Promise<WorkerSummary[]>) | undefined;
  history: HistoryStore;
  pageFiles: ReadonlyMap<string, PageFile>;
  /** Aborted when the server shuts down: verdicts still awaited are left for the next start. */
  closing: AbortSignal;
}
