// A problem's own checker program, run in the sandbox for every test that completed:
// Kattis output validators (the protocol in execution/kattis-protocol.ts) and testlib
// checkers (exit 0 ok, 1 wrong, 2 presentation error, 3 checker failure, 7 partial).
// Whatever the checker does wrong is a judge error, never the contestant's wrong answer.

import type { CheckResult, ExternalCheckerSpec } from '../checkers/checker.js';
import { BoxPool } from '../execution/box-pool.js';
import { FEEDBACK_DIR, readJudgeMessage, TEST_FILES, validatorAnswer, validatorCommand, writeTestFiles } from '../execution/kattis-protocol.js';
import { PROBLEM_PROGRAM_LIMITS } from '../execution/limits.js';
import { installProblemProgram } from '../execution/problem-program.js';
import { cleanExitCode, failurePhrase } from '../execution/run-ending.js';
import type { PreparedProgram } from '../languages/prepare.js';
import type { Box, RunResult } from '../sandbox/sandbox.js';
import type { ExecutionServices } from '../execution/services.js';

/** How much of a checker's message goes into a test's one-line detail. */
const MESSAGE_CHARS = 300;

export interface CheckFiles {
  input: Buffer;
  answer: Buffer;
  output: Buffer;
  flags: readonly string[];
}

export interface ExternalChecker {
  check(files: CheckFiles): Promise<CheckResult>;
  dispose(): Promise<void>;
}

export async function openExternalChecker(spec: ExternalCheckerSpec, boxCount: number, services: ExecutionServices): Promise<ExternalChecker> {
  const role = spec.protocol === 'kattis' ? 'output validator' : 'checker';
  const launched = await installProblemProgram(spec.program, role, boxCount, services);
  const pool = new BoxPool(launched.boxes);
  const check = spec.protocol === 'kattis' ? kattisCheck : testlibCheck;
  return {
    check: (files) => pool.use((box) => check(box, launched.program, files)),
    // A warm box source keeps the checker installed for the next solution (grade, serve).
    dispose: () => launched.dispose({ keep: true }),
  };
}

async function kattisCheck(box: Box, program: PreparedProgram, files: CheckFiles): Promise<CheckResult> {
  await writeTestFiles(box, files);
  const run = await box.run({ ...validatorCommand(program, files.flags), stdin: files.output, limits: PROBLEM_PROGRAM_LIMITS });
  const judgeMessage = await readJudgeMessage(box);
  const said = judgeMessage ? { judgeMessage } : {};
  switch (validatorAnswer(run)) {
    case 'accepted':
      return { kind: 'accepted', ...said };
    case 'rejected':
      return { kind: 'wrong', message: oneLine(judgeMessage) || 'the output validator rejected the output', ...said };
    case 'failed':
      return { kind: 'checker-failed', message: failure('output validator', run, judgeMessage) };
  }
}

/** testlib: `checker input output answer`, the verdict in the exit code, the comment on stderr. */
async function testlibCheck(box: Box, program: PreparedProgram, files: CheckFiles): Promise<CheckResult> {
  await writeTestFiles(box, files);
  const run = await box.run({
    argv: [...program.run.argv, TEST_FILES.input, TEST_FILES.output, TEST_FILES.answer],
    env: program.run.env,
    cwd: FEEDBACK_DIR,
    stdin: Buffer.alloc(0),
    limits: PROBLEM_PROGRAM_LIMITS,
  });
  const stderr = run.stderr.toString('utf8');
  const comment = oneLine(stderr);
  switch (cleanExitCode(run)) {
    case 0:
      return { kind: 'accepted' };
    case 1:
      return { kind: 'wrong', message: comment || 'the checker says wrong answer' };
    case 2:
      return { kind: 'presentation', message: comment || 'the checker says presentation error' };
    case 7:
      return { kind: 'wrong', message: `partially correct: ${comment}` };
    default:
      return { kind: 'checker-failed', message: failure('checker', run, stderr) };
  }
}

function oneLine(text: string): string {
  const joined = text.trim().split('\n').map((line) => line.trim()).filter(Boolean).join(' | ');
  return joined.length > MESSAGE_CHARS ? `${joined.slice(0, MESSAGE_CHARS)}…` : joined;
}

function failure(role: string, run: RunResult, said: string): string {
  const message = oneLine(said);
  return `the ${role} ${failurePhrase(run)}${message ? `: ${message}` : ''}`;
}
