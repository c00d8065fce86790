// What a worker has to say, as typed events; src/report/worker-log.ts prints them.

import type { Verdict } from '../common/verdicts.js';
import type { QueueNotice } from './notices.js';

export type WorkerEvent =
  | QueueNotice
  | { type: 'worker-ready'; name: string; host: string; concurrency: number; languages: readonly string[]; redis: string }
  | { type: 'job-start'; id: string; problem: string; language: string; attempt: number }
  | { type: 'job-done'; id: string; verdict: Verdict; ms: number }
  /** Final without a report: refused (the program as given), or failed for good. */
  | { type: 'job-failed'; id: string; error: string; final: true }
  /** An infrastructure failure: the job goes back to the queue for another attempt. */
  | { type: 'job-retry'; id: string; error: string; attempt: number }
  | { type: 'bundle-fetched'; hash: string; bytes: number; ms: number }
  /** Docker stopped answering: no new jobs until it does. */
  | { type: 'docker-lost'; reason: string }
  | { type: 'docker-back' }
  | { type: 'worker-stopping'; running: number }
  | { type: 'worker-stopped'; judged: number };
