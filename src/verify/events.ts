// Progress of the problem-setter commands (validate, verify), as typed events. The judge's
// own events (image builds, tests of the submission being judged) travel separately as
// JudgeEvents; ToolkitProgress listens to both.

import type { SubmissionOutcome } from './verify-report.js';
import type { OutputCaseResult } from './output-case-verdict.js';
import type { InputResult } from './input-verdict.js';
import type { AnswerResult } from './answer-verdict.js';
import type { ValidationReport } from './validation-report.js';

export type ToolkitEvent =
  /** `tests`: every input the validators run on, data/invalid_input/ and junk included. */
  | { type: 'validate-start'; validators: number; tests: number }
  | { type: 'input-checked'; result: InputResult }
  /** A validator's run on an input of data/invalid_input/: rejecting it is the point. */
  | { type: 'invalid-input-checked'; result: InputResult }
  /** A validator's run on junk made from the inputs (`result.test` says what junk). */
  | { type: 'junk-input-checked'; result: InputResult }
  /** The output validator on data/invalid_output/ and data/valid_output/, and on the tests' answers, after the inputs. */
  | { type: 'output-check-start'; cases: number; answers: number }
  | { type: 'output-case-checked'; result: OutputCaseResult }
  | { type: 'answer-checked'; result: AnswerResult }
  | { type: 'validate-done'; report: ValidationReport }
  /** The time limit is being derived from the accepted submissions: judging one of them. */
  | { type: 'derive-judging'; path: string; index: number; total: number }
  | { type: 'submission-start'; path: string; index: number; total: number; testCount: number }
  | { type: 'submission-done'; outcome: SubmissionOutcome };

export type ToolkitSink = (event: ToolkitEvent) => void;

/** How validate and verify run: runs in parallel, and where their progress goes. */
export interface ToolkitOptions {
  jobs: number;
  emit: ToolkitSink;
  /** --strict: the validation warnings (junk a validator accepts, duplicate inputs) fail. */
  strict?: boolean;
}
