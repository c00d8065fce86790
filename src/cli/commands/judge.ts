// `letscode judge SOLUTION`: find and load the problem, detect the language, judge in
// Docker, report. SOLUTION is a file or a folder of sources. Exit code 0 only when every
// test is accepted.

import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { ExitCode } from '../../errors.js';
import { deriveTimeLimit } from '../../judge/derive-time-limit.js';
import { judgeSolution } from '../../judge/judge.js';
import type { Verdict } from '../../judge/verdict.js';
import { readProgram } from '../../languages/read-program.js';
import { loadProblem } from '../../problem/load.js';
import { locateProblem } from '../../problem/locate.js';
import { closeReporters, createReporters, createTerminal, fanOut } from '../../report/index.js';
import { junitOutput } from '../../report/junit.js';
import { checkOutputFile } from '../../report/output-file.js';
import type { CommandRequest } from '../requests.js';
import { createDockerServices } from '../services.js';

/**
 * One box per core. CPU time, the limit that decides TLE, is measured per test and barely
 * moves when tests run side by side; wall time (limited only at 2x) does, so timing
 * studies should use --jobs 1.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** A judge error is never the contestant's failure: it exits like a Docker failure. */
export function exitCodeForVerdict(verdict: Verdict): number {
  if (verdict === 'AC') return ExitCode.allAccepted;
  return verdict === 'JE' ? ExitCode.docker : ExitCode.someTestFailed;
}

export async function judgeCommand(request: Extract<CommandRequest, { command: 'judge' }>): Promise<number> {
  const { options } = request;
  const solutionPath = resolve(options.solution);
  const { language, source } = await readProgram(solutionPath, options.solution, options.lang);
  const located = await locateProblem({ problemOption: options.problem, solutionPath, cwd: process.cwd() });
  let problem = await loadProblem(located, { timeLimitMs: options.timeLimitMs });
  // Before any judging: an unwritable --junit path should cost seconds, not a whole run.
  if (options.junit !== undefined) await checkOutputFile(junitOutput(options.junit));

  const reporters = await createReporters({ json: options.json, junitFile: options.junit, terminal: createTerminal(), verbose: options.verbose });
  const emit = fanOut(reporters);
  try {
    const services = await createDockerServices(emit, { compileCache: options.cache });
    try {
      const jobs = options.jobs ?? defaultJobs();
      const derived = await deriveTimeLimit(problem, services, jobs);
      if (derived) {
        problem = derived.problem;
        const { timeLimitMs, slowestAcceptedMs, submissions, cached } = derived;
        emit({ type: 'time-limit-derived', timeLimitMs, slowestAcceptedMs, submissions, cached });
      }
      const solution = { name: Buffer.isBuffer(source) ? basename(solutionPath) : `${basename(solutionPath)}/`, source };
      const report = await judgeSolution({ problem, language, solution, jobs }, services);
      return exitCodeForVerdict(report.verdict);
    } finally {
      await services.shutdown();
    }
  } finally {
    await closeReporters(reporters);
  }
}
