// `validate`: every input validator of the problem, compiled once in the sandbox, run on
// every test input and every input of data/invalid_input/ (`validator [flags] < input`)
// in parallel boxes. Results come back input by input, each input's validators in the
// problem's order; an invalid input's runs are judged together (invalid-input-check.ts).

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
import { judgeInvalidInput, type InvalidInputResult } from './invalid-input-check.js';
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
  /** The test inputs' runs, which must all be valid. */
  inputs: InputResult[];
  /** data/invalid_input/, which must each be rejected. */
  invalidInputs: InvalidInputResult[];
}

export type ValidationStatus = 'valid' | 'invalid' | 'crash';

/**
 * 'invalid' when a test input is invalid or an invalid input was accepted; otherwise
 * 'crash' when a crash left something unknown. Failures outrank crashes: they are facts
 * about the data, a crash only says nothing is known.
 */
export function validationStatus(report: ValidationReport): ValidationStatus {
  const verdicts = report.invalidInputs.map((invalid) => invalid.verdict);
  if (report.inputs.some((input) => input.result === 'invalid') || verdicts.includes('accepted')) return 'invalid';
  return report.inputs.some((input) => input.result === 'crash') || verdicts.includes('crash') ? 'crash' : 'valid';
}

export interface ValidateOptions {
  jobs: number;
  emit: ToolkitSink;
}

/** What a validator runs on: a test case's input, or an invalid input (which it must reject). */
type CheckedInput = Pick<TestCase, 'name' | 'input' | 'inputValidatorFlags'> & { mustReject: boolean };

export async function validateInputs(problem: Problem, services: JudgeServices, options: ValidateOptions): Promise<ValidationReport> {
  const validators = problem.inputValidators.map((ref) => shown(problem, ref.path));
  const checked: CheckedInput[] = [
    ...problem.tests.map((test) => ({ ...test, mustReject: false })),
    ...problem.invalidInputs.map((invalid) => ({ ...invalid, mustReject: true })),
  ];
  options.emit({ type: 'validate-start', validators: validators.length, tests: checked.length });
  const byValidator: InputResult[][] = [];
  for (const ref of problem.inputValidators) byValidator.push(await runValidator(problem, ref, checked, services, options));
  // Input-major: all validators of the first input, then the next input.
  const runsOf = (index: number): InputResult[] => byValidator.map((results) => results[index]!);
  const inputs = problem.tests.flatMap((_, index) => runsOf(index));
  const invalidInputs = problem.invalidInputs.map((invalid, index) =>
    judgeInvalidInput({ test: invalid.name, input: inputFile(problem, invalid) }, runsOf(problem.tests.length + index)),
  );
  const report = { validators, testCount: problem.tests.length, inputs, invalidInputs };
  options.emit({ type: 'validate-done', report });
  return report;
}

async function runValidator(problem: Problem, ref: ProgramRef, checked: readonly CheckedInput[], services: JudgeServices, options: ValidateOptions): Promise<InputResult[]> {
  const validator = shown(problem, ref.path);
  const boxCount = Math.max(1, Math.min(options.jobs, checked.length));
  const { program, boxes } = await installProblemProgram(ref, 'input validator', boxCount, services);
  const pool = new BoxPool(boxes);
  try {
    return await Promise.all(
      checked.map((item) =>
        pool.use(async (box) => {
          const check = await box
            .run({ ...program.run, argv: [...program.run.argv, ...item.inputValidatorFlags], cwd: BoxPaths.tmp, stdin: await readTestData(item.input), limits: PROBLEM_PROGRAM_LIMITS })
            .then(checkInputRun, (error: unknown) => {
              if (error instanceof SandboxError) return crashFromError(error.message);
              throw error;
            });
          const result: InputResult = { ...check, test: item.name, input: inputFile(problem, item), validator };
          options.emit({ type: item.mustReject ? 'invalid-input-checked' : 'input-checked', result });
          return result;
        }),
      ),
    );
  } finally {
    await Promise.all(boxes.map((box) => box.dispose()));
  }
}

function inputFile(problem: Problem, item: Pick<TestCase, 'input'>): string | null {
  return item.input.kind === 'file' ? shown(problem, item.input.path) : null;
}
