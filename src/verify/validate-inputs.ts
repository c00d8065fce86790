// `validate`: every input validator of the problem, compiled once in the sandbox, run on
// every test input (`validator [flags] < input`) in parallel boxes. Results come back
// input by input, each input's validators in the problem's order.

import { SandboxError } from '../errors.js';
import { BoxPool } from '../judge/box-pool.js';
import type { JudgeServices } from '../judge/judge.js';
import { PROBLEM_PROGRAM_LIMITS } from '../judge/limits.js';
import { installProblemProgram } from '../judge/problem-program.js';
import type { Problem, ProgramRef, TestCase } from '../problem/model.js';
import { readTestData } from '../problem/test-data.js';
import type { ToolkitSink } from '../report/toolkit-events.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { checkInputRun, crashFromError, type InputCheck } from './input-check.js';
import { shown } from './shown-path.js';

export type InputResult = InputCheck & {
  /** The test's name. */
  test: string;
  /** The input file relative to the problem folder; null for an input written in problem.yaml. */
  input: string | null;
  /** The validator relative to the problem folder. */
  validator: string;
};

export interface ValidationReport {
  validators: string[];
  testCount: number;
  inputs: InputResult[];
}

export type ValidationStatus = 'valid' | 'invalid' | 'crash';

/** Invalid inputs outrank crashes: an invalid input is a fact about the data, a crash only says nothing is known. */
export function validationStatus(report: ValidationReport): ValidationStatus {
  if (report.inputs.some((input) => input.result === 'invalid')) return 'invalid';
  return report.inputs.some((input) => input.result === 'crash') ? 'crash' : 'valid';
}

export interface ValidateOptions {
  jobs: number;
  emit: ToolkitSink;
}

export async function validateInputs(problem: Problem, services: JudgeServices, options: ValidateOptions): Promise<ValidationReport> {
  const validators = problem.inputValidators.map((ref) => shown(problem, ref.path));
  options.emit({ type: 'validate-start', validators: validators.length, tests: problem.tests.length });
  const byValidator: InputResult[][] = [];
  for (const ref of problem.inputValidators) byValidator.push(await runValidator(problem, ref, services, options));
  // Input-major: all validators of the first input, then the next input.
  const inputs = problem.tests.flatMap((_, index) => byValidator.map((results) => results[index]!));
  const report = { validators, testCount: problem.tests.length, inputs };
  options.emit({ type: 'validate-done', report });
  return report;
}

async function runValidator(problem: Problem, ref: ProgramRef, services: JudgeServices, options: ValidateOptions): Promise<InputResult[]> {
  const validator = shown(problem, ref.path);
  const boxCount = Math.max(1, Math.min(options.jobs, problem.tests.length));
  const { program, boxes } = await installProblemProgram(ref, 'input validator', boxCount, services);
  const pool = new BoxPool(boxes);
  try {
    return await Promise.all(
      problem.tests.map((test) =>
        pool.use(async (box) => {
          const check = await box
            .run({ ...program.run, argv: [...program.run.argv, ...test.inputValidatorFlags], cwd: BoxPaths.tmp, stdin: await readTestData(test.input), limits: PROBLEM_PROGRAM_LIMITS })
            .then(checkInputRun, (error: unknown) => {
              if (error instanceof SandboxError) return crashFromError(error.message);
              throw error;
            });
          const result: InputResult = { ...check, test: test.name, input: inputFile(problem, test), validator };
          options.emit({ type: 'input-checked', result });
          return result;
        }),
      ),
    );
  } finally {
    await Promise.all(boxes.map((box) => box.dispose()));
  }
}

function inputFile(problem: Problem, test: TestCase): string | null {
  return test.input.kind === 'file' ? shown(problem, test.input.path) : null;
}
