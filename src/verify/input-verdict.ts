// What one input validator run says about one input (Kattis protocol): exit code 42 is
// valid, any other exit code invalid, with what the validator printed as the reason. A
// run that never got to say anything (killed by a signal or at a limit, or one that could
// not start) is a crash of the validator, a judge-side failure rather than a verdict.

import { KATTIS_ACCEPT_EXIT_CODE, KATTIS_REJECT_EXIT_CODE } from '../execution/kattis-protocol.js';
import { LIMIT_NAMES, terminationText } from '../execution/run-ending.js';
import type { RunResult } from '../sandbox/sandbox.js';

export type InputCheck =
  | { result: 'valid'; message: '' }
  | { result: 'invalid'; message: string }
  | { result: 'crash'; message: string };

/** How much of the validator's output goes into the one-line reason. */
const MESSAGE_CHARS = 200;


export type InputResult = InputCheck & {
  /** The test's name. */
  test: string;
  /** The input file relative to the problem folder; null for an input written in problem.yaml. */
  input: string | null;
  /** The validator relative to the problem folder. */
  validator: string;
};

export function checkInputRun(run: RunResult): InputCheck {
  if (run.killedBy !== null) return { result: 'crash', message: `stopped by the ${LIMIT_NAMES[run.killedBy]}` };
  if (run.termination.kind === 'signaled') {
    const hint = run.termination.signal === 'SIGABRT' ? ' (a failed assert? exit with 43 to reject an input)' : '';
    return { result: 'crash', message: withOutput(`${terminationText(run.termination)}${hint}`, run) };
  }
  const code = run.termination.exitCode;
  if (code === KATTIS_ACCEPT_EXIT_CODE) return { result: 'valid', message: '' };
  // 43 is the usual way to reject, so the validator's own words say enough.
  const said = reason(`${run.stdout.toString('utf8')}\n${run.stderr.toString('utf8')}`);
  if (code === KATTIS_REJECT_EXIT_CODE && said) return { result: 'invalid', message: said };
  const hint = code === 0 ? ' (a valid input needs exit code 42)' : '';
  return { result: 'invalid', message: withOutput(`${terminationText(run.termination)}${hint}`, run) };
}

/** "exit code 43: line 2: expected a newline" — the validator's own words when it gave any. */
function withOutput(how: string, run: RunResult): string {
  const said = reason(`${run.stdout.toString('utf8')}\n${run.stderr.toString('utf8')}`);
  return said ? `${how}: ${said}` : how;
}

/**
 * One line from a validator's output. A Python traceback ends with the line that matters
 * (`AssertionError: n out of range`); otherwise the lines are joined with " | ".
 */
export function reason(output: string): string {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  const traceback = lines.findIndex((line) => line.startsWith('Traceback (most recent call last)'));
  const kept = traceback >= 0 ? lines.slice(-1) : lines;
  const joined = kept.join(' | ');
  return joined.length > MESSAGE_CHARS ? `${joined.slice(0, MESSAGE_CHARS - 1)}…` : joined;
}

/** A validator that could not be run at all (the sandbox failed to start it). */
export function crashFromError(message: string): InputCheck {
  return { result: 'crash', message };
}
