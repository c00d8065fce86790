// String constants of a program, with the reference scanner's escapes:
//   \0 to \377   octal, one to three digits, as many as follow (so "\409" is " 9")
//   \n \t \r \b \f \" \\
//   backslash-newline  nothing (line continuation)
//   any other \x       kept as both characters, so regexes can say "\." or "[0-9\.]"
// Strings may span lines. The value is a byte string (see bytes.ts).

import { textToByteString } from './bytes.js';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '"': '"',
  '\\': '\\',
};

export type StringLiteralScan =
  | { kind: 'ok'; bytes: string; end: number }
  /** `at` is the index in the program text the problem is about. */
  | { kind: 'error'; at: number; detail: string };

/** Reads the string constant whose opening quote is at text[start]. */
export function scanStringLiteral(text: string, start: number): StringLiteralScan {
  let bytes = '';
  let plainFrom = start + 1;
  let index = start + 1;
  const takePlain = () => {
    bytes += textToByteString(text.slice(plainFrom, index));
  };
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      takePlain();
      return { kind: 'ok', bytes, end: index + 1 };
    }
    if (char !== '\\') {
      index++;
      continue;
    }
    takePlain();
    const escapeStart = index;
    const next = text[index + 1];
    if (next === undefined) break;
    const octal = /^[0-7]{1,3}/.exec(text.slice(index + 1, index + 4));
    if (octal) {
      const code = parseInt(octal[0], 8);
      if (code > 255) return { kind: 'error', at: escapeStart, detail: `bad escape sequence "\\${octal[0]}": octal escapes go up to \\377` };
      bytes += String.fromCharCode(code);
      index += 1 + octal[0].length;
    } else if (next === '\n') {
      index += 2;
    } else if (SIMPLE_ESCAPES[next] !== undefined) {
      bytes += SIMPLE_ESCAPES[next];
      index += 2;
    } else {
      // Left as is: the backslash and the character both stay; the character is taken as plain text next.
      bytes += '\\';
      index += 1;
    }
    plainFrom = index;
  }
  return { kind: 'error', at: start, detail: 'string constant is not closed by a "' };
}
