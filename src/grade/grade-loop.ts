// The grading loop: judges every program the store does not hold yet, a few at a time,
// through the injected JudgeFunction, and appends each result to the store before
// announcing it. A crash, a timeout or a judge error on one submission never stops the
// run; only a failure that would fail every later submission too does (Docker gone, a
// problem that cannot be judged), after the submissions in flight are stored.

import pLimit from 'p-limit';
import { DockerError, errorMessage, ProblemFileError, QueueConnectionError, UsageError } from '../errors.js';
import type { GradeSink } from './events.js';
import type { JudgeFunction } from './judge-function.js';
import { isFinal, type GradeItem, type GradeProblem, type JudgeOutcome, type ProgramItem, type StoredResult } from './model.js';
import type { ResultsStore } from './store.js';

export interface GradeLoopOptions {
  items: readonly GradeItem[];
  problems: ReadonlyMap<string, GradeProblem>;
  store: ResultsStore;
  judge: JudgeFunction;
  /** Submissions judged at once. */
  concurrency: number;
  /** --force / --regrade: judge again even though a final result is stored. */
  rejudge: (item: ProgramItem) => boolean;
  emit: GradeSink;
  letscodeVersion: string;
  /** Stops taking new submissions (Ctrl-C); those in flight still finish and are stored. */
  signal?: AbortSignal;
  now?: () => Date;
}

export interface GradeLoopResult {
  judged: number;
  skipped: number;
  /** Why the run stopped early, when it did: the error to exit with. */
  stoppedBy: Error | undefined;
}

/** The programs that need judging: no final result stored under their key, or asked for again. */
export function programsToJudge(items: readonly GradeItem[], store: ResultsStore, rejudge: (item: ProgramItem) => boolean): ProgramItem[] {
  return items.filter((item): item is ProgramItem => {
    if (item.kind !== 'program') return false;
    const stored = store.get(item.key);
    return stored === undefined || !isFinal(stored) || rejudge(item);
  });
}

/** Errors after which every later submission would fail the same way. */
function stopsTheRun(error: unknown): error is Error {
  return error instanceof DockerError || error instanceof ProblemFileError || error instanceof QueueConnectionError;
}

export async function runGradeLoop(options: GradeLoopOptions): Promise<GradeLoopResult> {
  const { items, store, emit } = options;
  const pending = programsToJudge(items, store, options.rejudge);
  const programs = items.filter((item) => item.kind === 'program').length;
  const skipped = programs - pending.length;
  emit({ type: 'grade-start', submissions: items.length, toJudge: pending.length, skipped, notJudgeable: items.length - programs, damagedLines: store.damagedLines });
  const limit = pLimit(Math.max(1, options.concurrency));
  let finished = 0;
  let stoppedBy: Error | undefined;
  // Queued tasks still run, see stoppedBy and return at once (p-limit's clearQueue would
  // leave their promises pending forever).
  const stop = (error: Error) => {
    stoppedBy ??= error;
  };
  options.signal?.addEventListener('abort', () => stop(new Error('stopped')), { once: true });
  await Promise.all(
    pending.map((item) =>
      limit(async () => {
        if (stoppedBy) return;
        emit({ type: 'submission-start', student: item.student, problem: item.problemId, path: item.path });
        const outcome = await judgeOne(item, options).catch((error: unknown) => {
          if (!stopsTheRun(error)) throw error;
          stop(error);
          return null;
        });
        if (!outcome) return;
        const result = storedResult(item, outcome, options);
        // A judge error caused by stopping (the boxes removed under it) is not a result.
        if (options.signal?.aborted && !isFinal(result)) return;
        await store.append(result);
        emit({ type: 'submission-done', result, index: ++finished, toJudge: pending.length });
      }),
    ),
  );
  if (stoppedBy && !options.signal?.aborted) emit({ type: 'grade-stopped', reason: errorMessage(stoppedBy) });
  emit({ type: 'grade-done', judged: finished, skipped });
  return { judged: finished, skipped, stoppedBy: options.signal?.aborted ? undefined : stoppedBy };
}

async function judgeOne(item: ProgramItem, options: GradeLoopOptions): Promise<JudgeOutcome> {
  const problem = options.problems.get(item.problemId)!;
  try {
    const name = item.path.replace(/\/$/, '').split('/').pop() ?? item.student;
    const judged = await options.judge({ problem: problem.problem, language: item.language, solution: { name, source: item.source }, key: item.key, fresh: options.rejudge(item) });
    return { kind: 'judged', report: judged.report, limits: judged.limits, testCount: problem.problem.tests.length };
  } catch (error) {
    if (stopsTheRun(error)) throw error;
    // A UsageError is about the program as given (a Java file without a public class...).
    if (error instanceof UsageError) return { kind: 'refused', message: error.message };
    return { kind: 'judge-failed', message: errorMessage(error) };
  }
}

function storedResult(item: ProgramItem, outcome: JudgeOutcome, options: GradeLoopOptions): StoredResult {
  return {
    key: item.key,
    student: item.student,
    problem: item.problemId,
    path: item.path,
    language: item.language.id,
    letscodeVersion: options.letscodeVersion,
    gradedAt: (options.now?.() ?? new Date()).toISOString(),
    outcome,
  };
}
