// What running a program once comes to: a status (a closed set, like verdicts, minus the
// ones that need an expected answer), one line saying why, and the measurements.

import { classify } from '../execution/classify.js';
import type { CompileResult } from '../execution/compile-result.js';
import type { RunLimits, RunResult } from '../sandbox/sandbox.js';

/**
 * OK: ran to completion with exit code 0 within every limit. RE: non-zero exit or a
 * signal. TLE / MLE / OLE: a limit was hit. CE: did not compile. JE: the sandbox failed.
 */
export const RUN_STATUSES = ['OK', 'RE', 'TLE', 'MLE', 'OLE', 'CE', 'JE'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface RunOutcome {
  status: RunStatus;
  /** Why, in one line ('' for OK); the compiler's message for CE; the failure for JE. */
  detail: string;
  /** Null when the judge failed before compiling. */
  compile: CompileResult | null;
  /** Null when the program never ran (CE, JE). stdout is empty when it was streamed live. */
  run: RunResult | null;
}

/** The status of a run that happened, decided by the judge's own classify(). */
export function statusOf(run: RunResult, limits: RunLimits, outOfMemoryMarkers: readonly string[]): { status: RunStatus; detail: string } {
  const classification = classify(run, limits, outOfMemoryMarkers);
  return classification.kind === 'failed' ? { status: classification.verdict, detail: classification.detail } : { status: 'OK', detail: '' };
}
