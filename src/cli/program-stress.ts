// `letscode stress` (find an input where a solution and a brute force disagree) and
// `letscode generate` (a package's data/ from generators/generators.yaml). Part of the
// side-effect-free program factory: argv -> CommandRequest, nothing heavy.

import { type Command, Option } from 'commander';
import { checkerArgument, durationArgument, integerArgument, jobsOption, sizeArgument, timeLimitOption } from './arguments.js';
import type { CommandRequest, GenerateOptions, StressOptions } from './requests.js';

const MiB = 1024 * 1024;
/** Seeds are what BAPCtools' {seed} gives: below 2^31, so every language reads them as an int. */
export const MAX_SEED = 2 ** 31 - 1;

interface StressFlags {
  gen: string;
  brute?: string;
  problem?: string;
  genArgs?: string;
  lang?: string;
  checker?: StressOptions['checker'];
  timeLimit?: number;
  memoryLimit?: number;
  count?: number;
  time?: number;
  seed?: number;
  save: boolean;
  shrink: boolean;
  jobs?: number;
  cache: boolean;
}

export function toStressOptions(solution: string, flags: StressFlags): StressOptions {
  const options: StressOptions = {
    solution,
    generator: flags.gen,
    generatorArgs: (flags.genArgs ?? '').split(/\s+/).filter(Boolean),
    save: flags.save,
    shrink: flags.shrink,
    cache: flags.cache,
  };
  const optional = { brute: flags.brute, problem: flags.problem, lang: flags.lang, checker: flags.checker, timeLimitMs: flags.timeLimit, memoryLimitBytes: flags.memoryLimit, count: flags.count, durationMs: flags.time, seed: flags.seed, jobs: flags.jobs };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (options as unknown as Record<string, unknown>)[key] = value;
  }
  return options;
}

export function addStressCommands(program: Command, run: (request: CommandRequest) => Promise<void>): void {
  program
    .command('stress')
    .description('run a solution and a brute force on random inputs from a generator until they disagree (or --count / --time runs out)')
    .argument('<solution>', 'source file (or folder) of the solution under test')
    .requiredOption('-g, --gen <program>', 'the generator: gets the seed (then --gen-args) as arguments, prints an input')
    .option('-b, --brute <program>', "a slow, surely correct solution: its output is the expected answer (optional for interactive problems)")
    .option('-p, --problem <path>', "problem folder or problem.yaml for the limits, checker, interactor and validators (default: found from the current folder; none: 1 s, 256 MiB, tokens)")
    .option('--gen-args <args>', 'more arguments for the generator after the seed, split on spaces ("100 5")')
    .option('-l, --lang <language>', "the solution's language, when the file extension is not enough")
    .addOption(new Option('--checker <name>', "compare outputs with exact, lines, tokens or float[:TOLERANCE] instead of the problem's checker").argParser(checkerArgument))
    .addOption(timeLimitOption())
    .addOption(new Option('-m, --memory-limit <size>', "override the problem's memory limit (256MiB, 1GiB)").argParser(sizeArgument({ minBytes: MiB, maxBytes: 64 * 1024 * MiB })))
    .addOption(new Option('-n, --count <n>', 'try at most this many seeds').argParser(integerArgument({ min: 1 })))
    .addOption(new Option('--time <duration>', 'stop starting iterations after this long (60s, 1800s)').argParser(durationArgument({ minMs: 1, maxMs: 7 * 24 * 3_600_000 })))
    .addOption(new Option('--seed <n>', 'start at this seed; alone, run exactly this one iteration (reproduces a failure)').argParser(integerArgument({ min: 0, max: MAX_SEED }, 'a seed')))
    .option('--shrink', 'reduce the failing input to a small one that still fails', false)
    .option('--save', 'add the failing input (shrunk, with --shrink) to the problem as a new test', false)
    .addOption(jobsOption('slots running iterations side by side, each with warm boxes (default: the number of CPU cores)'))
    .option('--no-cache', 'compile even when this exact program was compiled before')
    .action((solution: string, flags: StressFlags) => run({ command: 'stress', options: toStressOptions(solution, flags) }));

  program
    .command('generate')
    .description("write a package's data/ from generators/generators.yaml (BAPCtools), then validate it; only changed cases are generated again")
    .argument('[problem]', 'the Kattis package folder (default: found from the current folder)')
    .option('--check-deterministic', 'run every generator twice and report those that print different files', false)
    .addOption(jobsOption('generator runs side by side, one box each (default: the number of CPU cores)'))
    .option('--no-cache', 'compile even when this exact program was compiled before')
    .option('-v, --verbose', 'list every case, up-to-date ones too', false)
    .action((problem: string | undefined, flags: { checkDeterministic: boolean; jobs?: number; cache: boolean; verbose: boolean }) => {
      const options: GenerateOptions = { checkDeterministic: flags.checkDeterministic, cache: flags.cache, verbose: flags.verbose };
      if (problem !== undefined) options.problem = problem;
      if (flags.jobs !== undefined) options.jobs = flags.jobs;
      return run({ command: 'generate', options });
    });
}
