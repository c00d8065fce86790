// Chooses how a completed run's output is judged: a built-in checker (a pure function,
// run here) or the problem's own checker program (run in boxes of its own).

import { checkerFor } from '../checkers/index.js';
import type { CheckerSpec, CheckResult } from '../checkers/checker.js';
import { openExternalChecker } from './external-checker.js';
import type { TestCase } from '../problem/model.js';
import type { ExecutionServices } from '../execution/services.js';

/** Decides the output of a run that completed within its limits (or of a data/valid_output/ file: only the flags are read). */
export type OutputCheck = (check: { test: Pick<TestCase, 'checkerFlags'>; input: Buffer; answer: Buffer; output: Buffer }) => Promise<CheckResult>;

export interface OpenedCheck {
  check: OutputCheck;
  dispose(): Promise<void>;
}

export async function openOutputCheck(spec: CheckerSpec, boxCount: number, services: ExecutionServices): Promise<OpenedCheck> {
  if (spec.name === 'external') {
    const checker = await openExternalChecker(spec, boxCount, services);
    return {
      check: ({ test, input, answer, output }) => checker.check({ input, answer, output, flags: test.checkerFlags }),
      dispose: () => checker.dispose(),
    };
  }
  const checker = checkerFor(spec);
  return {
    check: async ({ test, input, answer, output }) =>
      checker({ input: input.toString('utf8'), expected: answer.toString('utf8'), actual: output.toString('utf8'), flags: test.checkerFlags }),
    dispose: async () => undefined,
  };
}
