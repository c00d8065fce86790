// `validate`'s input half: every input validator of the problem that letscode can run
// (input-validator-kind.ts; the others are passed over with a note), opened once, run on
// every test input, every output case's input, every input of data/invalid_input/ and the
// junk made from the test inputs (validate-junk.ts), in parallel. Results come back input
// by input, each input's validators in the problem's order; an input that must be
// rejected is judged on all its runs together (invalid-input-verdict.ts).

import type { ExecutionServices } from '../execution/services.js';
import { inputValidatorFlagsFor, type InputValidatorFlags, type OutputCase, type Problem, type ProgramRef } from '../problem/model.js';
import type { CheckedInput } from './checked-input.js';
import { junkToCheck } from './validate-junk.js';
import { readTestData } from '../problem/test-data.js';
import type { ToolkitOptions } from './events.js';
import type { InputResult } from './input-verdict.js';
import { inputValidatorKind } from './input-validator-kind.js';
import { judgeInvalidInput } from './invalid-input-verdict.js';
import { openCheckTestData, openProgramValidator, type OpenedInputValidator } from './open-input-validator.js';
import { shown, shownFile } from './shown-path.js';
import type { JunkResult, ValidationReport } from './validation-report.js';

/** The input validators' part of the report. */
export type InputValidation = Pick<ValidationReport, 'validators' | 'testCount' | 'inputs' | 'invalidInputs' | 'junkInputs'> & {
  /** Validators passed over, one line each. */
  notes: string[];
};

const EVENTS = { valid: 'input-checked', invalid: 'invalid-input-checked', junk: 'junk-input-checked' } as const;

/** `outputCases`: those whose outputs are checked; their inputs must be valid too. */
export async function validateInputs(problem: Problem, outputCases: readonly OutputCase[], services: ExecutionServices, options: ToolkitOptions): Promise<InputValidation> {
  const runnable: RunnableValidator[] = [];
  const notes: string[] = [];
  for (const ref of problem.inputValidators) {
    const kind = await inputValidatorKind(ref);
    if (kind.kind === 'skipped') notes.push(`${shown(problem, ref.path)}: not run, ${kind.reason}`);
    else runnable.push({ ...ref, native: kind.kind === 'checktestdata' });
  }
  const validators = runnable.map((ref) => shown(problem, ref.path));
  const fromFile = (item: { name: string; input: Parameters<typeof readTestData>[0] } & InputValidatorFlags, role: CheckedInput['role']): CheckedInput => ({
    ...item, test: item.name, input: shownFile(problem, item.input), read: () => readTestData(item.input), role,
  });
  const mustBeValid = [...problem.tests, ...outputCases].map((item) => fromFile(item, 'valid'));
  const mustBeRejected = problem.invalidInputs.map((item) => fromFile(item, 'invalid'));
  if (runnable.length === 0) return { validators, testCount: mustBeValid.length, inputs: [], invalidInputs: [], junkInputs: [], notes };
  const junk = await junkToCheck(problem.tests, runnable);
  const checked = [...mustBeValid, ...mustBeRejected, ...junk];

  options.emit({ type: 'validate-start', validators: validators.length, tests: checked.length });
  const byValidator: InputResult[][] = [];
  for (const ref of runnable) byValidator.push(await runValidator(problem, ref, checked, services, options));
  // Input-major: all validators of the first input, then the next input.
  const runsOf = (index: number): InputResult[] => byValidator.map((results) => results[index]!);
  const inputs = mustBeValid.flatMap((_, index) => runsOf(index));
  const invalidInputs = mustBeRejected.map((item, index) => judgeInvalidInput({ test: item.test, input: item.input }, runsOf(mustBeValid.length + index)));
  const junkInputs = junk.map((item, index): JunkResult => {
    const { verdict, message } = judgeInvalidInput({ test: item.test, input: item.input }, runsOf(mustBeValid.length + mustBeRejected.length + index));
    return { description: item.test, from: item.input, verdict, message };
  });
  return { validators, testCount: mustBeValid.length, inputs, invalidInputs, junkInputs, notes };
}

/** A validator that runs: a program in boxes, or (native) a checktestdata script run here. */
type RunnableValidator = ProgramRef & { native: boolean };

async function runValidator(problem: Problem, ref: RunnableValidator, checked: readonly CheckedInput[], services: ExecutionServices, options: ToolkitOptions): Promise<InputResult[]> {
  const validator = shown(problem, ref.path);
  const boxCount = Math.max(1, Math.min(options.jobs, checked.length));
  const opened: OpenedInputValidator = ref.native ? await openCheckTestData(ref) : await openProgramValidator(ref, boxCount, services);
  try {
    return await Promise.all(
      checked.map(async (item) => {
        const check = await opened.check(item.read, inputValidatorFlagsFor(item, ref));
        const result: InputResult = { ...check, test: item.test, input: item.input, validator };
        options.emit({ type: EVENTS[item.role], result });
        return result;
      }),
    );
  } finally {
    await opened.dispose();
  }
}
