// What a problem adds to judging a solution: how outputs are checked (built-in checker or
// the problem's checker program) and, for interactive problems, the interactor. Opened
// while the solution compiles; closed when the judge run ends.

import type { Problem } from '../problem/model.js';
import type { Box } from '../sandbox/sandbox.js';
import type { PreparedProgram } from '../languages/prepare.js';
import type { JudgeServices } from './judge.js';
import { openOutputCheck } from './output-check.js';
import { installProblemProgram } from './problem-program.js';
import type { OutputCheck } from './run-tests.js';

export interface ProblemSupport {
  check: OutputCheck;
  interactor: { program: PreparedProgram; boxes: readonly Box[] } | null;
  dispose(): Promise<void>;
}

export async function openProblemSupport(problem: Problem, boxCount: number, services: JudgeServices): Promise<ProblemSupport> {
  const [outputOpening, interactorOpening] = await Promise.allSettled([
    // An interactive problem's verdict comes from the interactor: no output to check.
    openOutputCheck(problem.interactor ? { name: 'exact' } : problem.checker, boxCount, services),
    problem.interactor ? installProblemProgram(problem.interactor.program, 'interactor', boxCount, services) : null,
  ]);
  if (outputOpening.status === 'rejected' || interactorOpening.status === 'rejected') {
    // Close whichever half did open before reporting the failure.
    if (outputOpening.status === 'fulfilled') await outputOpening.value.dispose();
    if (interactorOpening.status === 'fulfilled') await Promise.all((interactorOpening.value?.boxes ?? []).map((box) => box.dispose()));
    throw outputOpening.status === 'rejected' ? outputOpening.reason : (interactorOpening as PromiseRejectedResult).reason;
  }
  const output = outputOpening.value;
  const interactor = interactorOpening.value;
  return {
    check: output.check,
    interactor,
    dispose: async () => {
      await output.dispose();
      await Promise.all((interactor?.boxes ?? []).map((box) => box.dispose()));
    },
  };
}
