// Pure formatting helpers shared by the reporters: durations, sizes, verdict colours and
// making untrusted program output safe to print.

import type { ChalkInstance } from 'chalk';
import { plural } from '../common/format-units.js';
import type { Verdict } from '../common/verdicts.js';

/** How each verdict is coloured; data, so the table, summary and spinner agree. */
const VERDICT_STYLES: Record<Verdict, (chalk: ChalkInstance) => ChalkInstance> = {
  AC: (c) => c.green,
  WA: (c) => c.red,
  PE: (c) => c.red,
  TLE: (c) => c.yellow,
  MLE: (c) => c.yellow,
  OLE: (c) => c.yellow,
  RE: (c) => c.magenta,
  CE: (c) => c.red.bold,
  JE: (c) => c.red.bold,
};

/** The verdict code (or `text`) in the verdict's colour; plain when chalk's level is 0. */
export function colorVerdict(chalk: ChalkInstance, verdict: Verdict, text: string = verdict): string {
  return VERDICT_STYLES[verdict](chalk)(text);
}

// CSI (ESC [ ... final byte) and OSC (ESC ] ... BEL or ESC \) sequences.
// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Makes text from a program or compiler safe for a terminal: drops ANSI escape sequences
 * and shows any other control character (but newline and tab) as `\xNN`; CR becomes `\r`.
 */
export function sanitize(text: string): string {
  return text.replace(ANSI_SEQUENCE, '').replace(CONTROL, escapeControl);
}

export function escapeControl(char: string): string {
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** Cuts `text` to `max` characters, ending with "…" when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** Lines of `text` without the trailing empty line a final newline produces. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The first `max` lines, plus a "... N more lines" marker when some were left out. */
export function headLines(text: string, max: number): string[] {
  const lines = splitLines(text);
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max), `... ${plural(lines.length - max, 'more line')}`];
}

/** The last `max` lines, preceded by a "... N earlier lines" marker when some were left out. */
export function tailLines(text: string, max: number): string[] {
  const lines = splitLines(text);
  if (lines.length <= max) return lines;
  return [`... ${plural(lines.length - max, 'earlier line')}`, ...lines.slice(-max)];
}


/** "; left out: accepted/a.py (Python 2 ...)": accepted submissions a derived time limit could not use. */
export function leftOutText(skipped: readonly { path: string; reason: string }[]): string {
  if (skipped.length === 0) return '';
  const shown = skipped.slice(0, 3).map((entry) => `${sanitize(entry.path)} (${sanitize(entry.reason)})`);
  const more = skipped.length > shown.length ? `, and ${skipped.length - shown.length} more` : '';
  return `; left out, as letscode cannot run ${skipped.length === 1 ? 'it' : 'them'}: ${shown.join(', ')}${more}`;
}
