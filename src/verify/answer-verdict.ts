// What the output validator says about a test's own answer file, fed to it as if a
// submission had printed it. The answer must be accepted: a validator that rejects the
// judges' answer would reject every correct submission on that test, so a rejection is a
// package error (validate fails), and a validator that fails on it (a judge error) is a
// crash, a judge-side failure.

import type { CheckResult } from '../checkers/checker.js';

export type AnswerVerdict = 'accepted' | 'rejected' | 'crash';

export interface AnswerResult {
  /** The test's name. */
  test: string;
  /** The answer file relative to the problem folder; null for an answer written in problem.yaml. */
  answer: string | null;
  verdict: AnswerVerdict;
  /** One line: who rejected it and why, or what went wrong; empty when accepted. */
  message: string;
}

export function judgeAnswer(which: Pick<AnswerResult, 'test' | 'answer'>, check: CheckResult, validator: string): AnswerResult {
  switch (check.kind) {
    case 'accepted':
      return { ...which, verdict: 'accepted', message: '' };
    case 'checker-failed':
      return { ...which, verdict: 'crash', message: check.message };
    default: {
      const how = check.kind === 'presentation' ? ' (presentation error)' : '';
      return { ...which, verdict: 'rejected', message: `rejected by ${validator}${how}: ${check.message}; a correct submission printing the answer would fail` };
    }
  }
}
