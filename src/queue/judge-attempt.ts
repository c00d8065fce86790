// One attempt at judging a queued submission, the same on a worker and in serve's own
// queue: judgeSolution as `letscode judge` runs it (the time limit known once per problem),
// its compile and test events passed on, and the attempt sorted into what is final and
// what the infrastructure should try again. A verdict (CE, WA, TLE ...) is final; a judge
// error, Docker or a container failing, is not. A program that cannot be judged as given,
// a problem that cannot be judged, or a damaged bundle is final too: trying again on
// another machine would end the same way.

import { DockerError, ProblemFileError, UsageError, errorMessage } from '../errors.js';
import type { JudgeServices } from '../judge/events.js';
import { toJsonReport, type JsonReport } from '../judge/judge-json.js';
import { judgeSolution } from '../judge/judge-solution.js';
import type { Language } from '../languages/language.js';
import type { ProgramSource } from '../languages/prepare.js';
import { BundleError } from '../problem/bundle/unpack.js';
import type { Problem, TimedProblem } from '../problem/model.js';
import { submissionEventOf, type SubmissionEvent } from './submission-events.js';
import type { SubmissionOutcome } from './submissions.js';

export interface Attempt {
  problem: Problem;
  language: Language;
  solution: { name: string; source: ProgramSource };
  testsInParallel: number;
}

export interface AttemptServices {
  services: JudgeServices;
  /** The problem with its time limit known: derived at most once per problem. */
  timed(problem: Problem): Promise<TimedProblem>;
}

export type AttemptResult =
  | { kind: 'final'; outcome: SubmissionOutcome }
  /** Worth another attempt; `report` is the judge error's report, when there was one. */
  | { kind: 'retry'; error: string; report?: { report: JsonReport; limits: { timeMs: number; memoryBytes: number } } };

export async function judgeAttempt(attempt: Attempt, deps: AttemptServices, emit: (event: SubmissionEvent) => void): Promise<AttemptResult> {
  const services: JudgeServices = {
    ...deps.services,
    emit: (event) => {
      deps.services.emit(event);
      const forSubmission = submissionEventOf(event);
      if (forSubmission) emit(forSubmission);
    },
  };
  try {
    const problem = await deps.timed(attempt.problem);
    const jobs = Math.max(1, attempt.testsInParallel);
    const judged = await judgeSolution({ problem, language: attempt.language, solution: attempt.solution, jobs }, services);
    const report = toJsonReport(judged);
    const limits = { timeMs: problem.limits.timeMs, memoryBytes: problem.limits.memoryBytes };
    if (report.verdict !== 'JE') return { kind: 'final', outcome: { kind: 'judged', report, limits } };
    const failed = report.tests.find((test) => test.verdict === 'JE');
    return { kind: 'retry', error: `judge error${failed ? ` on test ${failed.name}: ${failed.detail}` : ''}`, report: { report, limits } };
  } catch (error) {
    return classifyFailure(error);
  }
}

export function classifyFailure(error: unknown): AttemptResult {
  if (error instanceof UsageError) return { kind: 'final', outcome: { kind: 'refused', message: error.message } };
  if (error instanceof ProblemFileError || error instanceof BundleError) return { kind: 'final', outcome: { kind: 'failed', message: error.message } };
  if (error instanceof DockerError) return { kind: 'retry', error: `Docker: ${error.message}` };
  return { kind: 'retry', error: errorMessage(error) };
}

/** What a failed attempt comes to when it was the last one. */
export function lastAttemptOutcome(result: Extract<AttemptResult, { kind: 'retry' }>, attempts: number): SubmissionOutcome {
  if (result.report) return { kind: 'judged', ...result.report };
  return { kind: 'failed', message: `${result.error} (${attempts} attempts)` };
}
