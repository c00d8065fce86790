// The judge run, end to end: prepare the program, make sure its image exists, compile
// while the run boxes start, install the program in every box, run the tests, report.

import { stat } from 'node:fs/promises';
import type { Language } from '../languages/language.js';
import { prepareProgram, type PreparedProgram, type ProgramSource } from '../languages/prepare.js';
import type { Problem, TestCase } from '../problem/model.js';
import type { EventSink } from '../report/events.js';
import type { Box, Sandbox } from '../sandbox/sandbox.js';
import { compileProgram, installProgram, type CompileOutcome } from './compile.js';
import { compileCacheKey, type CompileCache } from './compile-cache.js';
import { includedFilesFor, withIncludedFiles } from './included-files.js';
import { runBoxFor, runLimitsFor } from './limits.js';
import { openProblemSupport, type ProblemSupport } from './problem-support.js';
import { runTests } from './run-tests.js';
import { overallVerdict, type JudgeReport, type TestResult } from './verdict.js';

export interface JudgeRequest {
  problem: Problem;
  language: Language;
  /** The solution's name (for reports) and its code: one file's bytes, or a folder's files. */
  solution: { name: string; source: ProgramSource };
  /** How many tests run at once, each in its own warm box. */
  jobs: number;
}

export interface JudgeServices {
  sandbox: Sandbox;
  /** Returns the image reference for a toolchain, building it when missing. */
  ensureImage: (toolchain: string, languageName: string) => Promise<string>;
  /** The text of a seccomp profile, by name (seccomp/<name>.json). */
  seccompProfile: (name: string) => Promise<string>;
  /** Null disables the compile cache (--no-cache). */
  compileCache: CompileCache | null;
  emit: EventSink;
}

export async function judgeSolution(request: JudgeRequest, services: JudgeServices): Promise<JudgeReport> {
  const started = Date.now();
  const { problem, language } = request;
  const { sandbox, emit } = services;
  if (problem.timeLimitSource.kind !== 'given') {
    // A caller bug, not a user mistake: deriveTimeLimit() must run first.
    throw new Error(`judgeSolution: the time limit of ${problem.name} has not been derived yet`);
  }
  // The problem's include/ files join the submission here, so every way of judging gets
  // them and the compile cache key (over the merged sources) changes with them.
  const source = withIncludedFiles(language, request.solution, includedFilesFor(problem.includedFiles, language));
  const program = prepareProgram(language, source, problem.limits.memoryBytes);
  emit({
    type: 'judge-start',
    problem: problem.name,
    language: language.name,
    solution: request.solution.name,
    testCount: problem.tests.length,
    timeLimitMs: problem.limits.timeMs,
    memoryLimitBytes: problem.limits.memoryBytes,
  });
  const image = await services.ensureImage(language.image, language.name);
  const seccompProfile = await services.seccompProfile(language.seccompProfile);
  const boxSpec = { ...runBoxFor(problem.limits, await largestInputBytes(problem.tests)), image, seccompProfile };
  const jobs = Math.max(1, Math.min(request.jobs, problem.tests.length));
  // Starting a container costs a few hundred ms: do it while the compiler works, and
  // prepare the problem's checker or interactor (its own compile and boxes) meanwhile too.
  const opening = Promise.allSettled(Array.from({ length: jobs }, () => sandbox.openBox(boxSpec)));
  const support = openProblemSupport(problem, jobs, services);
  // Handled where it is awaited; this only keeps an early failure from counting as unhandled.
  support.catch(() => undefined);
  try {
    emit({ type: 'compile-start', language: language.name });
    const cache = services.compileCache && { store: services.compileCache, key: compileCacheKey(program, language.id, image) };
    const compiled = await compileProgram(program, { sandbox, image, seccompProfile, cache });
    emit({ type: 'compile-done', result: compiled.result });
    const boxes = await openedBoxes(opening);
    const tests = compiled.result.ok ? await runOnBoxes(boxes, program, compiled, request, await support, emit) : [];
    const report: JudgeReport = {
      verdict: overallVerdict(compiled.result, tests),
      problem: problem.name,
      language: language.name,
      solution: request.solution.name,
      compile: compiled.result,
      tests,
      totalMs: Date.now() - started,
    };
    emit({ type: 'judge-done', report });
    return report;
  } finally {
    const settled = await opening;
    await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.dispose() : undefined)));
    await support.then((opened) => opened.dispose(), () => undefined);
  }
}

async function runOnBoxes(
  boxes: Box[],
  program: PreparedProgram,
  compiled: CompileOutcome,
  request: JudgeRequest,
  support: ProblemSupport,
  emit: EventSink,
): Promise<TestResult[]> {
  await Promise.all(boxes.map((box) => installProgram(box, program, compiled.artifacts)));
  return runTests(boxes, {
    tests: request.problem.tests,
    program,
    limits: runLimitsFor(request.problem.limits),
    emit,
    check: support.check,
    interactor: support.interactor,
  });
}

/** All boxes, or the first failure (after the others are disposed). */
async function openedBoxes(opening: Promise<PromiseSettledResult<Box>[]>): Promise<Box[]> {
  const settled = await opening;
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<Box>).value);
}

async function largestInputBytes(tests: readonly TestCase[]): Promise<number> {
  let largest = 0;
  for (const test of tests) {
    const size = test.input.kind === 'inline' ? Buffer.byteLength(test.input.content) : (await stat(test.input.path)).size;
    largest = Math.max(largest, size);
  }
  return largest;
}
