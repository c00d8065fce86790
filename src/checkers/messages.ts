// Wording shared by the checkers' one-line messages. Values are shown as JSON strings so
// newlines, carriage returns and tabs stay visible and the message stays on one line.

import { firstDifference, startOfCharacter } from './text-spans.js';

/** Longest piece of a value a message shows; the rest is cut and marked with "...". */
export const MAX_SHOWN_CHARS = 40;

/** Up to MAX_SHOWN_CHARS characters of text starting at `from`, unquoted, "..." when cut. */
export function shorten(text: string, from = 0): string {
  const { shown, cut } = excerpt(text, from);
  return cut ? `${shown}...` : shown;
}

/** Like shorten, but as a JSON string; the "..." goes outside the quotes so it cannot pass for output. */
export function quote(text: string, from = 0): string {
  const { shown, cut } = excerpt(text, from);
  return cut ? `${JSON.stringify(shown)}...` : JSON.stringify(shown);
}

/** "1 token", "3 tokens". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Opening words for output that holds nothing to compare. */
export function describeNothing(actual: string): string {
  return actual.length === 0 ? 'output is empty' : 'output has only whitespace';
}

/**
 * `line 2: expected "1 2", got "1 3"`. When the difference lies past what a message can
 * show, the message names its position and shows both values from there instead.
 */
export function describeDifference(where: string, expected: string, actual: string, positionNoun: string): string {
  const index = startOfCharacter(expected, firstDifference(expected, actual));
  const fitsWhole = expected.length <= MAX_SHOWN_CHARS && actual.length <= MAX_SHOWN_CHARS;
  // Keep a few characters after the difference visible, so the reader sees what differs.
  if (fitsWhole || index < MAX_SHOWN_CHARS - 5) {
    return `${where}: expected ${quote(expected)}, got ${quote(actual)}`;
  }
  return `${where}, ${positionNoun} ${index + 1}: expected ${quote(expected, index)}, got ${quote(actual, index)}`;
}

/**
 * Short form of a number for messages: 1e-6 rather than 0.000001, 0.5 rather than 5e-1.
 * Callers round first when they want fewer digits.
 */
export function formatCompactNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (value === 0 || !Number.isFinite(value) || (magnitude >= 0.01 && magnitude < 1e6)) return String(value);
  return value.toExponential().replace('e+', 'e');
}

function excerpt(text: string, from: number): { shown: string; cut: boolean } {
  let end = from + MAX_SHOWN_CHARS;
  if (end >= text.length) return { shown: text.slice(from), cut: false };
  // Do not split a surrogate pair: JSON.stringify would show the lone half as "\ud83d".
  const lastCode = text.charCodeAt(end - 1);
  if (lastCode >= 0xd800 && lastCode <= 0xdbff) end--;
  return { shown: text.slice(from, end), cut: true };
}
