// Runs every test case on a pool of warm boxes, classifies each run and checks its
// output. Results come back in test order whatever the pool size.

import type { CheckResult } from '../checkers/checker.js';
import { SandboxError } from '../errors.js';
import type { PreparedProgram } from '../languages/prepare.js';
import type { TestCase } from '../problem/model.js';
import { readTestData } from '../problem/test-data.js';
import type { JudgeSink } from './events.js';
import type { Box, RunLimits, RunResult } from '../sandbox/sandbox.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { classify } from '../execution/classify.js';
import { decideInteractive, runInteraction } from './interactive.js';
import type { OutputCheck } from './output-check.js';
import type { TestResult } from './judge-report.js';
import type { Verdict } from '../common/verdicts.js';
import type { ScoringSpec } from '../problem/scoring/model.js';
import { withValidatorScore } from './validator-score.js';

/** stderr kept in the report per test (the sandbox captures more, reporters show the tail). */
const REPORTED_STDERR_CHARS = 8 * 1024;
const REPORTED_JUDGE_MESSAGE_CHARS = 8 * 1024;

/**
 * Tests queued per box: while one runs, the next already waits inside the runner, so
 * the round trip to the box is hidden behind the running test. Interactive tests stream
 * and cannot be queued.
 */
const QUEUED_PER_BOX = 2;

/** How one program's run on one input is judged: the same for a problem's tests and for stress's generated inputs. */
export interface InputJudging {
  program: PreparedProgram;
  limits: RunLimits;
  check: OutputCheck;
  /** Interactive problems: the interactor, with one box per run box (same index). */
  interactor: { program: PreparedProgram; boxes: readonly Box[] } | null;
  /** Scoring problems: decides what a validator's score files mean for each test. */
  scoring?: ScoringSpec | undefined;
}

export interface TestRunContext extends InputJudging {
  tests: readonly TestCase[];
  emit: JudgeSink;
}

/** One input to judge: the test it stands for (name, flags), its bytes, and its answer, read only when needed. */
export interface JudgedInput {
  test: Pick<TestCase, 'name' | 'sample' | 'checkerFlags'>;
  index: number;
  input: Buffer;
  answer: () => Promise<Buffer>;
}

const CHECK_VERDICTS: Record<CheckResult['kind'], Verdict> = {
  accepted: 'AC',
  wrong: 'WA',
  presentation: 'PE',
  'checker-failed': 'JE',
};

export async function runTests(boxes: readonly Box[], context: TestRunContext): Promise<TestResult[]> {
  const results: TestResult[] = [];
  let next = 0;
  const perBox = context.interactor ? 1 : QUEUED_PER_BOX;
  // Round the boxes first, then queue behind: the first tests go one to a box (box by
  // box, two tests would wait in the first box while the second idles).
  const workers = Array.from({ length: perBox }, () => boxes.map((box, slot) => ({ box, slot }))).flat();
  // Workers pull the next test when they are free, so a slow test does not hold up the rest.
  await Promise.all(
    workers.map(async ({ box, slot }) => {
      while (next < context.tests.length) {
        const index = next++;
        const test = context.tests[index]!;
        context.emit({ type: 'test-start', index, name: test.name });
        const result = await runTestCase(box, slot, index, context).catch((error: unknown) => {
          if (error instanceof SandboxError) return judgeError(test, index, error.message);
          throw error;
        });
        context.emit({ type: 'test-done', result });
        results[index] = result;
      }
    }),
  );
  return results;
}

async function runTestCase(box: Box, slot: number, index: number, context: TestRunContext): Promise<TestResult> {
  const test = context.tests[index]!;
  const input = await readTestData(test.input);
  return judgeInput(box, slot, { test, index, input, answer: () => readTestData(test.answer) }, context);
}

/**
 * Runs the program on one input in `box` (with the interactor in its box of the same
 * `slot`), classifies the run and checks its output. A SandboxError is thrown, not judged.
 */
export async function judgeInput(box: Box, slot: number, judged: JudgedInput, context: InputJudging): Promise<TestResult> {
  const { test, index, input } = judged;
  if (context.interactor) {
    const interaction = await runInteraction({
      solution: { box, program: context.program, limits: context.limits },
      interactor: { box: context.interactor.boxes[slot]!, program: context.interactor.program },
      input,
      answer: await judged.answer(),
      flags: test.checkerFlags,
    });
    const decision = decideInteractive(interaction, context.limits, context.program.outOfMemoryMarkers);
    return withValidatorScore({ ...measurements(test, index, interaction.solution), ...decision, ...judgeMessageOf(interaction) }, interaction.scoreFiles, context.scoring);
  }
  const run = await box.run({ ...context.program.run, cwd: BoxPaths.solutionCwd, stdin: input, limits: context.limits });
  const base = measurements(test, index, run);
  const classification = classify(run, context.limits, context.program.outOfMemoryMarkers);
  if (classification.kind === 'failed') return { ...base, verdict: classification.verdict, detail: classification.detail };
  const answer = await judged.answer();
  const check = await context.check({ test, input, answer, output: run.stdout });
  const verdict = CHECK_VERDICTS[check.kind];
  if (check.kind === 'accepted') return withValidatorScore({ ...base, verdict, detail: '', ...judgeMessageOf(check) }, check.scoreFiles, context.scoring);
  const diff = verdict === 'JE' ? {} : { expectedOutput: answer.toString('utf8'), actualOutput: run.stdout.toString('utf8') };
  const result: TestResult = { ...base, verdict, detail: check.message, ...diff, ...(check.kind === 'wrong' ? judgeMessageOf(check) : {}) };
  return check.kind === 'wrong' ? withValidatorScore(result, check.scoreFiles, context.scoring) : result;
}

/** The validator's judgemessage.txt, bounded, when it wrote one. */
function judgeMessageOf(from: { judgeMessage?: string }): { judgeMessage?: string } {
  return from.judgeMessage ? { judgeMessage: from.judgeMessage.slice(0, REPORTED_JUDGE_MESSAGE_CHARS) } : {};
}

function measurements(test: JudgedInput['test'], index: number, run: RunResult): Omit<TestResult, 'verdict' | 'detail'> {
  return {
    index,
    name: test.name,
    sample: test.sample,
    cpuMs: Math.round(run.cpuTimeMs),
    wallMs: Math.round(run.wallTimeMs),
    memoryBytes: run.memoryPeakBytes,
    exitCode: run.termination.kind === 'exited' ? run.termination.exitCode : null,
    signal: run.termination.kind === 'signaled' ? run.termination.signal : null,
    stderr: run.stderr.toString('utf8').slice(-REPORTED_STDERR_CHARS),
  };
}

function judgeError(test: TestCase, index: number, detail: string): TestResult {
  return {
    index, name: test.name, sample: test.sample, verdict: 'JE', detail,
    cpuMs: 0, wallMs: 0, memoryBytes: 0, exitCode: null, signal: null, stderr: '',
  };
}
