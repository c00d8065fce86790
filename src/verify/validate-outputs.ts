// `validate`'s output half: the problem's output validator on every case of
// data/invalid_output/ and data/valid_output/, with NAME.out as the contestant's output
// and NAME.ans as the answer. It is opened exactly as for judging (output-check.ts): the
// built-in default validator with each case's flags, or the package's own program
// compiled once and run in sandbox boxes, so a case is checked as a judged test would be.

import type { CheckResult } from '../checkers/checker.js';
import { SandboxError } from '../errors.js';
import type { ExecutionServices } from '../execution/services.js';
import { openOutputCheck, type OpenedCheck } from '../judge/output-check.js';
import type { OutputCase, Problem } from '../problem/model.js';
import { readTestData } from '../problem/test-data.js';
import { judgeOutputCase, type OutputCaseResult } from './output-case-verdict.js';
import { shown, shownFile } from './shown-path.js';
import type { ToolkitOptions } from './events.js';

export async function checkOutputCases(problem: Problem, cases: readonly OutputCase[], services: ExecutionServices, options: ToolkitOptions): Promise<OutputCaseResult[]> {
  if (cases.length === 0) return [];
  options.emit({ type: 'output-check-start', cases: cases.length });
  const workers = Math.max(1, Math.min(options.jobs, cases.length));
  const opened = await openOutputCheck(problem.checker, workers, services);
  const validator = validatorName(problem);
  const results: OutputCaseResult[] = [];
  let next = 0;
  try {
    // A few cases at a time: only that many cases' files are read into memory at once.
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < cases.length) {
          const index = next++;
          const item = cases[index]!;
          const check = await checkOne(opened, item);
          results[index] = judgeOutputCase({ test: item.name, output: shownFile(problem, item.output), expected: item.expected }, check, validator);
          options.emit({ type: 'output-case-checked', result: results[index] });
        }
      }),
    );
  } finally {
    await opened.dispose();
  }
  return results;
}

async function checkOne(opened: OpenedCheck, item: OutputCase): Promise<CheckResult> {
  const [input, answer, output] = await Promise.all([readTestData(item.input), readTestData(item.answer), readTestData(item.output)]);
  return opened.check({ test: item, input, answer, output }).catch((error: unknown): CheckResult => {
    // The sandbox could not run the validator: nothing is known about the output.
    if (error instanceof SandboxError) return { kind: 'checker-failed', message: error.message };
    throw error;
  });
}

/** How messages name the output validator: its path, or the built-in one's name. */
export function validatorName(problem: Pick<Problem, 'dir' | 'checker'>): string {
  const { checker } = problem;
  if (checker.name === 'external') return shown(problem, checker.program.path);
  return checker.name === 'kattis-default' ? 'the default output validator' : `the ${checker.name} checker`;
}
