// The Kattis validator protocol, written once for output validators, interactors and
// input validators: the test's files in the box, `validator input answer feedback_dir/
// [flags]`, the verdict in the exit code (42 yes, 43 no, anything else: the validator
// itself failed) and its words in feedback_dir/judgemessage.txt.

import type { ScoreFileTexts } from '../checkers/checker.js';
import type { PreparedProgram } from '../languages/prepare.js';
import type { Box, RunResult } from '../sandbox/sandbox.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { cleanExitCode } from './run-ending.js';

export const KATTIS_ACCEPT_EXIT_CODE = 42;
export const KATTIS_REJECT_EXIT_CODE = 43;

/** Where a problem program finds the files of the test it judges. */
export const PROGRAM_DATA_DIR = `${BoxPaths.program}/data`;
/** The validator writes judgemessage.txt (and teammessage.txt) here; it is also its working directory. */
export const FEEDBACK_DIR = `${BoxPaths.tmp}/feedback`;

export const TEST_FILES = {
  input: `${PROGRAM_DATA_DIR}/input`,
  answer: `${PROGRAM_DATA_DIR}/answer`,
  output: `${PROGRAM_DATA_DIR}/output`,
} as const;

/** Writes a test's files where the validator reads them; `output` only for output validators. */
export async function writeTestFiles(box: Box, files: { input: Buffer; answer: Buffer; output?: Buffer }): Promise<void> {
  await box.writeFile(TEST_FILES.input, files.input);
  await box.writeFile(TEST_FILES.answer, files.answer);
  if (files.output) await box.writeFile(TEST_FILES.output, files.output);
}

/** `validator input answer feedback_dir/ [flags...]`, as the spec starts output validators and interactors. */
export function validatorCommand(program: PreparedProgram, flags: readonly string[]): { argv: string[]; env: Record<string, string> | undefined; cwd: string } {
  return { argv: [...program.run.argv, TEST_FILES.input, TEST_FILES.answer, `${FEEDBACK_DIR}/`, ...flags], env: program.run.env, cwd: FEEDBACK_DIR };
}

/** What the validator wrote to judgemessage.txt, trimmed; '' when nothing. */
export async function readJudgeMessage(box: Box): Promise<string> {
  return (await readFeedback(box)).judgeMessage;
}

/** Past this, a score file is not a number anyway: keep enough to say what it held. */
const SCORE_FILE_CHARS = 256;

export interface Feedback {
  /** judgemessage.txt, trimmed; '' when nothing. */
  judgeMessage: string;
  /** score.txt and score_multiplier.txt when written (scoring problems read them). */
  scoreFiles: ScoreFileTexts;
}

/** The files a validator leaves in its feedback folder that the judge reads. */
export async function readFeedback(box: Box): Promise<Feedback> {
  const files = await box.readTree(FEEDBACK_DIR).catch(() => []);
  const text = (name: string) => files.find((file) => file.path === name)?.data.toString('utf8');
  const score = text('score.txt')?.slice(0, SCORE_FILE_CHARS);
  const multiplier = text('score_multiplier.txt')?.slice(0, SCORE_FILE_CHARS);
  return {
    judgeMessage: text('judgemessage.txt')?.trim() ?? '',
    scoreFiles: { ...(score === undefined ? {} : { score }), ...(multiplier === undefined ? {} : { multiplier }) },
  };
}

export type ValidatorAnswer = 'accepted' | 'rejected' | 'failed';

/** 42 accepted, 43 rejected; a crash, a limit or any other exit code is the validator's own failure. */
export function validatorAnswer(run: RunResult): ValidatorAnswer {
  const code = cleanExitCode(run);
  if (code === KATTIS_ACCEPT_EXIT_CODE) return 'accepted';
  return code === KATTIS_REJECT_EXIT_CODE ? 'rejected' : 'failed';
}
