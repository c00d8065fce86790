// `validate`'s input half: every input validator of the problem, compiled once in the
// sandbox, run on every test input, every output case's input and every input of
// data/invalid_input/ (`validator [flags] < input`) in parallel boxes. Results come back
// input by input, each input's validators in the problem's order; an invalid input's runs
// are judged together (invalid-input-check.ts).

import { SandboxError } from '../errors.js';
import { BoxPool } from '../execution/box-pool.js';
import type { ExecutionServices } from '../execution/services.js';
import { PROBLEM_PROGRAM_LIMITS } from '../execution/limits.js';
import { installProblemProgram } from '../execution/problem-program.js';
import { inputValidatorFlagsFor, type InputValidatorFlags, type OutputCase, type Problem, type ProgramRef, type TestCase } from '../problem/model.js';
import { readTestData } from '../problem/test-data.js';
import type { ToolkitOptions } from './events.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { checkInputRun, crashFromError, type InputResult } from './input-verdict.js';
import { judgeInvalidInput } from './invalid-input-verdict.js';
import { shown, shownFile } from './shown-path.js';
import type { ValidationReport } from './validation-report.js';


/** The input validators' part of the report. */
export type InputValidation = Pick<ValidationReport, 'validators' | 'testCount' | 'inputs' | 'invalidInputs'>;


/** What a validator runs on: a test case's input, or an invalid input (which it must reject). */
type CheckedInput = Pick<TestCase, 'name' | 'input'> & InputValidatorFlags & { mustReject: boolean };

/** `outputCases`: those whose outputs are checked; their inputs must be valid too. */
export async function validateInputs(problem: Problem, outputCases: readonly OutputCase[], services: ExecutionServices, options: ToolkitOptions): Promise<InputValidation> {
  const validators = problem.inputValidators.map((ref) => shown(problem, ref.path));
  const mustBeValid = [...problem.tests, ...outputCases];
  const checked: CheckedInput[] = [
    ...mustBeValid.map((item) => ({ ...item, mustReject: false })),
    ...problem.invalidInputs.map((invalid) => ({ ...invalid, mustReject: true })),
  ];
  options.emit({ type: 'validate-start', validators: validators.length, tests: checked.length });
  const byValidator: InputResult[][] = [];
  for (const ref of problem.inputValidators) byValidator.push(await runValidator(problem, ref, checked, services, options));
  // Input-major: all validators of the first input, then the next input.
  const runsOf = (index: number): InputResult[] => byValidator.map((results) => results[index]!);
  const inputs = mustBeValid.flatMap((_, index) => runsOf(index));
  const invalidInputs = problem.invalidInputs.map((invalid, index) =>
    judgeInvalidInput({ test: invalid.name, input: shownFile(problem, invalid.input) }, runsOf(mustBeValid.length + index)),
  );
  return { validators, testCount: mustBeValid.length, inputs, invalidInputs };
}

async function runValidator(problem: Problem, ref: ProgramRef, checked: readonly CheckedInput[], services: ExecutionServices, options: ToolkitOptions): Promise<InputResult[]> {
  const validator = shown(problem, ref.path);
  const boxCount = Math.max(1, Math.min(options.jobs, checked.length));
  const launched = await installProblemProgram(ref, 'input validator', boxCount, services);
  const { program } = launched;
  const pool = new BoxPool(launched.boxes);
  try {
    return await Promise.all(
      checked.map((item) =>
        pool.use(async (box) => {
          const check = await box
            .run({ ...program.run, argv: [...program.run.argv, ...inputValidatorFlagsFor(item, ref)], cwd: BoxPaths.tmp, stdin: await readTestData(item.input), limits: PROBLEM_PROGRAM_LIMITS })
            .then(checkInputRun, (error: unknown) => {
              if (error instanceof SandboxError) return crashFromError(error.message);
              throw error;
            });
          const result: InputResult = { ...check, test: item.name, input: shownFile(problem, item.input), validator };
          options.emit({ type: item.mustReject ? 'invalid-input-checked' : 'input-checked', result });
          return result;
        }),
      ),
    );
  } finally {
    await launched.dispose();
  }
}
