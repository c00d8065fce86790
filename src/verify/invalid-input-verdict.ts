// What the input validators say about one input of data/invalid_input/, taken together:
// it must be rejected by at least one of them (any answer other than valid). A crash is
// no rejection: it says nothing about the input, so an input that no validator rejected
// and one crashed on is a judge-side failure ('crash'), not 'accepted'. Once one validator
// has rejected it, another's crash changes nothing: the input is known to be rejected.

import type { InputResult } from './input-verdict.js';

export type InvalidInputVerdict = 'rejected' | 'accepted' | 'crash';

export interface InvalidInputResult {
  /** Its name: "invalid_input/too-big". */
  test: string;
  /** The input file relative to the problem folder. */
  input: string | null;
  verdict: InvalidInputVerdict;
  /** One line: which validator rejected it and why, or what went wrong. */
  message: string;
  /** Each validator's run on it, in the problem's order. */
  runs: InputResult[];
}

/** `runs`: every validator's run on the one invalid input. */
export function judgeInvalidInput(which: Pick<InvalidInputResult, 'test' | 'input'>, runs: InputResult[]): InvalidInputResult {
  const base = { test: which.test, input: which.input, runs };
  const rejecting = runs.find((run) => run.result === 'invalid');
  if (rejecting) return { ...base, verdict: 'rejected', message: `rejected by ${rejecting.validator}: ${rejecting.message}` };
  const crashed = runs.find((run) => run.result === 'crash');
  if (crashed) return { ...base, verdict: 'crash', message: `no validator rejected it, and ${crashed.validator} crashed: ${crashed.message}` };
  return { ...base, verdict: 'accepted', message: 'accepted by every input validator; it must be rejected' };
}
