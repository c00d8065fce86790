// The real JudgeFunction behind `letscode grade`: judges a submission exactly as
// `letscode judge` does (judgeSolution with the Docker services), with the time limit
// known once per problem (derived at most once). Grading itself only knows the
// JudgeFunction type.

import { withKnownTimeLimit } from '../../judge/derive-time-limit.js';
import { judgeSolution } from '../../judge/judge-solution.js';
import type { JudgeFunction } from '../../grade/judge-function.js';
import { languageJudgedAs } from '../../problem/format-languages.js';
import type { Problem, TimedProblem } from '../../problem/model.js';
import type { JudgeEvent, JudgeServices, JudgeSink } from '../../judge/events.js';
import { toJsonReport } from '../../judge/judge-json.js';
import { createDockerServices, type DockerServices } from '../services.js';

/** `languageNamed`: --lang was given, so the problem's format does not choose (PyPy for Kattis Python). */
export function createGradeJudge(services: JudgeServices, jobs: number, languageNamed = false): JudgeFunction {
  const ready = new Map<Problem, Promise<TimedProblem>>();
  const judgeable = (problem: Problem): Promise<TimedProblem> => {
    let timed = ready.get(problem);
    if (!timed) {
      timed = withKnownTimeLimit(problem, services, jobs).then((known) => known.problem);
      ready.set(problem, timed);
    }
    return timed;
  };
  return async ({ problem, language, solution }) => {
    const judged = await judgeable(problem);
    const judgedAs = languageNamed ? language : languageJudgedAs(problem.format, language);
    const report = await judgeSolution({ problem: judged, language: judgedAs, solution, jobs }, services);
    return { report: toJsonReport(report), limits: { timeMs: judged.limits.timeMs, memoryBytes: judged.limits.memoryBytes } };
  };
}

/** Where grade's submissions are judged: this machine's Docker, or workers through Redis (grade-queue.ts). */
export interface GradeJudgeBackend {
  judge: JudgeFunction;
  /** Ctrl-C: the submissions in flight are given up (their boxes removed, or no longer waited for). */
  interrupt(): Promise<void>;
  /** Lets go of Docker or Redis; nothing when it was never needed. */
  shutdown(): Promise<void>;
}

/**
 * The JudgeFunction over Docker, connecting on the first submission that needs judging: a
 * run whose results are all stored never needs an engine. An engine that does not answer
 * is a DockerError from that first call, which stops the run (exit 3).
 */
export function createDockerGradeJudge(emit: JudgeSink, options: { jobs: number; parallel: number; compileCache: boolean; languageNamed: boolean }): GradeJudgeBackend {
  let services: Promise<DockerServices<JudgeEvent>> | undefined;
  let judge: Promise<JudgeFunction> | undefined;
  // Boxes are reused across submissions, emptied in between (execution/warm-boxes.ts): a
  // class of 300 would otherwise start 300 x (jobs + 1) containers.
  const inFlight = options.parallel * (options.jobs + 1);
  const warmBoxes = { sparesPerKind: 1, maxIdle: 2 * inFlight, kinds: 8 };
  const connect = () => (services ??= createDockerServices(emit, { compileCache: options.compileCache, warmBoxes }));
  return {
    judge: async (job) => (await (judge ??= connect().then((ready) => createGradeJudge(ready, options.jobs, options.languageNamed))))(job),
    interrupt: async () => {
      await (await services?.catch(() => undefined))?.sandbox.disposeAll();
    },
    shutdown: async () => {
      await (await services?.catch(() => undefined))?.shutdown();
    },
  };
}
