// Splits a .ctd program into tokens the way the reference scanner (flex, longest match)
// does: keywords are upper case and a keyword is taken as long as it goes, so "FLOATP" is
// one keyword and "SPACENEWLINE" two; variable names are [a-z][a-z0-9]*; whitespace is
// space, tab, CR and LF; "#" starts a comment that runs to the end of the line.

import { scanStringLiteral } from './string-literal.js';
import { CtdSyntaxError } from './syntax-error.js';

export const KEYWORDS = [
  'ISEOF', 'MATCH', 'UNIQUE', 'INARRAY', 'STRLEN',
  'SPACE', 'NEWLINE', 'EOF', 'INT', 'FLOAT', 'FLOATP', 'STRING', 'REGEX', 'ASSERT', 'SET', 'UNSET',
  'REP', 'REPI', 'WHILE', 'WHILEI', 'IF', 'ELSE', 'END',
  'FIXED', 'SCIENTIFIC',
] as const;
export type Keyword = (typeof KEYWORDS)[number];

const TWO_CHAR_SYMBOLS = new Set(['&&', '||', '<=', '>=', '==', '!=']);

export type Token =
  | { kind: 'keyword'; text: Keyword; line: number; column: number }
  | { kind: 'name'; text: string; line: number; column: number }
  | { kind: 'integer' | 'float'; text: string; line: number; column: number }
  /** `text` is the constant as written, quotes included; `bytes` its value. */
  | { kind: 'string'; text: string; bytes: string; line: number; column: number }
  /** Operators and punctuation; the parser decides which it knows. */
  | { kind: 'symbol'; text: string; line: number; column: number }
  | { kind: 'end'; text: ''; line: number; column: number };

const NUMBER = /[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?/y;
const NAME = /[a-z][a-z0-9]*/y;
const UPPER_WORD = /[A-Z][A-Za-z0-9_]*/y;

export function tokenize(text: string, fileName: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  let lineStart = 0;
  /** Where the last token ended: a keyword that runs into an unknown word is part of it. */
  let previousEnd = -1;
  const fail = (at: number, detail: string): never => {
    const before = text.slice(0, at);
    const lineNumber = before.split('\n').length;
    throw new CtdSyntaxError(fileName, lineNumber, at - (before.lastIndexOf('\n') + 1) + 1, detail);
  };

  while (index < text.length) {
    const char = text[index]!;
    const column = index - lineStart + 1;
    if (char === '\n') {
      line++;
      lineStart = ++index;
    } else if (char === ' ' || char === '\t' || char === '\r') {
      index++;
    } else if (char === '#') {
      const newline = text.indexOf('\n', index);
      index = newline === -1 ? text.length : newline;
    } else if (char === '"') {
      const scan = scanStringLiteral(text, index);
      if (scan.kind === 'error') fail(scan.at, scan.detail);
      else {
        tokens.push({ kind: 'string', text: text.slice(index, scan.end), bytes: scan.bytes, line, column });
        for (let i = index; i < scan.end; i++) {
          if (text[i] === '\n') {
            line++;
            lineStart = i + 1;
          }
        }
        index = scan.end;
      }
    } else if (char >= '0' && char <= '9') {
      const number = matchAt(NUMBER, text, index);
      const kind = /[.eE]/.test(number) ? 'float' : 'integer';
      if (kind === 'integer' && number.length > 1 && number[0] === '0') {
        // The reference reads such a constant as octal (GMP base 0): 010 would be 8. Refuse rather than guess.
        fail(index, `integer constant ${number} has a leading zero`);
      }
      tokens.push({ kind, text: number, line, column });
      index += number.length;
    } else if (char >= 'a' && char <= 'z') {
      const name = matchAt(NAME, text, index);
      tokens.push({ kind: 'name', text: name, line, column });
      index += name.length;
    } else if (char >= 'A' && char <= 'Z') {
      const keyword = longestKeywordAt(text, index);
      if (keyword === undefined) {
        // "INTEGER" reads as INT, then "EGER", as in the reference; the message names the whole word.
        const previous = tokens[tokens.length - 1];
        const wordStart = previous?.kind === 'keyword' && previousEnd === index ? index - previous.text.length : index;
        fail(wordStart, `unknown keyword ${matchAt(UPPER_WORD, text, wordStart)}`);
      }
      else {
        tokens.push({ kind: 'keyword', text: keyword, line, column });
        index += keyword.length;
        previousEnd = index;
      }
    } else {
      const pair = text.slice(index, index + 2);
      const symbol = TWO_CHAR_SYMBOLS.has(pair) ? pair : String.fromCodePoint(text.codePointAt(index)!);
      tokens.push({ kind: 'symbol', text: symbol, line, column });
      index += symbol.length;
    }
  }
  tokens.push({ kind: 'end', text: '', line, column: index - lineStart + 1 });
  return tokens;
}

function matchAt(pattern: RegExp, text: string, index: number): string {
  pattern.lastIndex = index;
  return pattern.exec(text)![0];
}

function longestKeywordAt(text: string, index: number): Keyword | undefined {
  let longest: Keyword | undefined;
  for (const keyword of KEYWORDS) {
    if (text.startsWith(keyword, index) && keyword.length > (longest?.length ?? 0)) longest = keyword;
  }
  return longest;
}
