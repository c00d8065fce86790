// How letscode runs each input validator a problem brings: a program (any language
// letscode runs) compiled into sandbox boxes, a checktestdata script (.ctd, DOMjudge's
// input description language) run by letscode's own interpreter, or nothing at all, with
// a one-line note: a VIVA description (.viva), or a program in a language letscode does
// not run. A package
// from an archive often holds a validator of each kind; one letscode cannot run must not
// stop the others.

import { extname, relative } from 'node:path';
import { pathKind } from '../common/fs-checks.js';
import { readProgramOrSkip } from '../languages/program-reading.js';
import type { ProgramRef } from '../problem/model.js';

export type InputValidatorKind =
  | { kind: 'program' }
  | { kind: 'checktestdata' }
  | { kind: 'skipped'; reason: string };

/** Kinds problemtools runs that letscode does not, by extension. */
const NOT_RUN: Record<string, string> = {
  '.viva': 'a VIVA input description, which letscode does not run',
};

export async function inputValidatorKind(ref: ProgramRef): Promise<InputValidatorKind> {
  const extension = extname(ref.path).toLowerCase();
  if (extension === '.ctd' && (await pathKind(ref.path)) === 'file') return { kind: 'checktestdata' };
  const notRun = NOT_RUN[extension];
  if (notRun !== undefined) return { kind: 'skipped', reason: notRun };
  const shownAs = relative(process.cwd(), ref.path) || ref.path;
  const reading = await readProgramOrSkip(ref.path, shownAs, undefined, { role: 'input validator', siblingIncludes: true });
  // Not a program at all: installing it says what is wrong, as before (a problem-file error).
  return reading.kind === 'unsupported' ? { kind: 'skipped', reason: reading.reason } : { kind: 'program' };
}
