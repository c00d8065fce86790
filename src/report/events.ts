// Reporters: what turns the judge's typed events (src/judge/events.ts) into terminal
// output, JSON or JUnit. Nothing else in letscode prints.

import type { JudgeEvent, JudgeSink } from '../judge/events.js';

export interface Reporter {
  onEvent(event: JudgeEvent): void;
  /** Called once after the last event; flushes files, stops spinners. */
  close(): Promise<void>;
}

/** Sends every event to every reporter, in order. */
export function fanOut(reporters: readonly Reporter[]): JudgeSink {
  return (event) => {
    for (const reporter of reporters) reporter.onEvent(event);
  };
}
