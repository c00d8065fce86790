// The two steps of an iteration, on one slot: the generator prints an input for a seed;
// the solution and the brute force run on it side by side (each in its own box), and the
// solution's output is checked against the brute force's. Used by the loop, the
// determinism check and the shrinker alike.

import { classify } from '../execution/classify.js';
import { judgeInput, type JudgedInput } from '../judge/run-tests.js';
import type { TestResult } from '../judge/judge-report.js';
import type { TestCase } from '../problem/model.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import type { Verdict } from '../common/verdicts.js';
import type { Rig, Slot } from './rig.js';

/** stderr kept from a failing generator or brute force. */
const STDERR_CHARS = 8 * 1024;
const NO_INPUT = Buffer.alloc(0);

/** A program of stress's that did not do its job. */
export interface ProgramFailure {
  verdict: Verdict;
  detail: string;
  stderr: string;
}

export type Generated = { kind: 'generated'; input: Buffer } | ({ kind: 'failed' } & ProgramFailure);

/** `generator SEED [ARGS...]`, stdin empty; its stdout is the input. */
export async function generateInput(rig: Rig, slot: Slot, seed: number, args: readonly string[]): Promise<Generated> {
  const { program, limits } = rig.generator;
  const run = await slot.generator.run({ argv: [...program.run.argv, String(seed), ...args], env: program.run.env, cwd: BoxPaths.tmp, stdin: NO_INPUT, limits });
  const classification = classify(run, limits, program.outOfMemoryMarkers);
  if (classification.kind === 'failed') return { kind: 'failed', verdict: classification.verdict, detail: classification.detail, stderr: tail(run.stderr) };
  return { kind: 'generated', input: run.stdout };
}

export type CaseOutcome =
  | { kind: 'agreed'; result: TestResult }
  /** The solution's verdict is not AC; `expected` is the brute force's output (none when interactive). */
  | { kind: 'failed'; result: TestResult; expected: string | null }
  | ({ kind: 'brute-failed' } & ProgramFailure)
  /** The checker or interactor failed on the solution's run (JE). */
  | { kind: 'judge-error'; detail: string };

/** What every run of the solution is judged as: `flags` are the problem's checker flags. */
export function stressTest(seed: number | null, flags: TestCase['checkerFlags']): JudgedInput['test'] {
  return { name: seed === null ? 'shrunk input' : `seed ${seed}`, sample: false, checkerFlags: flags };
}

/** Runs the solution and the brute force on `input`. The brute force's failure outranks the solution's: without its answer nothing is known. */
export async function judgeCase(rig: Rig, slot: Slot, input: Buffer, test: JudgedInput['test']): Promise<CaseOutcome> {
  const { brute } = rig;
  if (rig.interactive) {
    const judged = { test, index: 0, input, answer: async () => NO_INPUT };
    const [result, bruteResult] = await Promise.all([
      judgeInput(slot.solution, slot.index, judged, rig.solution),
      brute && slot.brute ? judgeInput(slot.brute, slot.index, judged, brute) : null,
    ]);
    if (bruteResult && bruteResult.verdict === 'JE') return { kind: 'judge-error', detail: bruteResult.detail };
    if (bruteResult && bruteResult.verdict !== 'AC') return { kind: 'brute-failed', verdict: bruteResult.verdict, detail: bruteResult.detail, stderr: bruteResult.stderr };
    return decided(result, null);
  }
  if (!brute || !slot.brute) throw new Error('a non-interactive stress run needs a brute force');
  const bruteRun = slot.brute.run({ ...brute.program.run, cwd: BoxPaths.solutionCwd, stdin: input, limits: brute.limits });
  const [result, run] = await Promise.all([
    judgeInput(slot.solution, slot.index, { test, index: 0, input, answer: async () => (await bruteRun).stdout }, rig.solution),
    bruteRun,
  ]);
  const classification = classify(run, brute.limits, brute.program.outOfMemoryMarkers);
  if (classification.kind === 'failed') return { kind: 'brute-failed', verdict: classification.verdict, detail: classification.detail, stderr: tail(run.stderr) };
  return decided(result, run.stdout.toString('utf8'));
}

function decided(result: TestResult, expected: string | null): CaseOutcome {
  if (result.verdict === 'AC') return { kind: 'agreed', result };
  if (result.verdict === 'JE') return { kind: 'judge-error', detail: result.detail };
  return { kind: 'failed', result, expected };
}

function tail(stderr: Buffer): string {
  return stderr.toString('utf8').slice(-STDERR_CHARS);
}
