// What `letscode serve [PROBLEMS_DIR]` needs for its page: the problems folder (checked
// before the server starts), the history store in letscode's data folder, and the built
// page's files.

import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { pathKind } from '../../common/fs-checks.js';
import { defaultDataDir } from '../../paths.js';
import type { SubmissionQueue } from '../../queue/submissions.js';
import { HistoryStore } from '../../web/history-store.js';
import type { PageContext, WorkerSummary } from '../../web/page-context.js';
import { loadPageFiles } from '../../web/static-page.js';
import type { ServeOptions } from '../requests.js';

export interface OpenPage {
  context: PageContext;
  /** Where the history is kept, for the server's first lines. */
  historyPath: string;
  close(): Promise<void>;
}

export async function openPage(options: ServeOptions, from: { queue: SubmissionQueue; workers?: (() => Promise<WorkerSummary[]>) | undefined; closing: AbortSignal }): Promise<OpenPage> {
  const problemsDir = options.problemsDir === undefined ? null : resolve(options.problemsDir);
  if (problemsDir !== null && (await pathKind(problemsDir)) !== 'folder') {
    throw new UsageError(`serve ${options.problemsDir}: no such folder (give the folder that holds your problems, or nothing for a page without a problem list)`);
  }
  const historyPath = join(defaultDataDir(), 'history.jsonl');
  let history: HistoryStore;
  try {
    history = await HistoryStore.open(historyPath);
  } catch (error) {
    throw new UsageError(`cannot keep the page's history in ${historyPath}: ${(error as Error).message} (set LETSCODE_DATA_DIR to a writable folder)`);
  }
  const context: PageContext = {
    problemsDir,
    cwd: process.cwd(),
    maxBodyBytes: options.maxBodyBytes,
    queue: from.queue,
    workers: from.workers,
    history,
    pageFiles: await loadPageFiles(),
    closing: from.closing,
  };
  return { context, historyPath, close: () => history.close() };
}
