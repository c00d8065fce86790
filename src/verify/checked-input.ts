// An input the input validators run on, whatever it is for: a test's input (or an output
// case's), which each must accept; an input of data/invalid_input/, which one must reject;
// or junk made from the real inputs (junk-inputs.ts), which one should reject.

import type { InputValidatorFlags } from '../problem/model.js';

export interface CheckedInput extends InputValidatorFlags {
  /** The test's name; for junk, what was done ("an empty file"). */
  test: string;
  /** The file relative to the problem folder; null for inline data; for junk, the test it was made from. */
  input: string | null;
  /** Called once a run can start, so only a few inputs are in memory at once. */
  read(): Promise<Buffer>;
  role: 'valid' | 'invalid' | 'junk';
}
