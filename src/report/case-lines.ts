// The lines under the validate table for the cases whose fate is known in advance
// (data/invalid_input/, data/invalid_output/, data/valid_output/): one line each, "✓ FILE:
// message", "✗ FILE: message" or "CRASH FILE: message". A line of its own rather than a
// table row: it may wrap, but the validator's reason stays readable.

import type { ChalkInstance } from 'chalk';
import { sanitize, truncate } from './format.js';
import { plural } from '../common/format-units.js';

/** Above this many rows (or cases), only the failures are listed. */
export const MAX_FULL_VALIDATION_TABLE = 40;

export type CaseMark = 'pass' | 'fail' | 'crash';

export interface CaseLine {
  /** The file the case is about. */
  name: string;
  mark: CaseMark;
  message: string;
}

export interface CaseLineOptions {
  chalk: ChalkInstance;
  /** Every row even in a big table (--verbose). */
  showAll?: boolean;
  /** Failures only, whatever the size (verify shows the passing ones as a count). */
  failuresOnly?: boolean;
}

/** How much of a case's message its line shows (as verify's lines do). */
const MESSAGE_CHARS = 160;

const MARKS: Record<CaseMark, (chalk: ChalkInstance) => string> = {
  pass: (chalk) => chalk.green('✓'),
  fail: (chalk) => chalk.red('✗'),
  crash: (chalk) => chalk.magenta('CRASH'),
};

/** Every row (passing ones too) with --verbose, or when few and not failures only. */
export function showsEvery(count: number, options: CaseLineOptions): boolean {
  return options.showAll === true || (count <= MAX_FULL_VALIDATION_TABLE && !options.failuresOnly);
}

/**
 * `passing`: what the count of passing lines left out calls one ("rejected invalid input");
 * `more`: the hint after that count.
 */
export function caseLines(cases: readonly CaseLine[], options: CaseLineOptions, passing: string, more: string): string[] {
  const shown = showsEvery(cases.length, options) ? cases : cases.filter((item) => item.mark !== 'pass');
  const lines = shown.map((item) => {
    const message = truncate(sanitize(item.message).replace(/\s+/g, ' '), MESSAGE_CHARS);
    return `${MARKS[item.mark](options.chalk)} ${sanitize(item.name)}: ${message}`;
  });
  const hidden = cases.length - shown.length;
  if (hidden > 0) lines.push(options.chalk.dim(`${plural(hidden, passing)} not shown${more}`));
  return lines;
}
