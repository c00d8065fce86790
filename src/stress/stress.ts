// `letscode stress`, the work itself: open the rig (three programs compiled once, warm
// boxes), run the loop, and when a seed fails, make sure the failure is the solution's:
// the generator must print the same input again for that seed, and the problem's input
// validator (if any) must accept it. Then shrink the input when asked.

import { errorMessage, SandboxError } from '../errors.js';
import { addTestToProblem, type AddedTest } from '../problem/add-test.js';
import type { InputValidatorFlags, TimedProblem } from '../problem/model.js';
import type { StressServices } from './events.js';
import { openInputValidators } from './input-validation.js';
import { stressLoop, type LoopEnd, type LoopPlan } from './loop.js';
import type { ShrinkResult, StressOutcome, StressReport } from './outcome.js';
import { openRig, type Rig, type StressProgram } from './rig.js';
import { shrinkFailure } from './shrink-run.js';
import { generateInput, stressTest } from './steps.js';

export interface StressRequest {
  problem: TimedProblem;
  /** False when no problem was found and the defaults stand in for one. */
  problemGiven: boolean;
  solution: StressProgram;
  generator: StressProgram;
  brute: StressProgram | null;
  /** Checker name or description, for the header line. */
  checker: string;
  jobs: number;
  plan: Omit<LoopPlan, 'checkerFlags'>;
  shrink: boolean;
  /** Add the failing input (shrunk, when shrinking) to the problem as a test. */
  save: boolean;
}

export async function runStress(request: StressRequest, services: StressServices): Promise<StressReport> {
  const started = Date.now();
  const { problem, plan } = request;
  // Kattis flags live on the tests: a generated input is judged (and validated) like the first secret test.
  const reference = problem.tests.find((test) => !test.sample) ?? problem.tests[0];
  const checkerFlags = reference?.checkerFlags ?? [];
  services.emit({
    type: 'stress-start',
    problem: request.problemGiven ? problem.name : null,
    solution: request.solution.name,
    generator: request.generator.name,
    brute: request.brute?.name ?? null,
    timeLimitMs: problem.limits.timeMs,
    memoryLimitBytes: problem.limits.memoryBytes,
    checker: request.checker,
    interactive: problem.interactor !== null,
    jobs: request.jobs,
    firstSeed: plan.firstSeed,
  });
  const report = (outcome: StressOutcome, iterations: number, saved: AddedTest | null = null): StressReport => {
    const done = { outcome, saved, iterations, firstSeed: plan.firstSeed, elapsedMs: Date.now() - started };
    services.emit({ type: 'stress-done', report: done });
    return done;
  };

  services.emit({ type: 'stress-compiling', programs: [request.solution.name, request.generator.name, ...(request.brute ? [request.brute.name] : [])] });
  const opening = await openRig({ problem, solution: request.solution, generator: request.generator, brute: request.brute, slots: request.jobs }, services);
  if (opening.kind === 'compile-error') return report(opening, 0);
  const { rig } = opening;
  try {
    services.emit({ type: 'stress-running' });
    const { end, iterations } = await stressLoop(rig, { ...plan, checkerFlags }, services.emit);
    const outcome = await explain(end, rig, request, { checkerFlags, validatorFlags: reference ?? { inputValidatorFlags: [] } }, services);
    const saved = request.save && outcome.kind === 'solution-failed' ? await saveFailure(problem, outcome) : null;
    return report(outcome, iterations, saved);
  } finally {
    await rig.dispose();
  }
}

/** The failing input (the shrunk one when there is one) as a new test of the problem, answered by the brute force. */
function saveFailure(problem: TimedProblem, failed: Extract<StressOutcome, { kind: 'solution-failed' }>): Promise<AddedTest> {
  const input = failed.shrunk?.input ?? failed.input;
  const expected = failed.shrunk ? failed.shrunk.expected : failed.expected;
  return addTestToProblem(problem, { stem: `stress-${failed.seed}`, input: Buffer.from(input, 'utf8'), answer: expected === null ? null : Buffer.from(expected, 'utf8') });
}

/** The flags of the test generated inputs are judged like. */
interface ReferenceFlags {
  checkerFlags: readonly string[];
  validatorFlags: InputValidatorFlags;
}

/** The loop's end as the outcome to report; a failing solution's input is checked first. */
async function explain(end: LoopEnd, rig: Rig, request: StressRequest, flags: ReferenceFlags, services: StressServices): Promise<StressOutcome> {
  const text = (input: Buffer) => input.toString('utf8');
  switch (end.kind) {
    case 'passed':
      return end;
    case 'sandbox-failed':
      return { kind: 'judge-error', seed: end.seed, input: null, detail: end.message };
    case 'generator-failed':
      return { kind: 'program-failed', role: 'generator', seed: end.seed, input: null, verdict: end.failure.verdict, detail: end.failure.detail, stderr: end.failure.stderr };
  }
  const { seed, input, outcome } = end;
  if (outcome.kind === 'judge-error') return { kind: 'judge-error', seed, input: text(input), detail: outcome.detail };
  if (outcome.kind === 'brute-failed') return { kind: 'program-failed', role: 'brute force', seed, input: text(input), verdict: outcome.verdict, detail: outcome.detail, stderr: outcome.stderr };

  services.emit({ type: 'stress-found', seed });
  const again = await generateInput(rig, rig.slots[0]!, seed, request.plan.generatorArgs);
  if (again.kind === 'failed' || !again.input.equals(input)) {
    return { kind: 'nondeterministic', seed, first: text(input), second: again.kind === 'failed' ? `(the second run failed: ${again.detail})` : text(again.input) };
  }
  const validators = await openInputValidators(request.problem, flags.validatorFlags, rig.slots.length, services);
  try {
    const verdict = await validators?.check(input);
    if (verdict && verdict.kind !== 'valid') return { kind: 'invalid-input', seed, input: text(input), validator: verdict.validator, message: `${verdict.kind === 'crash' ? 'crashed: ' : ''}${verdict.message}` };
    const test = stressTest(null, flags.checkerFlags);
    let shrunk: ShrinkResult | null = null;
    if (request.shrink) {
      shrunk = await shrinkFailure(rig, { input, result: outcome.result, expected: outcome.expected, test }, validators, services.emit).catch((error: unknown) => {
        if (!(error instanceof SandboxError)) throw error;
        return { input: text(input), result: outcome.result, expected: outcome.expected, tried: 0, validated: validators !== null, note: `shrinking stopped: ${errorMessage(error)}` };
      });
    }
    return { kind: 'solution-failed', seed, input: text(input), expected: outcome.expected, result: outcome.result, shrunk };
  } finally {
    await validators?.dispose();
  }
}
