// Pure formatting helpers shared by the reporters: durations, sizes, verdict colours and
// making untrusted program output safe to print.

import type { ChalkInstance } from 'chalk';
import type { Verdict } from '../judge/verdict.js';

/** "12 ms", "1.25 s", "12.3 s", "2 min 5 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '-';
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 9.995) return `${seconds.toFixed(2)} s`;
  if (seconds < 59.95) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** "512 B", "812 KiB", "3.1 MiB", "256 MiB": one decimal below 10, whole numbers above. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '-';
  let unit = 0;
  let value = bytes;
  while (unit < BYTE_UNITS.length - 1 && roundForDisplay(value, unit) >= 1024) {
    value /= 1024;
    unit += 1;
  }
  const shown = roundForDisplay(value, unit);
  const text = unit > 0 && shown < 10 ? shown.toFixed(1) : String(shown);
  return `${text} ${BYTE_UNITS[unit]}`;
}

function roundForDisplay(value: number, unit: number): number {
  return unit > 0 && value < 9.95 ? Math.round(value * 10) / 10 : Math.round(value);
}

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

/** "1 test", "3 tests". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
