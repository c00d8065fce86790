// A light look at C-family source text (Java, Kotlin, Scala: the languages whose entry
// class is found by a pattern): the code with comments and literals blanked out, and
// its top level, where everything inside braces is blanked too. A class declared in a
// comment, in a string or nested inside another class then cannot be mistaken for a
// top-level one. This is a scanner, not a parser: it only has to be right about where
// code is. Every view keeps the length and the line breaks of the source, so an offset
// in one is the same place in the others.

/** What scanning may blank besides comments. */
export interface ScanOptions {
  /** Blank string and character literals too (default true); false keeps them (annotation arguments). */
  literals?: boolean;
}

/** The source with comments (and, by default, string and character literals) blanked out. */
export function codeOnly(source: string, options: ScanOptions = {}): string {
  const blankLiterals = options.literals !== false;
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] ?? '';
    let end: number;
    if (source.startsWith('//', i)) end = indexOrEnd(source, '\n', i);
    else if (source.startsWith('/*', i)) end = indexOrEnd(source, '*/', i + 2, 2);
    else if (source.startsWith('"""', i)) end = literalEnd(source, i + 3, '"""');
    else if (char === '"' || char === "'") end = literalEnd(source, i + 1, char);
    else {
      out.push(char);
      i += 1;
      continue;
    }
    const isComment = source[i] === '/';
    out.push(isComment || blankLiterals ? blank(source.slice(i, end)) : source.slice(i, end));
    i = end;
  }
  return out.join('');
}

/**
 * The top level of `source`: comments, literals and brace-enclosed bodies become spaces
 * (line breaks and the braces themselves are kept).
 */
export function topLevelCode(source: string): string {
  const code = codeOnly(source);
  const out: string[] = [];
  let depth = 0;
  for (const char of code) {
    if (char === '}') depth = Math.max(0, depth - 1);
    out.push(depth === 0 || char === '\n' ? char : ' ');
    if (char === '{') depth += 1;
  }
  return out.join('');
}

/**
 * Where the top-level block that follows `from` closes: the offset just past its `}`
 * (the end of the text when it never closes), or `from` itself when a `;` or the end
 * comes first (a declaration without a body). `code` is a codeOnly() view.
 */
export function blockEnd(code: string, from: number): number {
  let depth = 0;
  for (let i = from; i < code.length; i += 1) {
    const char = code[i];
    if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth <= 0) return i + 1;
    } else if (char === ';' && depth === 0) return from;
  }
  return depth > 0 ? code.length : from;
}

/** Spaces in place of every character but line breaks. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** Index just past `needle` (searching from `from`), or the end of the text. */
function indexOrEnd(text: string, needle: string, from: number, needleLength = 0): number {
  const at = text.indexOf(needle, from);
  return at === -1 ? text.length : at + needleLength;
}

/** Index just past the closing `quote` of a literal whose body starts at `from`; honours backslash escapes. */
function literalEnd(text: string, from: number, quote: string): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === '\\') {
      i += 2;
    } else if (text.startsWith(quote, i)) {
      return i + quote.length;
    } else if (quote.length === 1 && text[i] === '\n') {
      return i; // an unterminated one-line literal ends at the line break
    } else {
      i += 1;
    }
  }
  return text.length;
}
