// Everything a stress run keeps warm: the generator, the solution and the brute force,
// each compiled once and installed in one box per slot, plus what the problem adds (its
// checker program, its interactor). A slot's boxes run many iterations in a row: the
// runner kills every process and empties /tmp after each run, so nothing carries over;
// no box ever runs two different programs.

import { launchProgram, type Launch, type LaunchedProgram } from '../execution/launch.js';
import { runBoxFor, runLimitsFor } from '../execution/limits.js';
import { includedFilesFor, withIncludedFiles } from '../judge/included-files.js';
import { openProblemSupport } from '../judge/problem-support.js';
import type { InputJudging } from '../judge/run-tests.js';
import type { Language } from '../languages/language.js';
import type { PreparedProgram, ProgramSource } from '../languages/prepare.js';
import type { TimedProblem } from '../problem/model.js';
import type { Box, RunLimits } from '../sandbox/sandbox.js';
import type { StressServices } from './events.js';
import { bruteLimits, GENERATOR_LIMITS, MAX_INPUT_BYTES } from './limits.js';
import type { StressRole } from './outcome.js';

export interface StressProgram {
  /** As the user wrote it, for messages. */
  name: string;
  language: Language;
  source: ProgramSource;
}

export interface RigRequest {
  problem: TimedProblem;
  solution: StressProgram;
  generator: StressProgram;
  /** Optional only for interactive problems, where the interactor judges the solution alone. */
  brute: StressProgram | null;
  slots: number;
}

/** The boxes of one slot: each program's own, used by one iteration at a time (or two queued). */
export interface Slot {
  index: number;
  generator: Box;
  solution: Box;
  brute: Box | null;
}

export interface Rig {
  slots: Slot[];
  interactive: boolean;
  generator: { program: PreparedProgram; limits: RunLimits };
  /** How the solution's runs are judged: the problem's limits, checker and interactor. */
  solution: InputJudging;
  /** Non-interactive: the brute force's plain run; interactive: judged against the interactor like the solution. */
  brute: (InputJudging & { interactive: boolean }) | null;
  dispose(): Promise<void>;
}

export type RigOpening = { kind: 'open'; rig: Rig } | { kind: 'compile-error'; role: StressRole; message: string };

export async function openRig(request: RigRequest, services: StressServices): Promise<RigOpening> {
  const { problem, slots } = request;
  const interactive = problem.interactor !== null;
  const box = runBoxFor(problem.limits, MAX_INPUT_BYTES);
  const withIncludes = (program: StressProgram) => withIncludedFiles(program.language, program, includedFilesFor(problem.includedFiles, program.language));
  const bruteProblemLimits = bruteLimits(problem.limits);
  const launches: [StressRole, Promise<Launch>][] = [
    ['generator', launchProgram({ language: request.generator.language, source: request.generator.source, memoryBytes: GENERATOR_LIMITS.memoryBytes, box: runBoxFor(GENERATOR_LIMITS, 0), boxCount: slots }, services)],
    ['solution', launchProgram({ language: request.solution.language, source: withIncludes(request.solution), memoryBytes: problem.limits.memoryBytes, box, boxCount: slots }, services)],
  ];
  if (request.brute) {
    const source = withIncludes(request.brute);
    launches.push(['brute force', launchProgram({ language: request.brute.language, source, memoryBytes: bruteProblemLimits.memoryBytes, box: runBoxFor(bruteProblemLimits, MAX_INPUT_BYTES), boxCount: slots }, services)]);
  }
  // The brute force talks to an interactor of its own, so a slot has two.
  const support = openProblemSupport(problem, slots, services, interactive && request.brute ? slots * 2 : slots);
  const [launched, [opened]] = await Promise.all([Promise.allSettled(launches.map(([, launch]) => launch)), Promise.allSettled([support])]);
  const disposeAll = async () => {
    await Promise.all(launched.map((s) => (s.status === 'fulfilled' && s.value.kind === 'launched' ? s.value.dispose() : undefined)));
    if (opened.status === 'fulfilled') await opened.value.dispose();
  };
  const failure = [...launched, opened].find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure || opened.status === 'rejected') {
    await disposeAll();
    throw failure?.reason;
  }
  const programs = launched.map((s) => (s as PromiseFulfilledResult<Launch>).value);
  // The solution's compile error first: it is the one the user came to fix.
  const failedAt = [1, 0, 2].find((index) => programs[index]?.kind === 'compile-error');
  if (failedAt !== undefined) {
    await disposeAll();
    return { kind: 'compile-error', role: launches[failedAt]![0], message: programs[failedAt]!.compile.message };
  }
  const [generator, solution, brute] = programs as LaunchedProgram[];
  const { check, interactor } = opened.value;
  const rig: Rig = {
    slots: Array.from({ length: slots }, (_, index) => ({ index, generator: generator!.boxes[index]!, solution: solution!.boxes[index]!, brute: brute?.boxes[index] ?? null })),
    interactive,
    generator: { program: generator!.program, limits: runLimitsFor(GENERATOR_LIMITS) },
    solution: {
      program: solution!.program,
      limits: runLimitsFor(problem.limits),
      check,
      interactor: interactor ? { program: interactor.program, boxes: interactor.boxes.slice(0, slots) } : null,
    },
    brute: brute
      ? {
          program: brute.program,
          limits: runLimitsFor(bruteProblemLimits),
          check,
          interactor: interactor ? { program: interactor.program, boxes: interactor.boxes.slice(slots) } : null,
          interactive,
        }
      : null,
    dispose: disposeAll,
  };
  return { kind: 'open', rig };
}
