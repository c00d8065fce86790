// The PROBLEM argument of validate and verify: a problem folder or its problem.yaml, or,
// when left out, the problem found in the current folder or above it (as judge's -p).

import { UsageError } from '../../errors.js';
import { loadProblem, type LoadOptions } from '../../problem/load.js';
import { locateProblem } from '../../problem/locate.js';
import type { Problem } from '../../problem/model.js';

export async function loadProblemArgument(command: string, problemOption: string | undefined, options: LoadOptions = {}): Promise<Problem> {
  const cwd = process.cwd();
  const located = await locateProblem({ problemOption, solutionPath: '.', cwd }).catch((error: unknown) => {
    if (!(error instanceof UsageError)) throw error;
    if (problemOption === undefined) throw new UsageError(`no problem found in ${cwd} or a folder above it (pass the problem folder: letscode ${command} PATH)`);
    // The locator words its messages for judge's -p option; here the problem is an argument.
    const prefix = `-p ${problemOption}: `;
    throw error.message.startsWith(prefix) ? new UsageError(`${problemOption}: ${error.message.slice(prefix.length)}`) : error;
  });
  return loadProblem(located, options);
}
