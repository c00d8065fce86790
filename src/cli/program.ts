// The command line, built by a side-effect-free factory: argv -> CommandRequest. Nothing
// heavy is imported here, so `letscode --help` starts fast; commands load lazily.

import { Command, InvalidArgumentError, Option } from 'commander';
import type { CommandRequest, Dispatch, JudgeOptions } from './requests.js';
import { addRunCommands } from './program-run.js';
import { addToolkitCommands } from './program-toolkit.js';

/** --time-limit 2s, 1500ms or 2.5 (seconds), like time_limit in problem.yaml. */
function duration(value: string): number {
  const seconds = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/.exec(value.trim());
  if (!seconds) throw new InvalidArgumentError('expected a duration such as 2s, 1500ms or 2.5 (seconds)');
  const amount = Number(seconds[1]);
  const ms = seconds[2] === 'ms' ? amount : amount * 1000;
  if (!(ms >= 1 && ms <= 60_000)) throw new InvalidArgumentError('expected a duration from 1ms to 60s');
  return Math.round(ms);
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return parsed;
}

export function createProgram(dispatch: Dispatch, version: string): { program: Command; exitCode: () => number } {
  let exitCode = 0;
  const program = new Command('letscode')
    .description('Judge competitive-programming solutions locally, in isolated Docker containers.')
    .version(version)
    .option('--languages <file>', "a languages.yaml to change or add languages (default: $LETSCODE_LANGUAGES; the user's ~/.config/letscode/languages.yaml comes first)")
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const run = async (request: CommandRequest) => {
    const { languages } = program.opts<{ languages?: string }>();
    exitCode = await dispatch(languages === undefined ? request : { ...request, languagesFile: languages });
  };

  program
    .command('judge')
    .description('compile and run a solution against every test of a problem')
    .argument('<solution>', 'source file of the solution')
    .option('-p, --problem <path>', 'problem folder or problem.yaml (default: found from the current folder)')
    .option('-l, --lang <language>', 'language, when the file extension is not enough (see `letscode languages`)')
    .option('--json', 'print one JSON report on stdout and nothing else', false)
    .option('--junit <file>', 'also write a JUnit XML report to <file>')
    .addOption(new Option('-j, --jobs <n>', 'tests run in parallel, one box each (default: the number of CPU cores; 1 for precise timings)').argParser(positiveInteger))
    .addOption(new Option('-t, --time-limit <duration>', "override the problem's time limit (2s, 1500ms)").argParser(duration))
    .option('--no-cache', 'compile even when this exact program was compiled before')
    .option('-v, --verbose', 'show every test and build output', false)
    .action((solution: string, { timeLimit, ...options }: Omit<JudgeOptions, 'solution' | 'timeLimitMs'> & { timeLimit?: number }) =>
      run({ command: 'judge', options: { ...options, solution, ...(timeLimit === undefined ? {} : { timeLimitMs: timeLimit }) } }),
    );

  const images = program.command('images').description('build and list the per-language Docker images');
  images
    .command('build')
    .description('build the images for the given languages (default: all)')
    .argument('[languages...]', 'language ids or aliases')
    .option('-f, --force', 'rebuild even when the image is up to date', false)
    .action((languages: string[], options: { force: boolean }) => run({ command: 'images-build', languages, force: options.force }));
  images
    .command('list')
    .description('show every image, its tag and whether it is built')
    .action(() => run({ command: 'images-list' }));
  images
    .command('prune')
    .description('remove letscode images left behind by older Dockerfiles')
    .action(() => run({ command: 'images-prune' }));

  const languages = program.command('languages').description('list languages or self-test their toolchains');
  languages
    .command('list', { isDefault: true })
    .description('list the supported languages')
    .option('--json', 'print one JSON object on stdout: every language, its files, names and image', false)
    .action((options: { json: boolean }) => run({ command: 'languages-list', json: options.json }));
  languages
    .command('test')
    .description("run each language's self-test program in its sandbox (default: all)")
    .argument('[languages...]', 'language ids or aliases')
    .action((ids: string[]) => run({ command: 'languages-test', languages: ids }));

  addRunCommands(program, run);
  addToolkitCommands(program, run);

  return { program, exitCode: () => exitCode };
}
