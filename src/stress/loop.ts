// The hot loop: consecutive seeds handed out to lanes until one fails, --count seeds have
// been handed out or --time is up. Each slot runs two lanes over the same boxes, so every
// box always has its next request queued in the runner (as run-tests.ts queues two tests
// per box); within a lane, the generator of the next seed runs while this seed's solution
// and brute force run. Interactive runs stream and cannot be queued: one lane per slot.

import { SandboxError } from '../errors.js';
import type { JudgedInput } from '../judge/run-tests.js';
import type { StressSink } from './events.js';
import type { Rig, Slot } from './rig.js';
import { generateInput, judgeCase, stressTest, type CaseOutcome, type Generated, type ProgramFailure } from './steps.js';

export interface LoopPlan {
  firstSeed: number;
  /** Seeds to try at most; undefined: no limit. */
  count: number | undefined;
  /** Stop handing out seeds after this long; undefined: no limit. */
  durationMs: number | undefined;
  generatorArgs: readonly string[];
  checkerFlags: JudgedInput['test']['checkerFlags'];
}

/** How the loop ended: every seed agreed, or the first seed that did not (and why). */
export type LoopEnd =
  | { kind: 'passed' }
  | { kind: 'generator-failed'; seed: number; failure: ProgramFailure }
  | { kind: 'case'; seed: number; input: Buffer; outcome: Exclude<CaseOutcome, { kind: 'agreed' }> }
  | { kind: 'sandbox-failed'; seed: number; message: string };

const LANES_PER_SLOT = 2;

export async function stressLoop(rig: Rig, plan: LoopPlan, emit: StressSink): Promise<{ end: LoopEnd; iterations: number }> {
  const started = Date.now();
  let nextSeed = plan.firstSeed;
  let handedOut = 0;
  let iterations = 0;
  let end: LoopEnd | null = null;
  const take = (): number | null => {
    if (end !== null || (plan.count !== undefined && handedOut >= plan.count)) return null;
    if (plan.durationMs !== undefined && Date.now() - started >= plan.durationMs) return null;
    handedOut++;
    return nextSeed++;
  };
  const finish = (found: LoopEnd) => {
    end ??= found;
  };

  const lane = async (slot: Slot): Promise<void> => {
    let seed = take();
    let generating = seed === null ? null : generate(rig, slot, seed, plan);
    while (seed !== null && generating !== null) {
      const generated = await generating;
      const next = take();
      generating = next === null ? null : generate(rig, slot, next, plan);
      // A request still queued when the run stops is answered into the void.
      generating?.catch(() => undefined);
      if (end !== null) return;
      if (generated.kind === 'sandbox-failed') return finish({ kind: 'sandbox-failed', seed, message: generated.message });
      if (generated.kind === 'failed') return finish({ kind: 'generator-failed', seed, failure: generated });
      const outcome = await judgeCase(rig, slot, generated.input, stressTest(seed, plan.checkerFlags)).catch(sandboxFailure);
      if (end !== null) return;
      iterations++;
      if (outcome.kind === 'sandbox-failed') return finish({ kind: 'sandbox-failed', seed, message: outcome.message });
      if (outcome.kind !== 'agreed') return finish({ kind: 'case', seed, input: generated.input, outcome });
      emit({ type: 'stress-progress', iterations, elapsedMs: Date.now() - started });
      seed = next;
    }
  };

  const lanes = rig.interactive ? 1 : LANES_PER_SLOT;
  await Promise.all(rig.slots.flatMap((slot) => Array.from({ length: lanes }, () => lane(slot))));
  return { end: end ?? { kind: 'passed' }, iterations };
}

type SandboxFailed = { kind: 'sandbox-failed'; message: string };

function generate(rig: Rig, slot: Slot, seed: number, plan: LoopPlan): Promise<Generated | SandboxFailed> {
  return generateInput(rig, slot, seed, plan.generatorArgs).catch(sandboxFailure);
}

/** A box that broke its contract ends the run as a judge error; anything else is a bug and goes on up. */
function sandboxFailure(error: unknown): SandboxFailed {
  if (error instanceof SandboxError) return { kind: 'sandbox-failed', message: error.message };
  throw error;
}
