// The problem's input validators, on inputs stress made up: the failing input the
// generator printed (an invalid one is the generator's fault, not the solution's) and
// every candidate the shrinker tries. Launched only once a failure is found, one box per
// slot each, with the flags of the test whose checker flags the run uses.

import { BoxPool } from '../execution/box-pool.js';
import { PROBLEM_PROGRAM_LIMITS } from '../execution/limits.js';
import { installProblemProgram } from '../execution/problem-program.js';
import type { LaunchedProgram } from '../execution/launch.js';
import type { ExecutionServices } from '../execution/services.js';
import { inputValidatorFlagsFor, type InputValidatorFlags, type Problem } from '../problem/model.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { checkInputRun } from '../verify/input-verdict.js';
import { shown } from '../verify/shown-path.js';

export type InputVerdict = { kind: 'valid' } | { kind: 'invalid' | 'crash'; validator: string; message: string };

export interface InputValidators {
  check(input: Buffer): Promise<InputVerdict>;
  dispose(): Promise<void>;
}

/** Null when the problem has no input validator. */
export async function openInputValidators(problem: Problem, flags: InputValidatorFlags, boxCount: number, services: ExecutionServices): Promise<InputValidators | null> {
  if (problem.inputValidators.length === 0) return null;
  const launched: LaunchedProgram[] = [];
  try {
    for (const ref of problem.inputValidators) launched.push(await installProblemProgram(ref, 'input validator', boxCount, services));
  } catch (error) {
    await Promise.all(launched.map((program) => program.dispose()));
    throw error;
  }
  const validators = problem.inputValidators.map((ref, index) => ({
    name: shown(problem, ref.path),
    argv: [...launched[index]!.program.run.argv, ...inputValidatorFlagsFor(flags, ref)],
    env: launched[index]!.program.run.env,
    pool: new BoxPool(launched[index]!.boxes),
  }));
  return {
    async check(input) {
      for (const validator of validators) {
        const run = await validator.pool.use((box) => box.run({ argv: validator.argv, env: validator.env, cwd: BoxPaths.tmp, stdin: input, limits: PROBLEM_PROGRAM_LIMITS }));
        const verdict = checkInputRun(run);
        if (verdict.result !== 'valid') return { kind: verdict.result, validator: validator.name, message: verdict.message };
      }
      return { kind: 'valid' };
    },
    dispose: async () => {
      await Promise.all(launched.map((program) => program.dispose()));
    },
  };
}
