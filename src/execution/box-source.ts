// Where launched programs get their boxes. The sandbox itself gives a new box every time, removed after
// the run; a server gives boxes started ahead of time, and may keep a box after a run for
// the next run of the very same program (src/execution/warm-boxes.ts).

import type { CompileResult } from './compile.js';
import type { Box, BoxSpec } from '../sandbox/sandbox.js';

export interface BoxSource {
  /** A box nothing has run in yet. */
  openBox(spec: BoxSpec): Promise<Box>;
  /**
   * An idle box of this kind in which exactly this program is installed and has run before,
   * with the result of compiling it; undefined when there is none.
   */
  takeInstalled?(spec: BoxSpec, programKey: string): Promise<{ box: Box; compile: CompileResult } | undefined>;
  /**
   * After a run that ended normally (any status but JE): keep the box for the next run of
   * this program, or remove it. Without this, boxes are removed after every run.
   */
  keep?(box: Box, spec: BoxSpec, programKey: string, compile: CompileResult): void;
}
