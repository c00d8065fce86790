// grade's JudgeFunction over a submission queue (grade --redis): each submission becomes a
// queued job named after its results-store key, and the call returns when a worker has
// judged it. Because the job is named by the key, a grade run that was killed and started
// again finds its jobs where they are (waiting, running or finished) instead of queueing
// them twice; --force and --regrade ask for a fresh judging. Grading itself is unchanged:
// the same loop, store and reports as on one machine.

import { UsageError } from '../errors.js';
import type { JudgeFunction, JudgeJob } from '../grade/judge-function.js';
import { PRIORITY, type SubmissionOutcome, type SubmissionQueue } from './submissions.js';

export interface QueueJudgeOptions {
  /** Tests of one submission run at once, on the worker. */
  testsInParallel: number;
  /** Stops waiting (Ctrl-C): the jobs stay queued, and the next grade run picks them up. */
  signal?: AbortSignal;
}

/** A stored result worth keeping: not a judge error (those are judged again on the next run). */
function isFinalOutcome(outcome: SubmissionOutcome): boolean {
  return outcome.kind === 'refused' || (outcome.kind === 'judged' && outcome.report.verdict !== 'JE');
}

export function createQueueJudge(queue: SubmissionQueue, options: QueueJudgeOptions): JudgeFunction {
  const submit = async (job: JudgeJob, fresh: boolean) => {
    const [ticket] = await queue.submit([{
      problem: job.problem,
      language: job.language,
      solution: job.solution,
      priority: PRIORITY.batch,
      testsInParallel: options.testsInParallel,
      id: job.key === undefined ? undefined : `grade-${job.key}`,
      fresh,
    }]);
    return { ticket: ticket!, outcome: await queue.outcome(ticket!.id, options.signal) };
  };
  return async (job) => {
    const first = await submit(job, job.fresh === true);
    // An earlier run's judge error is not reused: it is judged again, as on one machine.
    const reusedJudgeError = first.ticket.reused && !isFinalOutcome(first.outcome) && job.fresh !== true;
    const { outcome } = reusedJudgeError ? await submit(job, true) : first;
    switch (outcome.kind) {
      case 'judged':
        return { report: outcome.report, limits: outcome.limits };
      case 'refused':
        throw new UsageError(outcome.message);
      case 'failed':
        throw new Error(outcome.message);
    }
  };
}
