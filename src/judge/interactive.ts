// Interactive problems: the solution and the interactor (a Kattis output validator run
// with `input answer feedback_dir`) each run in their own box; the judge wires the
// solution's stdout to the interactor's stdin and back. The verdict follows the Kattis
// precedence, in decideInteractive().

import type { PreparedProgram } from '../languages/prepare.js';
import type { Box, RunLimits, RunResult, StreamingRun } from '../sandbox/sandbox.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { classify } from '../execution/classify.js';
import { readFeedback, validatorAnswer, validatorCommand, writeTestFiles } from '../execution/kattis-protocol.js';
import { PROBLEM_PROGRAM_LIMITS } from '../execution/limits.js';
import { failurePhrase } from '../execution/run-ending.js';
import type { Verdict } from '../common/verdicts.js';
import type { ScoreFileTexts } from '../checkers/checker.js';

/** The interactor outlives the solution's wall limit, so a deadlock is the solution's TLE. */
const INTERACTOR_GRACE_MS = 10_000;

export interface InteractionInput {
  solution: { box: Box; program: PreparedProgram; limits: RunLimits };
  interactor: { box: Box; program: PreparedProgram };
  input: Buffer;
  answer: Buffer;
  flags: readonly string[];
}

export interface InteractionResult {
  solution: RunResult;
  interactor: RunResult;
  /** Which side ended first, as seen by the judge. */
  firstToEnd: 'solution' | 'interactor';
  judgeMessage: string;
  /** score.txt / score_multiplier.txt, when the interactor wrote them (scoring problems read them). */
  scoreFiles?: ScoreFileTexts;
}

export async function runInteraction(setup: InteractionInput): Promise<InteractionResult> {
  const { solution, interactor } = setup;
  await writeTestFiles(interactor.box, { input: setup.input, answer: setup.answer });

  let firstToEnd: 'solution' | 'interactor' | null = null;
  // Each side's output is the other's input; the runs refer to each other, so `let`.
  let solutionRun: StreamingRun | null = null;
  const interactorRun = interactor.box.runStreaming(
    {
      ...validatorCommand(interactor.program, setup.flags),
      limits: { ...PROBLEM_PROGRAM_LIMITS, wallTimeMs: Math.max(PROBLEM_PROGRAM_LIMITS.wallTimeMs, solution.limits.wallTimeMs + INTERACTOR_GRACE_MS) },
    },
    (chunk) => solutionRun?.write(chunk),
  );
  solutionRun = solution.box.runStreaming(
    { argv: solution.program.run.argv, env: solution.program.run.env, cwd: BoxPaths.solutionCwd, limits: solution.limits },
    (chunk) => interactorRun.write(chunk),
  );
  const running = solutionRun;

  const interactorDone = interactorRun.result.then(
    (result) => {
      firstToEnd ??= 'interactor';
      running.end();
      // The interactor has spoken against the solution: no need to let it run on.
      if (firstToEnd === 'interactor' && validatorAnswer(result) !== 'accepted') running.stop();
      return result;
    },
    (error: unknown) => {
      running.stop();
      throw error;
    },
  );
  const solutionDone = running.result.then(
    (result) => {
      firstToEnd ??= 'solution';
      interactorRun.end();
      return result;
    },
    (error: unknown) => {
      interactorRun.stop();
      throw error;
    },
  );
  const [solutionResult, interactorResult] = await Promise.all([solutionDone, interactorDone]);
  const { judgeMessage, scoreFiles } = await readFeedback(interactor.box);
  const scored = Object.keys(scoreFiles).length > 0 ? { scoreFiles } : {};
  return { solution: solutionResult, interactor: interactorResult, firstToEnd: firstToEnd ?? 'solution', judgeMessage, ...scored };
}

/**
 * The Kattis order: an interactor that crashed (or exited other than 42/43) is a judge
 * error; an interactor that said "wrong" before the solution ended is WA whatever the
 * solution then did; then the solution's own limits and crashes; then the interactor's word.
 */
export function decideInteractive(result: InteractionResult, limits: RunLimits, outOfMemoryMarkers: readonly string[] = []): { verdict: Verdict; detail: string } {
  const answer = validatorAnswer(result.interactor);
  const message = result.judgeMessage.split('\n')[0] ?? '';
  if (answer === 'failed') {
    return { verdict: 'JE', detail: `the interactor ${failurePhrase(result.interactor)}${message ? `: ${message}` : ''}` };
  }
  if (answer === 'rejected' && result.firstToEnd === 'interactor') {
    return { verdict: 'WA', detail: message || 'the interactor rejected the interaction' };
  }
  const classification = classify(result.solution, limits, outOfMemoryMarkers);
  if (classification.kind === 'failed') return { verdict: classification.verdict, detail: classification.detail };
  return answer === 'accepted' ? { verdict: 'AC', detail: '' } : { verdict: 'WA', detail: message || 'the interactor rejected the interaction' };
}
