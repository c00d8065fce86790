// Low-level helpers the checkers share. Outputs can be tens of megabytes, so checkers walk
// them by index instead of splitting them into arrays of substrings.

/** Slice length for firstDifference: big enough that the per-slice cost vanishes, small enough to stop early. */
const COMPARED_SLICE_CHARS = 1 << 16;
/** Spans up to this long are compared character by character by sameText. */
const SHORT_SPAN_CHARS = 256;

/**
 * Whitespace as C's isspace() sees it in the "C" locale (space, \t, \n, \v, \f, \r): what
 * Kattis and testlib split tokens on. Unicode spaces such as U+00A0 stay inside a token,
 * because a program that prints them almost certainly did not mean to. NaN (charCodeAt
 * past the end) is not whitespace, which lets callers scan without a bounds check.
 */
export function isWhitespaceCode(code: number): boolean {
  return code <= 32 && (code === 32 || (code >= 9 && code <= 13));
}

/**
 * Index of the first UTF-16 unit where a and b differ; the shorter length when one is a
 * prefix of the other. Compares slices with === first: V8 compares flat strings with
 * memcmp, tens of times faster than a charCodeAt loop, and slicing also flattens strings
 * built by concatenation, which would make every later charCodeAt slow.
 */
export function firstDifference(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let i = 0;
  while (i < shorter) {
    const sliceEnd = Math.min(i + COMPARED_SLICE_CHARS, shorter);
    if (a.slice(i, sliceEnd) !== b.slice(i, sliceEnd)) break;
    i = sliceEnd;
  }
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Whether a[aStart, aEnd) and b[bStart, bEnd) hold the same characters, without slicing either. */
export function sameText(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  // Long spans (a 50 MB single line) go faster as slices compared with memcmp; short ones
  // faster without creating slices.
  if (aEnd - aStart > SHORT_SPAN_CHARS) return a.slice(aStart, aEnd) === b.slice(bStart, bEnd);
  for (let i = aStart, j = bStart; i < aEnd; i++, j++) {
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  }
  return true;
}

/** Whether text holds only whitespace from `from` on. */
export function isBlankFrom(text: string, from: number): boolean {
  let i = from;
  while (isWhitespaceCode(text.charCodeAt(i))) i++;
  return i >= text.length;
}

/** Index just past the token that contains or starts at `index` (index itself when it is whitespace). */
export function tokenEnd(text: string, index: number): number {
  let i = index;
  while (i < text.length && !isWhitespaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Index where the token containing `index` starts; index itself when text[index - 1] is whitespace. */
export function tokenStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && !isWhitespaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Number of tokens that start in text[from, to). */
export function countTokens(text: string, from: number, to: number): number {
  let count = 0;
  let inToken = false;
  for (let i = from; i < to; i++) {
    const isSpace = isWhitespaceCode(text.charCodeAt(i));
    if (!isSpace && !inToken) count++;
    inToken = !isSpace;
  }
  return count;
}

/** index, or index - 1 when index falls inside a surrogate pair, so characters are never shown cut in half. */
export function startOfCharacter(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const inPair = index > 0 && code >= 0xdc00 && code <= 0xdfff;
  return inPair ? index - 1 : index;
}
