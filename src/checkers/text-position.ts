// Where in an output something happens, said the ways people look for it: a byte offset
// for hex dumps and `cmp`, a line and column for editors.

import { startOfCharacter } from './text-spans.js';

/** 1-based line and column (in UTF-16 units, so characters for most text) of text[index]. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let newline = text.indexOf('\n'); newline !== -1 && newline < index; newline = text.indexOf('\n', newline + 1)) {
    line++;
    lineStart = newline + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/**
 * The 0-based offset, in the UTF-8 bytes of both texts, of the first byte where they differ,
 * given the index of the first UTF-16 unit where they differ. Two different characters can
 * share leading bytes ("é" is C3 A9, "è" is C3 A8), so the byte offset is not just the
 * length of the common prefix.
 */
export function firstDifferingByte(a: string, b: string, index: number): number {
  // An index that falls inside a surrogate pair means the pairs share their first half.
  const characterStart = startOfCharacter(a, index);
  const sharedBytes = Buffer.byteLength(a.slice(0, characterStart), 'utf8');
  const aBytes = Buffer.from(characterAt(a, characterStart), 'utf8');
  const bBytes = Buffer.from(characterAt(b, characterStart), 'utf8');
  let common = 0;
  while (common < aBytes.length && common < bBytes.length && aBytes[common] === bBytes[common]) common++;
  return sharedBytes + common;
}

function characterAt(text: string, index: number): string {
  const codePoint = text.codePointAt(index);
  return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}
