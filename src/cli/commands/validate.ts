// `letscode validate [PROBLEM]`: run every input validator of the problem on every test
// input and every input of data/invalid_input/, and the output validator on the outputs of
// data/invalid_output/ and data/valid_output/, in the sandbox. Exit 0 when every input is
// valid, every invalid input rejected and every output case judged as its folder says (or
// there is nothing to run), 1 when something is not, 3 when a validator crashed and
// nothing failed.

import { ExitCode } from '../../errors.js';
import { hasValidationWork, validateProblem } from '../../verify/validate-problem.js';
import { validationStatus } from '../../verify/validation-report.js';
import { createTerminal } from '../../report/index.js';
import { ToolkitProgress } from '../../report/toolkit-progress.js';
import { printNoValidators, printValidation, printValidationJson } from '../../report/validate.js';
import type { CommandRequest } from '../requests.js';
import { createDockerServices } from '../services.js';
import { defaultJobs } from '../arguments.js';
import { loadProblemArgument } from './problem-argument.js';
import { exitCodeFor, validationOutcome } from '../exit-codes.js';

export async function validateCommand(request: Extract<CommandRequest, { command: 'validate' }>): Promise<number> {
  const { options } = request;
  const problem = await loadProblemArgument('validate', options.problem);
  const terminal = createTerminal();
  if (!hasValidationWork(problem)) {
    if (options.json) printValidationJson(terminal, null);
    else printNoValidators(terminal, problem);
    return ExitCode.allAccepted;
  }
  const progress = await ToolkitProgress.create(terminal, { quiet: options.json });
  try {
    const services = await createDockerServices((event) => progress.onJudgeEvent(event), { compileCache: options.cache });
    try {
      const report = await validateProblem(problem, services, { jobs: options.jobs ?? defaultJobs(), emit: (event) => progress.onEvent(event), strict: options.strict });
      await progress.close();
      if (options.json) printValidationJson(terminal, report);
      else printValidation(terminal, report, { verbose: options.verbose });
      const status = validationStatus(report);
      return exitCodeFor(validationOutcome(status));
    } finally {
      await services.shutdown();
    }
  } finally {
    await progress.close();
  }
}
