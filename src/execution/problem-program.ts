// Programs a problem brings (output validators, testlib checkers, interactors, input
// validators) are untrusted code too: they are launched into boxes exactly like
// solutions, with the compile cache, but with generous limits of their own. A problem
// program that does not compile is the package's mistake.

import { relative } from 'node:path';
import { ProblemFileError } from '../errors.js';
import { readProgram } from '../languages/read-program.js';
import type { ProgramRef } from '../problem/model.js';
import { launchProgram, type LaunchedProgram } from './launch.js';
import { PROBLEM_PROGRAM_BOX, PROBLEM_PROGRAM_LIMITS } from './limits.js';
import type { ExecutionServices } from './services.js';

/** What the problem program is, for messages. */
export type ProgramRole = 'output validator' | 'checker' | 'interactor' | 'input validator';

export async function installProblemProgram<E>(ref: ProgramRef, role: ProgramRole, boxCount: number, services: ExecutionServices<E>): Promise<LaunchedProgram> {
  const shownAs = relative(process.cwd(), ref.path) || ref.path;
  const { language, source } = await readProgram(ref.path, shownAs, undefined, { role, siblingIncludes: true });
  const launch = await launchProgram({ language, source, memoryBytes: PROBLEM_PROGRAM_LIMITS.memoryBytes, box: PROBLEM_PROGRAM_BOX, boxCount }, services);
  if (launch.kind === 'launched') return launch;
  const firstLines = launch.compile.message.split('\n').slice(0, 3).join(' | ');
  throw new ProblemFileError(ref.path, undefined, `the ${role} does not compile: ${firstLines}`, 'fix it, then judge again');
}
