// What the API handlers share for the server's lifetime: one set of sandbox services, one
// queue of sandbox jobs, and the two questions /api/health asks.

import type { ImageStatus } from '../images/image-status.js';
import type { JudgeServices } from '../judge/events.js';
import type { JobQueue } from './queue.js';

export interface ApiContext {
  services: JudgeServices;
  queue: JobQueue;
  /** Relative problem paths are resolved from here. */
  cwd: string;
  /** Throws when the Docker engine does not answer. */
  ping(): Promise<void>;
  images(): Promise<ImageStatus[]>;
}
