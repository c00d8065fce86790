// `letscode grade SUBMISSIONS`: check every input, judge what the results store does not
// hold yet (through the injected JudgeFunction: this machine's Docker, or with --redis the
// workers of a queue, connected only when something needs judging), then write the
// reports and print the summary. Exit 0 when the run completed;
// 1 when --min-score is given and a student is below it; 2 bad input; 3 Docker failure or a
// judge error left some result unknown; 130 after Ctrl-C (what finished is stored).

import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCode } from '../../errors.js';
import { runGradeLoop } from '../../grade/grade-loop.js';
import type { ProgramItem } from '../../grade/model.js';
import { buildGradeResults, type GradeResults } from '../../grade/results.js';
import { fractionOfTestsPassed, meetsMinScore, type MinScore } from '../../grade/scoring.js';
import { lockOutDir } from '../../grade/out-lock.js';
import { ResultsStore } from '../../grade/store.js';
import { renderGradeJson } from '../../report/grade-json.js';
import { writeReports } from '../../report/grade-files.js';
import { GradeProgress } from '../../report/grade-progress.js';
import { renderGradeTable } from '../../report/grade-table.js';
import { createTerminal, type Terminal } from '../../report/index.js';
import { packageRoot } from '../../paths.js';
import type { CommandRequest, GradeOptions } from '../requests.js';
import { createDockerGradeJudge } from './grade-judge.js';
import { createQueueGradeJudge } from './grade-queue.js';
import { queueNoticeLine } from '../../report/queue-lines.js';
import { stopGracefullyOnInterrupt } from '../interruption.js';
import { exitCodeFor, type CommandOutcome } from '../exit-codes.js';
import { prepareGrade, type GradeSetup } from './grade-setup.js';

export function letscodeVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

export async function gradeCommand(request: Extract<CommandRequest, { command: 'grade' }>): Promise<number> {
  const { options } = request;
  const version = letscodeVersion();
  const setup = await prepareGrade(options, process.cwd(), version);
  const store = await ResultsStore.load(setup.outDir);
  const terminal = createTerminal();
  const progress = await GradeProgress.create(terminal, { quiet: options.json });
  let ended: RunEnd = 'completed';
  try {
    if (!options.json) for (const ignored of setup.ignored) terminal.stderr.write(`Ignored ${ignored}\n`);
    if (!options.reportOnly) ended = await judgePending(setup, store, options, progress, version);
  } finally {
    await progress.close();
    await store.close();
  }
  const results = buildGradeResults({ title: setup.title, problems: setup.problems, items: setup.items, lookup: (key) => store.get(key), scoreModel: fractionOfTestsPassed });
  const written = await writeReports(results, { outDir: setup.outDir, mode: setup.mode, extra: pick(options) });
  printResults(terminal, results, setup, options, written);
  // Docker gone or a problem that cannot be judged: the reports show what was stored, then exit 3 or 2.
  if (ended instanceof Error) throw ended;
  if (typeof ended === 'object' && 'interruptedBy' in ended) return ended.interruptedBy === 'SIGINT' ? ExitCode.interrupted : ExitCode.terminated;
  return exitCodeFor(gradeOutcome(results, options.minScore));
}

/** How judging ended: every pending submission judged, Ctrl-C (or SIGTERM), or the error that stopped it. */
type RunEnd = 'completed' | { interruptedBy: 'SIGINT' | 'SIGTERM' } | Error;

async function judgePending(setup: GradeSetup, store: ResultsStore, options: GradeOptions, progress: GradeProgress, version: string): Promise<RunEnd> {
  const lock = await lockOutDir(setup.outDir, options.out ?? setup.outDir);
  // Through a queue every submission is queued at once: the workers decide how many run.
  const parallel = options.parallel ?? (options.redis ? Math.max(1, setup.items.length) : Math.max(1, availableParallelism()));
  const languageNamed = options.lang !== undefined;
  const backend = options.redis
    ? createQueueGradeJudge(options.redis, { testsInParallel: options.jobs ?? 1, languageNamed, notify: (notice) => progress.note(queueNoticeLine(notice)) })
    : createDockerGradeJudge((event) => progress.onJudgeEvent(event), { jobs: options.jobs ?? 1, parallel, compileCache: options.cache, languageNamed });
  const controller = new AbortController();
  // First Ctrl-C: take no new submission, remove the boxes, store nothing half-judged, write
  // the reports; a second one ends the command at once (interruption.ts).
  const stop = stopGracefullyOnInterrupt();
  let interruptedBy: 'SIGINT' | 'SIGTERM' | null = null;
  void stop.stopped.then((signal) => {
    interruptedBy = signal;
    controller.abort();
    void backend.interrupt();
  });
  try {
    const result = await runGradeLoop({
      items: setup.items,
      problems: new Map(setup.problems.map((problem) => [problem.id, problem])),
      store,
      judge: backend.judge,
      concurrency: parallel,
      rejudge: rejudgeRule(options),
      emit: (event) => progress.onEvent(event),
      letscodeVersion: version,
      signal: controller.signal,
    });
    if (result.stoppedBy) return result.stoppedBy;
    return interruptedBy ? { interruptedBy } : 'completed';
  } finally {
    stop.dispose();
    await backend.shutdown();
    await lock.release();
  }
}

function rejudgeRule(options: GradeOptions): (item: ProgramItem) => boolean {
  const regrade = new Set(options.regrade);
  return (item) => options.force || regrade.has(item.student);
}

function pick(options: GradeOptions): { csv?: string; junit?: string; html?: string } {
  return { ...(options.csv && { csv: options.csv }), ...(options.junit && { junit: options.junit }), ...(options.html && { html: options.html }) };
}

function printResults(terminal: Terminal, results: GradeResults, setup: GradeSetup, options: GradeOptions, written: readonly string[]): void {
  if (options.json) {
    terminal.stdout.write(renderGradeJson(results, setup.mode));
    return;
  }
  const lines = renderGradeTable(results, setup.mode, terminal.chalk, terminal.columns);
  terminal.stdout.write(`${[...lines, terminal.chalk.dim(`Reports: ${written.join(', ')}`)].join('\n')}\n`);
}

/** Unknown when a result is (judge error, not graded), else failed when someone is below --min-score, else ok. */
export function gradeOutcome(results: GradeResults, minScore: MinScore | undefined): CommandOutcome {
  const rows = results.students.flatMap((student) => student.rows);
  if (rows.some((row) => row.verdict === 'JE' || row.verdict === 'NOT_GRADED')) return 'judge-error';
  if (minScore && results.students.some((student) => !meetsMinScore(student, minScore))) return 'failed';
  return 'ok';
}
