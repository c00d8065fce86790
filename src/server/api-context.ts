// What the API handlers share for the server's lifetime: one set of sandbox services, one
// queue of sandbox jobs, and the two questions /api/health asks. A server started with
// --redis on a machine without Docker has no services: /api/execute and /api/judge then
// answer 503, and the workers judge what /v1/submissions queues.

import type { ImageStatus } from '../images/image-status.js';
import type { JudgeServices } from '../judge/events.js';
import type { JobQueue } from './queue.js';

export interface ApiContext {
  /** Null: no sandbox on this machine (serve --redis without Docker). */
  services: JudgeServices | null;
  queue: JobQueue;
  /** Relative problem paths are resolved from here. */
  cwd: string;
  /** Throws when the Docker engine does not answer. */
  ping(): Promise<void>;
  images(): Promise<ImageStatus[]>;
}
