// `validate`'s output half: the problem's output validator on every case of
// data/invalid_output/ and data/valid_output/ (NAME.out as the contestant's output, NAME.ans
// as the answer), and on every test's answer file as if a submission had printed it. It is
// opened once, exactly as for judging (output-check.ts): the built-in default validator
// with each case's flags, or the package's own program compiled once and run in sandbox
// boxes, so a case is checked as a judged test would be.
//
// Answers are checked only when the output validator is a program of the package's, and
// the problem is not interactive: a built-in checker accepts any answer as its own output
// (nothing to learn), and an interactor reads the answer file for itself.

import type { CheckResult } from '../checkers/checker.js';
import { SandboxError } from '../errors.js';
import type { ExecutionServices } from '../execution/services.js';
import { openOutputCheck, type OpenedCheck } from '../judge/output-check.js';
import type { OutputCase, Problem, TestCase } from '../problem/model.js';
import { readTestData } from '../problem/test-data.js';
import { judgeAnswer, type AnswerResult } from './answer-verdict.js';
import { judgeOutputCase, type OutputCaseResult } from './output-case-verdict.js';
import { shown, shownFile } from './shown-path.js';
import type { ToolkitOptions } from './events.js';

/** The tests whose answer files the output validator must accept. */
export function answersToCheck(problem: Pick<Problem, 'checker' | 'interactor' | 'tests'>): readonly TestCase[] {
  return problem.checker.name === 'external' && problem.interactor === null ? problem.tests : [];
}

export interface OutputChecks {
  outputCases: OutputCaseResult[];
  answers: AnswerResult[];
}

export async function checkOutputs(problem: Problem, cases: readonly OutputCase[], answers: readonly TestCase[], services: ExecutionServices, options: ToolkitOptions): Promise<OutputChecks> {
  if (cases.length === 0 && answers.length === 0) return { outputCases: [], answers: [] };
  const validator = validatorName(problem);
  const results: OutputChecks = { outputCases: [], answers: [] };
  options.emit({ type: 'output-check-start', cases: cases.length, answers: answers.length });
  const workers = Math.max(1, Math.min(options.jobs, cases.length + answers.length));
  const opened = await openOutputCheck(problem.checker, workers, services);
  const jobs: (() => Promise<void>)[] = [
    ...cases.map((item, index) => async () => {
      results.outputCases[index] = judgeOutputCase({ test: item.name, output: shownFile(problem, item.output), expected: item.expected }, await checkOne(opened, item, item.output), validator);
      options.emit({ type: 'output-case-checked', result: results.outputCases[index] });
    }),
    ...answers.map((test, index) => async () => {
      results.answers[index] = judgeAnswer({ test: test.name, answer: shownFile(problem, test.answer) }, await checkOne(opened, test, test.answer), validator);
      options.emit({ type: 'answer-checked', result: results.answers[index] });
    }),
  ];
  let next = 0;
  try {
    // A few checks at a time: only that many cases' files are read into memory at once.
    await Promise.all(Array.from({ length: workers }, async () => {
      while (next < jobs.length) await jobs[next++]!();
    }));
  } finally {
    await opened.dispose();
  }
  return results;
}

async function checkOne(opened: OpenedCheck, item: Pick<OutputCase, 'input' | 'answer' | 'checkerFlags'>, outputData: OutputCase['output']): Promise<CheckResult> {
  const [input, answer, output] = await Promise.all([readTestData(item.input), readTestData(item.answer), readTestData(outputData)]);
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
