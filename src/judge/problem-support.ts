// What a problem adds to judging a solution: how outputs are checked (built-in checker or
// the problem's checker program) and, for interactive problems, the interactor. Opened
// while the solution compiles; closed when the judge run ends.

import type { LaunchedProgram } from '../execution/launch.js';
import { installProblemProgram } from '../execution/problem-program.js';
import type { Problem } from '../problem/model.js';
import type { ExecutionServices } from '../execution/services.js';
import { openOutputCheck, type OutputCheck } from './output-check.js';

export interface ProblemSupport {
  check: OutputCheck;
  /** Interactive problems: the interactor, with one box per run box (same index). */
  interactor: LaunchedProgram | null;
  dispose(): Promise<void>;
}

export async function openProblemSupport(problem: Problem, boxCount: number, services: ExecutionServices): Promise<ProblemSupport> {
  const [outputOpening, interactorOpening] = await Promise.allSettled([
    // An interactive problem's verdict comes from the interactor: no output to check.
    openOutputCheck(problem.interactor ? { name: 'exact' } : problem.checker, boxCount, services),
    problem.interactor ? installProblemProgram(problem.interactor.program, 'interactor', boxCount, services) : null,
  ]);
  if (outputOpening.status === 'rejected' || interactorOpening.status === 'rejected') {
    // Close whichever half did open before reporting the failure.
    if (outputOpening.status === 'fulfilled') await outputOpening.value.dispose();
    if (interactorOpening.status === 'fulfilled') await interactorOpening.value?.dispose();
    throw outputOpening.status === 'rejected' ? outputOpening.reason : (interactorOpening as PromiseRejectedResult).reason;
  }
  const output = outputOpening.value;
  const interactor = interactorOpening.value;
  return {
    check: output.check,
    interactor,
    dispose: async () => {
      await output.dispose();
      await interactor?.dispose({ keep: true });
    },
  };
}
