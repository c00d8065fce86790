// `validate` (and the first step of `verify`): the input validators on every input that
// must be valid or invalid and on junk made from the inputs (validate-inputs.ts), then the
// output validator on the outputs of data/invalid_output/ and data/valid_output/ and on
// the tests' answers (validate-outputs.ts), and a look for duplicate inputs, in one report.

import type { ExecutionServices } from '../execution/services.js';
import type { Problem } from '../problem/model.js';
import { plural } from '../common/format-units.js';
import { duplicateInputs } from './duplicate-inputs.js';
import { answersToCheck, checkOutputs } from './validate-outputs.js';
import { validateInputs, type InputValidation } from './validate-inputs.js';
import { type ToolkitOptions } from './events.js';
import type { ValidationReport } from './validation-report.js';

/** False when the problem has no input validator, no output case and no answer to check: then there is nothing to run. */
export function hasValidationWork(problem: Pick<Problem, 'inputValidators' | 'outputCases' | 'checker' | 'interactor' | 'tests'>): boolean {
  return problem.inputValidators.length > 0 || problem.outputCases.length > 0 || answersToCheck(problem).length > 0;
}

export async function validateProblem(problem: Problem, services: ExecutionServices, options: ToolkitOptions): Promise<ValidationReport> {
  // The spec has output cases for non-interactive problems only: an interactor decides
  // there, with no output to check. Judging is not hurt by them, so they are passed over.
  const outputCases = problem.interactor === null ? problem.outputCases : [];
  const notes = problem.outputCases.length > outputCases.length ? [interactiveNote(problem.outputCases.length)] : [];

  const { notes: validatorNotes, ...inputs }: InputValidation =
    problem.inputValidators.length > 0
      ? await validateInputs(problem, outputCases, services, options)
      : { validators: [], testCount: problem.tests.length + outputCases.length, inputs: [], invalidInputs: [], junkInputs: [], notes: [] };
  notes.unshift(...validatorNotes);
  if (inputs.validators.length === 0 && problem.invalidInputs.length > 0) {
    notes.push(`${plural(problem.invalidInputs.length, 'invalid input')} in data/invalid_input/ not checked: no input validator${problem.inputValidators.length > 0 ? ' letscode runs' : ''}`);
  }
  const outputs = await checkOutputs(problem, outputCases, answersToCheck(problem), services, options);
  const report: ValidationReport = { ...inputs, ...outputs, duplicateInputs: await duplicateInputs(problem), strict: options.strict ?? false, notes };
  options.emit({ type: 'validate-done', report });
  return report;
}

function interactiveNote(count: number): string {
  return `${plural(count, 'case')} of data/invalid_output/ and data/valid_output/ not checked: they are for non-interactive problems, and this one is interactive`;
}
