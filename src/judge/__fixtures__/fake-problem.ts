// Test support for the judge's orchestration tests: a problem of inline tests, a fake
// sandbox that "solves" each test as the test says, and the events a run emitted.

import { FakeSandbox, fakeServices, type Respond } from '../../execution/__fixtures__/fake-sandbox.js';
import type { ExecutionServices } from '../../execution/services.js';
import { testsOnlyProblem, type TestCase, type TimedProblem } from '../../problem/model.js';
import type { JudgeEvent } from '../events.js';

/** Inline tests named t1, t2, ...: input "<n>\n", answer "<2n>\n". */
export function doublingTests(count: number): TestCase[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `t${index + 1}`,
    sample: index === 0,
    input: { kind: 'inline', content: `${index + 1}\n` },
    answer: { kind: 'inline', content: `${2 * (index + 1)}\n` },
    checkerFlags: [],
    inputValidatorFlags: [],
  }));
}

export function inlineProblem(tests: TestCase[], overrides: Partial<TimedProblem> = {}): TimedProblem {
  return { ...testsOnlyProblem({ name: 'double', dir: process.cwd(), sourceFile: 'test', format: 'native', timeMs: 1000, checker: { name: 'tokens' }, tests }), ...overrides };
}

/** A correct solution of doublingTests: prints twice the number it reads. */
export const doubling: Respond = (spec) => ({ stdout: Buffer.from(`${2 * Number(spec.stdin.toString())}\n`) });

/** Services over a fake sandbox that record every event. */
export function recordingServices(sandbox: FakeSandbox): { services: ExecutionServices<JudgeEvent>; events: JudgeEvent[] } {
  const events: JudgeEvent[] = [];
  return { services: fakeServices<JudgeEvent>(sandbox, (event) => events.push(event)), events };
}
