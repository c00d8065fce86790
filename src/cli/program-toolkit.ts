// The problem-setter commands: `validate` (input validators on every test input) and
// `verify` (validate, then judge every example submission against its folder's promise).
// Part of the side-effect-free program factory: argv -> CommandRequest, nothing heavy.

import type { Command } from 'commander';
import { jobsOption, timeLimitOption } from './arguments.js';
import type { CommandRequest, ValidateOptions, VerifyOptions } from './requests.js';

interface CommonFlags {
  json: boolean;
  jobs?: number;
  cache: boolean;
  verbose: boolean;
  strict: boolean;
}

function common(problem: string | undefined, flags: CommonFlags): ValidateOptions {
  const options: ValidateOptions = { json: flags.json, cache: flags.cache, verbose: flags.verbose, strict: flags.strict };
  if (problem !== undefined) options.problem = problem;
  if (flags.jobs !== undefined) options.jobs = flags.jobs;
  return options;
}

export function addToolkitCommands(program: Command, run: (request: CommandRequest) => Promise<void>): void {
  const withCommonOptions = (command: Command, verbose: string) =>
    command
      .argument('[problem]', 'problem folder or its problem.yaml (default: found from the current folder)')
      .option('--json', 'print one JSON object on stdout and nothing else', false)
      .addOption(jobsOption('runs in parallel, one box each (default: the number of CPU cores)'))
      .option('--no-cache', 'compile even when this exact program was compiled before')
      .option('--strict', 'fail (exit 1) on validation warnings too: junk an input validator accepts, byte-identical inputs', false)
      .option('-v, --verbose', verbose, false);

  withCommonOptions(program.command('validate').description("run the problem's input validators on every test input and data/invalid_input/ (exit 42 = valid), and its output validator on data/invalid_output/ and data/valid_output/"), 'show every input in the table, also in a big test set')
    .action((problem: string | undefined, flags: CommonFlags) => run({ command: 'validate', options: common(problem, flags) }));

  withCommonOptions(
    program.command('verify').description('validate the inputs, then judge every example submission and check it gets the verdicts its folder promises'),
    'show every validator run, valid ones too',
  )
    .addOption(timeLimitOption())
    .action((problem: string | undefined, { timeLimit: ms, ...flags }: CommonFlags & { timeLimit?: number }) => {
      const options: VerifyOptions = common(problem, flags);
      if (ms !== undefined) options.timeLimitMs = ms;
      return run({ command: 'verify', options });
    });
}
