// Chooses how a completed run's output is judged: a built-in checker (a pure function,
// run here) or the problem's own checker program (run in boxes of its own).

import { checkerFor } from '../checkers/index.js';
import type { CheckerSpec } from '../checkers/checker.js';
import { openExternalChecker } from './external-checker.js';
import type { JudgeServices } from './judge.js';
import type { OutputCheck } from './run-tests.js';

export interface OpenedCheck {
  check: OutputCheck;
  dispose(): Promise<void>;
}

export async function openOutputCheck(spec: CheckerSpec, boxCount: number, services: JudgeServices): Promise<OpenedCheck> {
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
