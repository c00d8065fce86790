// Where launched programs get their boxes, and where boxes go when a launch is done with
// them. The plain source (freshBoxes) opens a new box every time and removes it after;
// WarmBoxes (warm-boxes.ts) starts spares ahead of time and keeps boxes after a run,
// for the next run of the very same program or, once emptied, for another one.

import type { Box, BoxSpec, Sandbox } from '../sandbox/sandbox.js';
import type { CompileResult } from './compile-result.js';

export interface BoxSource {
  /** A box nothing has run in yet, or one emptied as if so. */
  openBox(spec: BoxSpec): Promise<Box>;
  /**
   * An idle box of this kind in which exactly this program is installed and has run before,
   * with the result of compiling it; undefined when there is none.
   */
  takeInstalled?(spec: BoxSpec, programKey: string): Promise<{ box: Box; compile: CompileResult } | undefined>;
  /**
   * After runs that ended normally (no sandbox failure): keep the box for the next run of
   * this program (or, emptied, of another), or remove it. Without this, boxes are removed.
   */
  keep?(box: Box, spec: BoxSpec, programKey: string, compile: CompileResult): void;
}

/** A new box for every launch, removed when the launch is done with it. */
export function freshBoxes(sandbox: Sandbox): BoxSource {
  return { openBox: (spec) => sandbox.openBox(spec) };
}
