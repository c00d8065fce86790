// The command line, built by a side-effect-free factory: argv -> CommandRequest. Nothing
// heavy is imported here, so `letscode --help` starts fast; commands load lazily.

import { Command } from 'commander';
import { jobsOption, timeLimitOption } from './arguments.js';
import type { CommandRequest, Dispatch, JudgeOptions } from './requests.js';
import { addRunCommands } from './program-run.js';
import { addGradeCommand } from './program-grade.js';
import { addToolkitCommands } from './program-toolkit.js';
import { addStressCommands } from './program-stress.js';
import { addClusterCommands } from './program-cluster.js';

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
    .addOption(jobsOption('tests run in parallel, one box each (default: the number of CPU cores; 1 for precise timings)'))
    .addOption(timeLimitOption())
    .option('--no-cache', 'compile even when this exact program was compiled before')
    .option('--no-warm', 'judge in this process, not through the warm helper (off on CI anyway)')
    .option('-v, --verbose', 'show every test and build output', false)
    .action((solution: string, { timeLimit, warm, ...options }: Omit<JudgeOptions, 'solution' | 'timeLimitMs'> & { timeLimit?: number }) =>
      run({ command: 'judge', options: { ...options, solution, ...(timeLimit === undefined ? {} : { timeLimitMs: timeLimit }), ...(warm === false ? { warm } : {}) } }),
    );

  const images = program.command('images').description('build and list the per-language Docker images');
  images
    .command('build')
    .description('build the images for the given languages (default: all)')
    .argument('[languages...]', 'language ids or aliases')
    .option('-f, --force', 'rebuild even when the image is up to date', false)
    .addOption(jobsOption('images built at once, after the base image (default 1; downloads overlap with unpacking)'))
    .action((languages: string[], options: { force: boolean; jobs?: number }) => run({ command: 'images-build', languages, force: options.force, ...(options.jobs === undefined ? {} : { jobs: options.jobs }) }));
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

  const warm = program.command('warm').description('the warm helper: a background process that keeps boxes warm between judge commands');
  warm.command('status', { isDefault: true }).description("whether a helper runs, since when, and how long it has been idle").action(() => run({ command: 'warm-status' }));
  warm.command('stop').description('stop the helper now (it removes its boxes)').action(() => run({ command: 'warm-stop' }));
  warm.command('helper', { hidden: true }).description('run the helper in this process (started by judge)').action(() => run({ command: 'warm-helper' }));

  addRunCommands(program, run);
  addToolkitCommands(program, run);
  addGradeCommand(program, run);
  addStressCommands(program, run);
  addClusterCommands(program, run);

  return { program, exitCode: () => exitCode };
}
