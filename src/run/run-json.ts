// The JSON document for one run (`letscode run --json`, POST /api/execute): fields copied
// one by one, so nothing else leaks in. Program output is decoded as UTF-8.

import type { RunOutcome, RunStatus } from './outcome.js';

export interface RunJson {
  status: RunStatus;
  stdout: string;
  stderr: string;
  /** Null when the program was killed by a signal, or never ran (CE, JE). */
  exitCode: number | null;
  signal: string | null;
  /** CPU time of the whole process tree. */
  timeMs: number;
  wallMs: number;
  /** Peak resident memory. */
  memoryBytes: number;
  /** Why, in one line ('' for OK); the compiler's message for CE. */
  detail: string;
  /** Null when the judge failed before compiling. */
  compile: { ok: boolean; message: string; timeMs: number; cached: boolean } | null;
}

/** stdout is empty when it was streamed live rather than collected. */
export function toRunJson(outcome: RunOutcome): RunJson {
  const { run, compile } = outcome;
  return {
    status: outcome.status,
    stdout: run?.stdout.toString('utf8') ?? '',
    stderr: run?.stderr.toString('utf8') ?? '',
    exitCode: run?.termination.kind === 'exited' ? run.termination.exitCode : null,
    signal: run?.termination.kind === 'signaled' ? run.termination.signal : null,
    timeMs: Math.round(run?.cpuTimeMs ?? 0),
    wallMs: Math.round(run?.wallTimeMs ?? 0),
    memoryBytes: run?.memoryPeakBytes ?? 0,
    detail: outcome.detail,
    compile: compile && { ok: compile.ok, message: compile.message, timeMs: compile.wallMs, cached: compile.cached },
  };
}
