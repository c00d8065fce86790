// What the output validator's answer on one case of data/invalid_output/ or
// data/valid_output/ means. An invalid output passes when it is rejected (wrong answer, or
// a testlib checker's presentation error: both say "not this output"); a valid output
// passes when it is accepted. A validator that fails (a judge error) says nothing about
// the output: that is a crash, a judge-side failure, never a pass or a fail.

import type { CheckResult } from '../checkers/checker.js';
import type { OutputCase } from '../problem/model.js';

export type OutputCaseVerdict = 'accepted' | 'rejected' | 'crash';

export interface OutputCaseResult {
  /** Its name: "invalid_output/wrong-sum". */
  test: string;
  /** The output file (NAME.out) relative to the problem folder. */
  output: string | null;
  expected: OutputCase['expected'];
  /** What the output validator said. */
  verdict: OutputCaseVerdict;
  /** The verdict is the one `expected` asks for; false for a crash too. */
  ok: boolean;
  /** One line: who said what, and what was expected when it went the other way. */
  message: string;
}

/**
 * `validator`: how messages name the output validator ("output_validator/check.py", "the
 * default output validator").
 */
export function judgeOutputCase(which: Pick<OutputCaseResult, 'test' | 'output' | 'expected'>, check: CheckResult, validator: string): OutputCaseResult {
  if (check.kind === 'checker-failed') return { ...which, verdict: 'crash', ok: false, message: check.message };
  if (check.kind === 'accepted') {
    const ok = which.expected === 'valid';
    return { ...which, verdict: 'accepted', ok, message: `accepted by ${validator}${ok ? '' : '; it must be rejected'}` };
  }
  const ok = which.expected === 'invalid';
  const how = check.kind === 'presentation' ? ' (presentation error)' : '';
  return { ...which, verdict: 'rejected', ok, message: `rejected by ${validator}${how}: ${check.message}${ok ? '' : '; it must be accepted'}` };
}
