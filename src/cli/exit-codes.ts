// The one mapping from what a command's work came to onto the exit code: 0 when all is
// well, 1 when the submission (or package) failed, 3 when a judge-side failure left the
// result unknown (a judge error is never the contestant's failure). Usage errors (2),
// Docker failures (3) and bugs (4) leave through the error boundary in main.ts instead.

import type { Verdict } from '../common/verdicts.js';
import type { JudgeReport } from '../judge/judge-report.js';
import { isFullScore } from '../problem/scoring/score-result.js';
import { ExitCode } from '../errors.js';
import type { RunStatus } from '../run/outcome.js';
import type { StressStatus } from '../stress/outcome.js';
import type { ValidationStatus } from '../verify/validation-report.js';

export type CommandOutcome = 'ok' | 'failed' | 'judge-error';

const EXIT_CODES: Record<CommandOutcome, ExitCode> = {
  ok: ExitCode.allAccepted,
  failed: ExitCode.someTestFailed,
  'judge-error': ExitCode.docker,
};

export function exitCodeFor(outcome: CommandOutcome): ExitCode {
  return EXIT_CODES[outcome];
}

/** A judged submission: AC is ok, JE unknown, anything else (CE included) failed. */
export function verdictOutcome(verdict: Verdict): CommandOutcome {
  return verdict === 'AC' ? 'ok' : verdict === 'JE' ? 'judge-error' : 'failed';
}

/**
 * A judged report: a pass-fail problem by its verdict; a scoring problem is ok only at full
 * score, and a judge error anywhere leaves it unknown (whatever the score could be).
 */
export function judgeOutcome(report: Pick<JudgeReport, 'verdict' | 'score'>): CommandOutcome {
  if (report.score === undefined) return verdictOutcome(report.verdict);
  if (report.verdict === 'JE') return 'judge-error';
  return isFullScore(report.score) ? 'ok' : 'failed';
}

/** A single run: OK is ok, JE unknown, anything else (CE included) failed. */
export function runOutcome(status: RunStatus): CommandOutcome {
  return status === 'OK' ? 'ok' : status === 'JE' ? 'judge-error' : 'failed';
}

/** validate: every input valid is ok, an invalid one failed, a crashed validator unknown. */
export function validationOutcome(status: ValidationStatus): CommandOutcome {
  return status === 'valid' ? 'ok' : status === 'invalid' ? 'failed' : 'judge-error';
}

/** stress: nothing found is ok, a counterexample failed, anything that stopped the search (generator, brute force, checker) unknown. */
export function stressOutcome(status: StressStatus): CommandOutcome {
  return status === 'ok' ? 'ok' : status === 'failed' ? 'failed' : 'judge-error';
}
