// Progress of a stress run, as typed events; only report/ prints them. Image builds come
// as the execution layer's own events through the same sink.

import type { ExecutionEvent } from '../execution/events.js';
import type { ExecutionServices } from '../execution/services.js';
import type { StressReport } from './outcome.js';

export type StressEvent =
  | ExecutionEvent
  | {
      type: 'stress-start';
      problem: string | null;
      solution: string;
      generator: string;
      brute: string | null;
      timeLimitMs: number;
      memoryLimitBytes: number;
      checker: string;
      interactive: boolean;
      jobs: number;
      firstSeed: number;
    }
  | { type: 'stress-compiling'; programs: string[] }
  | { type: 'stress-running' }
  | { type: 'stress-progress'; iterations: number; elapsedMs: number }
  /** A failure was found: checking it (generator determinism, input validity). */
  | { type: 'stress-found'; seed: number }
  | { type: 'shrink-progress'; tried: number; inputBytes: number; inputLines: number }
  | { type: 'stress-done'; report: StressReport };

export type StressSink = (event: StressEvent) => void;

export type StressServices = ExecutionServices<StressEvent>;
