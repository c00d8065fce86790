// One judge run, end to end: launch the solution into one box per job (compiling while
// the boxes start), open what the problem adds (checker program, interactor) meanwhile,
// run the tests, report. Only a problem with a known time limit can be judged: get one
// through judge-problem.ts (or derive-time-limit.ts when judging many solutions).

import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { launchProgram, type LaunchedProgram } from '../execution/launch.js';
import { runBoxFor, runLimitsFor } from '../execution/limits.js';
import type { Language } from '../languages/language.js';
import type { ProgramSource } from '../languages/prepare.js';
import type { TestCase, TimedProblem } from '../problem/model.js';
import type { JudgeServices } from './events.js';
import { includedFilesFor, withIncludedFiles } from './included-files.js';
import { overallVerdict, type JudgeReport, type TestResult } from './judge-report.js';
import { openProblemSupport, type ProblemSupport } from './problem-support.js';
import { runTests } from './run-tests.js';
import { withScore } from './scored-report.js';

export interface JudgeRequest {
  problem: TimedProblem;
  language: Language;
  /** The solution's name (for reports) and its code: one file's bytes, or a folder's files. */
  solution: { name: string; source: ProgramSource };
  /** How many tests run at once, each in its own warm box. */
  jobs: number;
  /** What happens past the output limit (RunLimits.outputOverflow); 'stop' by default. */
  outputOverflow?: 'stop' | 'truncate';
}

export async function judgeSolution(request: JudgeRequest, services: JudgeServices): Promise<JudgeReport> {
  const started = Date.now();
  const { problem, language } = request;
  const { emit } = services;
  // The problem's include/ files join the submission here, so every way of judging gets
  // them and the compile cache key (over the merged sources) changes with them.
  const source = withIncludedFiles(language, request.solution, includedFilesFor(problem.includedFiles, language));
  emit({
    type: 'judge-start',
    problem: problem.name,
    language: language.name,
    solution: request.solution.name,
    testCount: problem.tests.length,
    timeLimitMs: problem.limits.timeMs,
    memoryLimitBytes: problem.limits.memoryBytes,
  });
  // One pinned core per box: more boxes than cores would share cores and disturb timings.
  const jobs = Math.max(1, Math.min(request.jobs, problem.tests.length, availableParallelism()));
  // The checker or interactor (its own compile and boxes) is prepared while the solution compiles.
  const support = openProblemSupport(problem, jobs, services);
  // Handled where it is awaited; this only keeps an early failure from counting as unhandled.
  support.catch(() => undefined);
  try {
    const box = runBoxFor(problem.limits, await largestInputBytes(problem.tests));
    const launch = await launchProgram({ language, source, memoryBytes: problem.limits.memoryBytes, box, boxCount: jobs, announce: true }, services);
    const tests = launch.kind === 'launched' ? await runOnLaunched(launch, request, await support, emit) : [];
    const report: JudgeReport = withScore({
      verdict: overallVerdict(launch.compile, tests),
      problem: problem.name,
      language: language.name,
      solution: request.solution.name,
      compile: launch.compile,
      tests,
      totalMs: Date.now() - started,
    }, problem.scoring);
    emit({ type: 'judge-done', report });
    return report;
  } finally {
    await support.then((opened) => opened.dispose(), () => undefined);
  }
}

async function runOnLaunched(launched: LaunchedProgram, request: JudgeRequest, support: ProblemSupport, emit: JudgeServices['emit']): Promise<TestResult[]> {
  let tests: TestResult[] = [];
  try {
    tests = await runTests(launched.boxes, {
      tests: request.problem.tests,
      program: launched.program,
      limits: { ...runLimitsFor(request.problem.limits), outputOverflow: request.outputOverflow ?? 'stop' },
      emit,
      check: support.check,
      interactor: support.interactor,
      scoring: request.problem.scoring,
    });
    return tests;
  } finally {
    // Boxes go back to a warm source only when every run in them ended normally.
    await launched.dispose({ keep: tests.length > 0 && tests.every((test) => test.verdict !== 'JE') });
  }
}

async function largestInputBytes(tests: readonly TestCase[]): Promise<number> {
  let largest = 0;
  for (const test of tests) {
    const size = test.input.kind === 'inline' ? Buffer.byteLength(test.input.content) : (await stat(test.input.path)).size;
    largest = Math.max(largest, size);
  }
  return largest;
}
