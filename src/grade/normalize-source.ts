// A cheap first line against copying: sources that are the same once comments and all
// whitespace are gone. Comments are recognised per language family; string literals are
// kept whole so a "//" or "#" inside one is not taken for a comment. No plagiarism engine:
// renamed variables or reordered functions are not caught, and that is deliberate.

import type { ProgramSource } from '../languages/prepare.js';
import { sha256 } from './keys.js';

interface CommentSyntax {
  line: readonly string[];
  block: readonly (readonly [string, string])[];
  quotes: readonly string[];
}

const C_LIKE: CommentSyntax = { line: ['//'], block: [['/*', '*/']], quotes: ['"', "'", '`'] };
const HASH: CommentSyntax = { line: ['#'], block: [], quotes: ['"', "'"] };
const DASHES: CommentSyntax = { line: ['--'], block: [['{-', '-}']], quotes: ['"'] };
const NONE: CommentSyntax = { line: [], block: [], quotes: ['"', "'"] };

/** Language id -> comment syntax; letscode's languages and a few more a future one may be. */
const FAMILIES: Record<string, CommentSyntax> = {
  c: C_LIKE, cpp: C_LIKE, java: C_LIKE, javascript: C_LIKE, typescript: C_LIKE, go: C_LIKE,
  rust: C_LIKE, kotlin: C_LIKE, csharp: C_LIKE, scala: C_LIKE, swift: C_LIKE, dart: C_LIKE,
  python: HASH, ruby: HASH, perl: HASH, bash: HASH, r: HASH,
  haskell: DASHES, lua: DASHES, sql: DASHES,
};

export function commentSyntaxFor(languageId: string): CommentSyntax {
  return FAMILIES[languageId] ?? NONE;
}

/** The text with comments and whitespace removed (string literals kept as written). */
export function normalizeSource(text: string, syntax: CommentSyntax): string {
  let out = '';
  let at = 0;
  const startsWith = (token: string) => text.startsWith(token, at);
  while (at < text.length) {
    const char = text[at]!;
    const block = syntax.block.find(([open]) => startsWith(open));
    if (block) {
      const end = text.indexOf(block[1], at + block[0].length);
      at = end < 0 ? text.length : end + block[1].length;
    } else if (syntax.line.some(startsWith)) {
      const end = text.indexOf('\n', at);
      at = end < 0 ? text.length : end;
    } else if (syntax.quotes.includes(char)) {
      const end = closingQuote(text, at, char);
      out += text.slice(at, end);
      at = end;
    } else {
      if (!/\s/.test(char)) out += char;
      at++;
    }
  }
  return out;
}

/** Index just past the quote closing the literal opened at `start` (or the end of the line). */
function closingQuote(text: string, start: number, quote: string): number {
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === quote) return at + 1;
    else if (char === '\n' && quote !== '`') return at;
  }
  return text.length;
}

/** Hash of the normalised source; a folder's files are normalised one by one, in path order. */
export function normalizedHash(source: ProgramSource, languageId: string): string {
  const syntax = commentSyntaxFor(languageId);
  if (Buffer.isBuffer(source)) return sha256(normalizeSource(source.toString('utf8'), syntax));
  return sha256(source.files.map((file) => `${file.path}\0${normalizeSource(file.data.toString('utf8'), syntax)}`).join('\0'));
}
