// A problem's own checker program, run in the sandbox for every test that completed:
// Kattis output validators (exit 42 accepted, 43 wrong, feedback in judgemessage.txt) and
// testlib checkers (exit 0 ok, 1 wrong, 2 presentation error, 3 checker failure, 7 partial).
// Whatever the checker does wrong is a judge error, never the contestant's wrong answer.

import type { CheckResult, ExternalCheckerSpec } from '../checkers/checker.js';
import type { Box, RunResult } from '../sandbox/sandbox.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { BoxPool } from './box-pool.js';
import type { JudgeServices } from './judge.js';
import { PROBLEM_PROGRAM_LIMITS } from './limits.js';
import { installProblemProgram, PROGRAM_DATA_DIR } from './problem-program.js';

/** Kattis: the validator writes judgemessage.txt (and teammessage.txt) here. */
const FEEDBACK_DIR = `${BoxPaths.tmp}/feedback`;
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

export async function openExternalChecker(spec: ExternalCheckerSpec, boxCount: number, services: JudgeServices): Promise<ExternalChecker> {
  const role = spec.protocol === 'kattis' ? 'output validator' : 'checker';
  const { program, boxes } = await installProblemProgram(spec.program, role, boxCount, services);
  const pool = new BoxPool(boxes);
  const protocol = PROTOCOLS[spec.protocol];
  return {
    check: (files) =>
      pool.use(async (box) => {
        await writeData(box, files);
        const run = await box.run({
          argv: [...program.run.argv, ...protocol.args(files.flags)],
          env: program.run.env,
          cwd: FEEDBACK_DIR,
          stdin: protocol.stdin(files),
          limits: PROBLEM_PROGRAM_LIMITS,
        });
        return protocol.verdict(run, spec.protocol === 'kattis' ? await feedback(box) : '');
      }),
    dispose: async () => {
      await Promise.all(boxes.map((box) => box.dispose()));
    },
  };
}

async function writeData(box: Box, files: CheckFiles): Promise<void> {
  await box.writeFile(`${PROGRAM_DATA_DIR}/input`, files.input);
  await box.writeFile(`${PROGRAM_DATA_DIR}/answer`, files.answer);
  await box.writeFile(`${PROGRAM_DATA_DIR}/output`, files.output);
}

async function feedback(box: Box): Promise<string> {
  const files = await box.readTree(FEEDBACK_DIR).catch(() => []);
  const message = files.find((file) => file.path === 'judgemessage.txt');
  return message ? message.data.toString('utf8').trim() : '';
}

interface Protocol {
  args(flags: readonly string[]): string[];
  stdin(files: CheckFiles): Buffer;
  verdict(run: RunResult, judgeMessage: string): CheckResult;
}

const PROTOCOLS: Record<ExternalCheckerSpec['protocol'], Protocol> = {
  kattis: {
    args: (flags) => [`${PROGRAM_DATA_DIR}/input`, `${PROGRAM_DATA_DIR}/answer`, `${FEEDBACK_DIR}/`, ...flags],
    stdin: (files) => files.output,
    verdict: (run, judgeMessage) => {
      const code = exitCode(run);
      const said = judgeMessage ? { judgeMessage } : {};
      if (code === 42) return { kind: 'accepted', ...said };
      if (code === 43) return { kind: 'wrong', message: oneLine(judgeMessage) || 'the output validator rejected the output', ...said };
      return { kind: 'checker-failed', message: failure('output validator', run, judgeMessage) };
    },
  },
  testlib: {
    args: () => [`${PROGRAM_DATA_DIR}/input`, `${PROGRAM_DATA_DIR}/output`, `${PROGRAM_DATA_DIR}/answer`],
    stdin: () => Buffer.alloc(0),
    verdict: (run) => {
      const comment = oneLine(run.stderr.toString('utf8'));
      switch (exitCode(run)) {
        case 0:
          return { kind: 'accepted' };
        case 1:
          return { kind: 'wrong', message: comment || 'the checker says wrong answer' };
        case 2:
          return { kind: 'presentation', message: comment || 'the checker says presentation error' };
        case 7:
          return { kind: 'wrong', message: `partially correct: ${comment}` };
        default:
          return { kind: 'checker-failed', message: failure('checker', run, run.stderr.toString('utf8')) };
      }
    },
  },
};

function exitCode(run: RunResult): number | null {
  return run.killedBy === null && run.termination.kind === 'exited' ? run.termination.exitCode : null;
}

function oneLine(text: string): string {
  const joined = text.trim().split('\n').map((line) => line.trim()).filter(Boolean).join(' | ');
  return joined.length > MESSAGE_CHARS ? `${joined.slice(0, MESSAGE_CHARS)}…` : joined;
}

function failure(role: string, run: RunResult, said: string): string {
  const how =
    run.killedBy !== null
      ? `was stopped (${run.killedBy} limit)`
      : run.termination.kind === 'signaled'
        ? `was killed by ${run.termination.signal}`
        : `exited with ${run.termination.exitCode}`;
  const message = oneLine(said);
  return `the ${role} ${how}${message ? `: ${message}` : ''}`;
}
