// `letscode stress SOLUTION --gen GEN --brute BRUTE`: find an input on which the solution
// and a brute force disagree. The problem (found like judge's, optional) gives the limits,
// checker, interactor and input validators; without one, 1 s / 256 MiB and the tokens
// checker. Exit 0: no difference found within --count / --time; 1: the solution failed on
// a seed (or does not compile); 3: the generator, the brute force, the checker or the
// interactor failed, the generator is not deterministic or broke the input format (the
// solution's correctness is unknown), or Docker is unavailable; 2: usage errors.

import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import type { CheckerSpec } from '../../checkers/checker.js';
import { DEFAULT_CHECKER_SPEC } from '../../checkers/index.js';
import { UsageError } from '../../errors.js';
import { withKnownTimeLimit } from '../../judge/derive-time-limit.js';
import { readProgram } from '../../languages/read-program.js';
import { loadProblem } from '../../problem/load.js';
import { locateProblem } from '../../problem/locate.js';
import { DEFAULT_LIMITS, testsOnlyProblem, type Problem } from '../../problem/model.js';
import { createTerminal } from '../../report/index.js';
import { StressReporter } from '../../report/stress.js';
import type { StressEvent, StressServices } from '../../stress/events.js';
import { stressStatus } from '../../stress/outcome.js';
import type { StressProgram } from '../../stress/rig.js';
import { runStress } from '../../stress/stress.js';
import { defaultJobs } from '../arguments.js';
import { exitCodeFor, stressOutcome } from '../exit-codes.js';
import type { CommandRequest, StressOptions } from '../requests.js';
import { createDockerServices } from '../services.js';
import { isInterrupted, onInterrupt } from '../interruption.js';

/** Random first seeds stay below 2^30, so a billion iterations still fit in an int. */
const RANDOM_SEED_BOUND = 2 ** 30;

export async function stressCommand(request: Extract<CommandRequest, { command: 'stress' }>): Promise<number> {
  const { options } = request;
  const solution = await readStressProgram(options.solution, options.lang, 'solution');
  const generator = await readStressProgram(options.generator, undefined, 'generator');
  const brute = options.brute === undefined ? null : await readStressProgram(options.brute, undefined, 'brute force');
  const { problem, given } = await stressProblem(options);
  if (brute === null && problem.interactor === null) {
    throw new UsageError('stress needs --brute BRUTE: a slow, surely correct solution whose output is the expected answer (only an interactive problem can do without)');
  }
  if (options.save && !given) throw new UsageError('--save adds the failing input to a problem, and none was found: pass -p PROBLEM');

  const reporter = await StressReporter.create(createTerminal());
  const unregister = onInterrupt(async () => reporter.interrupted());
  try {
    const docker = await createDockerServices((event) => reporter.onEvent(event), { compileCache: options.cache });
    try {
      const jobs = options.jobs ?? defaultJobs();
      const { problem: timed } = await withKnownTimeLimit(problem, docker, jobs);
      // Ctrl-C removes the boxes under the loop's feet: what it then says is no finding.
      const emit = (event: StressEvent) => {
        if (!isInterrupted()) reporter.onEvent(event);
      };
      const services: StressServices = { ...docker, emit };
      const firstSeed = options.seed ?? randomInt(1, RANDOM_SEED_BOUND);
      const onlyTheSeed = options.seed !== undefined && options.count === undefined && options.durationMs === undefined;
      const report = await runStress({
        problem: timed,
        problemGiven: given,
        solution,
        generator,
        brute,
        checker: checkerLabel(timed.checker),
        jobs,
        plan: { firstSeed, count: onlyTheSeed ? 1 : options.count, durationMs: options.durationMs, generatorArgs: options.generatorArgs },
        shrink: options.shrink,
        save: options.save,
      }, services);
      return exitCodeFor(stressOutcome(stressStatus(report.outcome)));
    } finally {
      await docker.shutdown();
    }
  } finally {
    unregister();
    await reporter.close();
  }
}

async function readStressProgram(path: string, lang: string | undefined, role: string): Promise<StressProgram> {
  const { language, source } = await readProgram(resolve(path), path, lang, { role });
  return { name: path, language, source };
}

/** The problem named with -p, else the nearest one, else defaults standing in for one; with -t, -m and --checker applied. */
async function stressProblem(options: StressOptions): Promise<{ problem: Problem; given: boolean }> {
  const located = await locateProblem({ problemOption: options.problem, solutionPath: options.solution, cwd: process.cwd() }).catch((error: unknown) => {
    if (options.problem === undefined && error instanceof UsageError) return null;
    throw error;
  });
  const loaded = located === null ? null : await loadProblem(located, { timeLimitMs: options.timeLimitMs });
  const problem = loaded ?? testsOnlyProblem({
    name: 'stress',
    dir: process.cwd(),
    sourceFile: process.cwd(),
    format: 'native',
    checker: DEFAULT_CHECKER_SPEC,
    tests: [],
    timeMs: options.timeLimitMs ?? DEFAULT_LIMITS.timeMs,
  });
  const memoryBytes = options.memoryLimitBytes ?? problem.limits.memoryBytes;
  return { problem: { ...problem, checker: options.checker ?? problem.checker, limits: { ...problem.limits, memoryBytes } }, given: loaded !== null };
}

function checkerLabel(checker: CheckerSpec): string {
  switch (checker.name) {
    case 'external':
      return `${checker.protocol} checker program`;
    case 'kattis-default':
      return 'default output validator';
    case 'float':
      return `float (${checker.absTolerance}/${checker.relTolerance})`;
    default:
      return checker.name;
  }
}
