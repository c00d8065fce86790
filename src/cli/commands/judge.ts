// `letscode judge SOLUTION`: find and load the problem, detect the language, judge in
// Docker, report. SOLUTION is a file or a folder of sources. Exit code 0 only when every
// test is accepted (a scoring problem: at full score). On a person's machine the warm helper judges on the command's behalf
// (its boxes and modules are warm); without one, this process judges, and starts a
// helper for the next command (cli/warm-path.ts says when).

import type { JudgeSink } from '../../judge/events.js';
import type { JudgeReport } from '../../judge/judge-report.js';
import { closeReporters, createReporters, createTerminal, fanOut, type Reporter, type Terminal } from '../../report/index.js';
import { junitOutput } from '../../report/junit.js';
import { checkOutputFile } from '../../report/output-file.js';
import { printHelperGone } from '../../report/warm-report.js';
import { judgeThroughHelper } from '../../warm/helper-client.js';
import { defaultJobs } from '../arguments.js';
import { exitCodeFor, judgeOutcome } from '../exit-codes.js';
import { isInterrupted, onInterrupt } from '../interruption.js';
import type { CommandRequest, JudgeOptions } from '../requests.js';
import { judgingStamp } from '../judging-stamp.js';
import { warmPathEnabled } from '../warm-path.js';

export async function judgeCommand(request: Extract<CommandRequest, { command: 'judge' }>): Promise<number> {
  const { options } = request;
  const terminal = createTerminal();
  if (warmPathEnabled(options.warm !== false)) {
    // Before any judging: an unwritable --junit path should cost seconds, not a whole run.
    if (options.junit !== undefined) await checkOutputFile(junitOutput(options.junit));
    const warm = await judgeWarm(options, terminal, request.languagesFile);
    if (warm.kind === 'judged') return exitCodeFor(judgeOutcome(warm.report));
    if (warm.reason) printHelperGone(terminal, warm.reason);
  }
  return judgeHere(options, terminal);
}

/** Judging in this process: loaded only when needed, so a command the helper judges starts fast. */
async function judgeHere(options: JudgeOptions, terminal: Terminal): Promise<number> {
  const [{ loadJudgeJob }, { judgeProblem }, { createDockerServices }] = await Promise.all([
    import('../../judge/judge-job.js'),
    import('../../judge/judge-problem.js'),
    import('../services.js'),
  ]);
  const job = await loadJudgeJob(options, process.cwd());
  // Before any judging: an unwritable --junit path should cost seconds, not a whole run.
  if (options.junit !== undefined) await checkOutputFile(junitOutput(options.junit));
  return withReporters(options, terminal, async (emit) => {
    const services = await createDockerServices(emit, { compileCache: options.cache });
    try {
      const report = await judgeProblem({ ...job, jobs: options.jobs ?? defaultJobs() }, services);
      return exitCodeFor(judgeOutcome(report));
    } finally {
      await services.shutdown();
    }
  });
}

type WarmResult = { kind: 'judged'; report: JudgeReport } | { kind: 'not-judged'; reason: string | null };

/** Judged by the helper; or not, with why when it is worth saying (a helper that went away). */
async function judgeWarm(options: JudgeOptions, terminal: Terminal, languagesFile: string | undefined): Promise<WarmResult> {
  let result: WarmResult = { kind: 'not-judged', reason: null };
  // The helper declines a command with other languages files or sandbox settings than its own.
  const stamp = judgingStamp({ languagesFile });
  await withReporters(options, terminal, async (emit) => {
    const call = await judgeThroughHelper({ cwd: process.cwd(), job: options, jobs: options.jobs ?? defaultJobs(), compileCache: options.cache, judgingStamp: stamp }, emit);
    if (!call) return;
    // Ctrl-C: the helper removes this command's boxes before the command ends (130).
    const unregister = onInterrupt(() => call.cancel());
    try {
      const outcome = await call.outcome;
      result = outcome.kind === 'judged' ? { kind: 'judged', report: outcome.report } : { kind: 'not-judged', reason: outcome.reason };
    } finally {
      unregister();
    }
  });
  return result;
}

export async function withReporters<T>(options: JudgeOptions, terminal: Terminal, work: (emit: JudgeSink) => Promise<T>): Promise<T> {
  const reporters: Reporter[] = await createReporters({ json: options.json, junitFile: options.junit, terminal, verbose: options.verbose });
  const emit = fanOut(reporters);
  try {
    // After Ctrl-C the runs in flight end as judge errors: not the program's, never reported.
    return await work((event) => {
      if (!isInterrupted()) emit(event);
    });
  } finally {
    await closeReporters(reporters);
  }
}
