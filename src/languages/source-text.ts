// A light look at C-family source text (Java, and any later language whose main class
// is found by a pattern): what is left when comments, string and character literals
// and everything inside braces are blanked out. A class declared in a comment, in a
// string or nested inside another class then cannot be mistaken for the top-level one.
// This is a scanner, not a parser: it only has to be right about where code is.

/**
 * The top level of `source`: comments, literals and brace-enclosed bodies become spaces
 * (line breaks and the braces themselves are kept), so offsets and line numbers still
 * match the original text.
 */
export function topLevelCode(source: string): string {
  const out: string[] = [];
  let depth = 0;
  let i = 0;
  const keep = (text: string) => out.push(depth === 0 ? text : blank(text));
  while (i < source.length) {
    const char = source[i] ?? '';
    if (source.startsWith('//', i)) {
      const end = indexOrEnd(source, '\n', i);
      out.push(blank(source.slice(i, end)));
      i = end;
    } else if (source.startsWith('/*', i)) {
      const end = indexOrEnd(source, '*/', i + 2, 2);
      out.push(blank(source.slice(i, end)));
      i = end;
    } else if (source.startsWith('"""', i)) {
      const end = literalEnd(source, i + 3, '"""');
      out.push(blank(source.slice(i, end)));
      i = end;
    } else if (char === '"' || char === "'") {
      const end = literalEnd(source, i + 1, char);
      out.push(blank(source.slice(i, end)));
      i = end;
    } else if (char === '{') {
      keep(char);
      depth += 1;
      i += 1;
    } else if (char === '}') {
      depth = Math.max(0, depth - 1);
      keep(char);
      i += 1;
    } else {
      keep(char);
      i += 1;
    }
  }
  return out.join('');
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
