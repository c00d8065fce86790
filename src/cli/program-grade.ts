// `letscode grade`: a whole class's submissions against one problem or an assignment.
// Part of the side-effect-free program factory: argv -> CommandRequest, nothing heavy.

import { type Command, InvalidArgumentError, Option } from 'commander';
import { parseMinScore, type MinScore } from '../grade/scoring.js';
import { integerArgument, jobsOption, redisOptions, timeLimitOption } from './arguments.js';
import type { CommandRequest, GradeOptions } from './requests.js';

function minScore(value: string): MinScore {
  const parsed = parseMinScore(value);
  if (!parsed) throw new InvalidArgumentError('expected a score such as 0.5 or 30 (points), or a share such as 60%');
  return parsed;
}

/** --regrade alice --regrade bob, or --regrade alice,bob. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((name) => name.trim()).filter(Boolean)];
}

/** What commander hands over: the options, with -t under its flag's name and --redis as flags. */
type GradeFlags = Omit<GradeOptions, 'submissions' | 'timeLimitMs' | 'redis'> & { timeLimit?: number; redis?: string; redisTimeout: number };

export function toGradeOptions(submissions: string[], flags: GradeFlags): GradeOptions {
  const { timeLimit: timeLimitMs, redis, redisTimeout, ...rest } = flags;
  const options: GradeOptions = { submissions, json: rest.json, reportOnly: rest.reportOnly, regrade: rest.regrade, force: rest.force, cache: rest.cache };
  for (const key of ['problem', 'assignment', 'out', 'lang', 'csv', 'junit', 'html', 'minScore', 'jobs', 'parallel'] as const) {
    if (rest[key] !== undefined) (options as unknown as Record<string, unknown>)[key] = rest[key];
  }
  if (timeLimitMs !== undefined) options.timeLimitMs = timeLimitMs;
  if (redis !== undefined) options.redis = { url: redis, giveUpMs: redisTimeout };
  return options;
}

export function addGradeCommand(program: Command, run: (request: CommandRequest) => Promise<void>): void {
  const grade = program
    .command('grade')
    .description("judge a whole class's submissions (resumable), with a summary and CSV, JSON, JUnit and HTML reports")
    .argument('<submissions...>', 'the class folder (one file or folder per student), or files, folders and globs')
    .option('-p, --problem <path>', 'problem folder or problem.yaml (default: found from the current folder)')
    .addOption(new Option('-a, --assignment <file>', 'assignment.yaml: several problems, a file pattern and points each').conflicts('problem'))
    .option('-o, --out <folder>', 'results store and reports (default: grade-results/ beside SUBMISSIONS)')
    .option('-l, --lang <language>', 'language of every submission, when extensions are not enough')
    .option('--json', 'print one JSON report on stdout and nothing else', false)
    .option('--csv <file>', 'also write the CSV report (a row per student) to <file>')
    .option('--junit <file>', 'also write JUnit XML (a testsuite per student) to <file>')
    .option('--html <file>', 'also write the HTML report to <file>')
    .option('--report-only', 'rebuild the reports from the stored results; judge nothing', false)
    .option('--regrade <students>', 'judge these students again (repeatable, or comma-separated)', collect, [])
    .option('-f, --force', 'judge every submission again', false)
    .addOption(new Option('--min-score <score>', 'exit 1 when a student scores below it: points (0.5, 30) or a share (60%)').argParser(minScore))
    .addOption(jobsOption('tests of one submission run at once (default 1)'))
    .addOption(new Option('--parallel <n>', 'submissions judged at once (default: the number of CPU cores)').argParser(integerArgument({ min: 1 })))
    .addOption(timeLimitOption())
    .option('--no-cache', 'compile even when this exact program was compiled before');
  for (const option of redisOptions(false)) grade.addOption(option);
  grade.action((submissions: string[], flags: GradeFlags) => run({ command: 'grade', options: toGradeOptions(submissions, flags) }));
}
