// Runs every test case on a pool of warm boxes (one test at a time per box), classifies
// each run and checks its output. Results come back in test order whatever the pool size.

import { SandboxError } from '../errors.js';
import type { Checker } from '../checkers/checker.js';
import type { TestCase } from '../problem/model.js';
import { readTestData } from '../problem/test-data.js';
import type { EventSink } from '../report/events.js';
import type { Box, RunLimits, RunResult } from '../sandbox/sandbox.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { classify } from './classify.js';
import type { PreparedProgram } from '../languages/prepare.js';
import type { TestResult, Verdict } from './verdict.js';

/** stderr kept in the report per test (the sandbox captures more, reporters show the tail). */
const REPORTED_STDERR_CHARS = 8 * 1024;

export interface TestRunContext {
  tests: readonly TestCase[];
  program: PreparedProgram;
  checker: Checker;
  limits: RunLimits;
  emit: EventSink;
}

/**
 * Tests queued per box: while one runs, the next already waits inside the runner, so
 * the round trip to the box is hidden behind the running test.
 */
const QUEUED_PER_BOX = 2;

export async function runTests(boxes: readonly Box[], context: TestRunContext): Promise<TestResult[]> {
  const results: TestResult[] = [];
  let next = 0;
  // Workers pull the next test when they are free, so a slow test does not hold up the rest.
  const workers = boxes.flatMap((box) => Array.from({ length: QUEUED_PER_BOX }, () => box));
  await Promise.all(
    workers.map(async (box) => {
      while (next < context.tests.length) {
        const index = next++;
        results[index] = await runTestCase(box, index, context);
      }
    }),
  );
  return results;
}

async function runTestCase(box: Box, index: number, context: TestRunContext): Promise<TestResult> {
  const test = context.tests[index]!;
  context.emit({ type: 'test-start', index, name: test.name });
  const input = await readTestData(test.input);
  let run: RunResult;
  try {
    run = await box.run({ ...context.program.run, cwd: BoxPaths.tmp, stdin: input, limits: context.limits });
  } catch (error) {
    if (!(error instanceof SandboxError)) throw error;
    const result = judgeError(test, index, error.message);
    context.emit({ type: 'test-done', result });
    return result;
  }
  const base = measurements(test, index, run);
  const classification = classify(run, context.limits, context.program.outOfMemoryMarkers);
  let result: TestResult;
  if (classification.kind === 'failed') {
    result = { ...base, verdict: classification.verdict, detail: classification.detail };
  } else {
    const expected = (await readTestData(test.answer)).toString('utf8');
    const actual = run.stdout.toString('utf8');
    const check = context.checker({ input: input.toString('utf8'), expected, actual });
    result =
      check.kind === 'accepted'
        ? { ...base, verdict: 'AC', detail: '' }
        : { ...base, verdict: 'WA', detail: check.message, expectedOutput: expected, actualOutput: actual };
  }
  context.emit({ type: 'test-done', result });
  return result;
}

function measurements(test: TestCase, index: number, run: RunResult): Omit<TestResult, 'verdict' | 'detail'> {
  return {
    index,
    name: test.name,
    sample: test.sample,
    timeMs: Math.round(run.cpuTimeMs),
    wallMs: Math.round(run.wallTimeMs),
    memoryBytes: run.memoryPeakBytes,
    exitCode: run.termination.kind === 'exited' ? run.termination.exitCode : null,
    signal: run.termination.kind === 'signaled' ? run.termination.signal : null,
    stderr: run.stderr.toString('utf8').slice(-REPORTED_STDERR_CHARS),
  };
}

function judgeError(test: TestCase, index: number, detail: string): TestResult {
  const verdict: Verdict = 'JE';
  return {
    index, name: test.name, sample: test.sample, verdict, detail,
    timeMs: 0, wallMs: 0, memoryBytes: 0, exitCode: null, signal: null, stderr: '',
  };
}
