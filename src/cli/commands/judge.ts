// `letscode judge SOLUTION`: find and load the problem, detect the language, judge in
// Docker, report. SOLUTION is a file or a folder of sources. Exit code 0 only when every
// test is accepted.

import { basename, resolve } from 'node:path';
import { exitCodeFor, verdictOutcome } from '../exit-codes.js';
import { defaultJobs } from '../arguments.js';
import { judgeProblem } from '../../judge/judge-problem.js';
import { readProgram } from '../../languages/read-program.js';
import { unrunnableReason } from '../../languages/program-reading.js';
import { UsageError } from '../../errors.js';
import { loadProblem } from '../../problem/load.js';
import { locateProblem } from '../../problem/locate.js';
import { closeReporters, createReporters, createTerminal, fanOut } from '../../report/index.js';
import { junitOutput } from '../../report/junit.js';
import { checkOutputFile } from '../../report/output-file.js';
import type { CommandRequest } from '../requests.js';
import { createDockerServices } from '../services.js';

export async function judgeCommand(request: Extract<CommandRequest, { command: 'judge' }>): Promise<number> {
  const { options } = request;
  const solutionPath = resolve(options.solution);
  const { language, source } = await readProgram(solutionPath, options.solution, options.lang);
  const unrunnable = options.lang === undefined ? unrunnableReason(language, source) : null;
  if (unrunnable !== null) throw new UsageError(`${options.solution} is ${unrunnable}: pass --lang ${language.id} to judge it as ${language.name} anyway`);
  const located = await locateProblem({ problemOption: options.problem, solutionPath, cwd: process.cwd() });
  const problem = await loadProblem(located, { timeLimitMs: options.timeLimitMs });
  // Before any judging: an unwritable --junit path should cost seconds, not a whole run.
  if (options.junit !== undefined) await checkOutputFile(junitOutput(options.junit));

  const reporters = await createReporters({ json: options.json, junitFile: options.junit, terminal: createTerminal(), verbose: options.verbose });
  const emit = fanOut(reporters);
  try {
    const services = await createDockerServices(emit, { compileCache: options.cache });
    try {
      const jobs = options.jobs ?? defaultJobs();
      const solution = { name: Buffer.isBuffer(source) ? basename(solutionPath) : `${basename(solutionPath)}/`, source };
      const report = await judgeProblem({ problem, language, solution, jobs }, services);
      return exitCodeFor(verdictOutcome(report.verdict));
    } finally {
      await services.shutdown();
    }
  } finally {
    await closeReporters(reporters);
  }
}
