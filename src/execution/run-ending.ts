// How a run ended, in words: written once, so a verdict's detail, a checker's failure, a
// validator's crash and `letscode run`'s status line all say it the same way.

import type { KilledBy, RunResult, Termination } from '../sandbox/sandbox.js';

/** What stopped a run early, as "stopped by the ...". */
export const LIMIT_NAMES: Record<Exclude<KilledBy, null>, string> = {
  cpu: 'CPU time limit',
  wall: 'wall-clock limit',
  output: 'output limit',
  oom: 'memory limit',
  stopped: 'judge',
};

/** "exit code 3" or "killed by SIGSEGV". */
export function terminationText(termination: Termination): string {
  return termination.kind === 'exited' ? `exit code ${termination.exitCode}` : `killed by ${termination.signal}`;
}

/** The exit code of a run that ended by itself within its limits; null otherwise. */
export function cleanExitCode(run: RunResult): number | null {
  return run.killedBy === null && run.termination.kind === 'exited' ? run.termination.exitCode : null;
}

/**
 * How a problem program's run went wrong, after its role: "the checker was stopped (cpu
 * limit)", "... was killed by SIGSEGV", "... exited with 3".
 */
export function failurePhrase(run: RunResult): string {
  if (run.killedBy !== null) return `was stopped (${run.killedBy} limit)`;
  return run.termination.kind === 'signaled' ? `was killed by ${run.termination.signal}` : `exited with ${run.termination.exitCode}`;
}
