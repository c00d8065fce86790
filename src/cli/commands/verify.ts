// `letscode verify [PROBLEM]`: validate the inputs, derive the time limit when the package
// leaves it out, judge every example submission (submissions/ or solutions/) with one set
// of services, and check each against its folder's promise. Exit 0 only when the inputs
// are valid and every submission keeps its promise; 1 when not; 3 when a judge error (or
// a crashed validator) left something unknown and nothing was found wrong.

import { verifyProblem } from '../../verify/verify.js';
import { verifyStatus } from '../../verify/verify-report.js';
import { createTerminal } from '../../report/index.js';
import { ToolkitProgress } from '../../report/toolkit-progress.js';
import { printVerify, printVerifyJson } from '../../report/verify.js';
import type { CommandRequest } from '../requests.js';
import { createDockerServices } from '../services.js';
import { defaultJobs } from '../arguments.js';
import { loadProblemArgument } from './problem-argument.js';
import { exitCodeFor } from '../exit-codes.js';

export async function verifyCommand(request: Extract<CommandRequest, { command: 'verify' }>): Promise<number> {
  const { options } = request;
  const problem = await loadProblemArgument('verify', options.problem, { timeLimitMs: options.timeLimitMs });
  const terminal = createTerminal();
  const progress = await ToolkitProgress.create(terminal, { quiet: options.json });
  try {
    const services = await createDockerServices((event) => progress.onJudgeEvent(event), { compileCache: options.cache });
    try {
      const report = await verifyProblem(problem, services, { jobs: options.jobs ?? defaultJobs(), emit: (event) => progress.onEvent(event), strict: options.strict });
      await progress.close();
      if (options.json) printVerifyJson(terminal, report);
      else printVerify(terminal, report, { verbose: options.verbose });
      return exitCodeFor(verifyStatus(report));
    } finally {
      await services.shutdown();
    }
  } finally {
    await progress.close();
  }
}
