// `letscode validate [PROBLEM]`: run every input validator of the problem on every test
// input and every input of data/invalid_input/, in the sandbox, and report input x
// validator. Exit 0 when every input is valid and every invalid input rejected (or there
// is no validator), 1 when some input is invalid or some invalid input accepted by every
// validator, 3 when a validator crashed and nothing failed.

import { ExitCode } from '../../errors.js';
import { validateInputs, validationStatus } from '../../verify/validate-inputs.js';
import { createTerminal } from '../../report/index.js';
import { ToolkitProgress } from '../../report/toolkit-progress.js';
import { printNoValidators, printValidation, printValidationJson } from '../../report/validate.js';
import type { CommandRequest } from '../requests.js';
import { createDockerServices } from '../services.js';
import { defaultJobs } from './judge.js';
import { loadProblemArgument, TOOLKIT_EXIT_CODES } from './problem-argument.js';

export async function validateCommand(request: Extract<CommandRequest, { command: 'validate' }>): Promise<number> {
  const { options } = request;
  const problem = await loadProblemArgument('validate', options.problem);
  const terminal = createTerminal();
  if (problem.inputValidators.length === 0) {
    if (options.json) printValidationJson(terminal, null);
    else printNoValidators(terminal, problem);
    return ExitCode.allAccepted;
  }
  const progress = await ToolkitProgress.create(terminal, { quiet: options.json });
  try {
    const services = await createDockerServices((event) => progress.onJudgeEvent(event), { compileCache: options.cache });
    try {
      const report = await validateInputs(problem, services, { jobs: options.jobs ?? defaultJobs(), emit: (event) => progress.onEvent(event) });
      await progress.close();
      if (options.json) printValidationJson(terminal, report);
      else printValidation(terminal, report, { verbose: options.verbose });
      const status = validationStatus(report);
      return TOOLKIT_EXIT_CODES[status === 'valid' ? 'ok' : status === 'invalid' ? 'failed' : 'judge-error'];
    } finally {
      await services.shutdown();
    }
  } finally {
    await progress.close();
  }
}
