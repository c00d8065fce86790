// How a failing input is laid out, as far as shrinking cares: lines of whitespace-separated
// tokens, and whether its first line counts what follows ("n" then n lines, or "n" then a
// line of n tokens). A count found here is kept consistent by every edit the shrinker
// makes, so an input without a validator stays well-formed while items are removed.

export type Shape =
  /** Token `countAt` of the first line is the number of lines after it: the items are those lines. */
  | { kind: 'counted-lines'; countAt: number }
  /** Token `countAt` of the first line is the number of tokens on the second (and last) line. */
  | { kind: 'counted-tokens'; countAt: number }
  /** No count recognised. */
  | { kind: 'plain' };

export interface Doc {
  /** Tokens of each line; whitespace between tokens is normalised to one space when rendered. */
  lines: readonly (readonly string[])[];
  finalNewline: boolean;
  shape: Shape;
}

const COUNT = /^\d+$/;

export function parseDoc(text: string): Doc {
  const finalNewline = text.endsWith('\n');
  const raw = text.split('\n');
  if (finalNewline) raw.pop();
  const lines = raw.map((line) => tokensOf(line));
  return { lines, finalNewline, shape: detectShape(lines) };
}

export function renderDoc(doc: Doc): string {
  const body = doc.lines.map((tokens) => tokens.join(' ')).join('\n');
  return doc.lines.length === 0 ? '' : `${body}${doc.finalNewline ? '\n' : ''}`;
}

function tokensOf(line: string): string[] {
  const trimmed = line.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}

/** Counted lines win over counted tokens; the first header token that fits is the count. */
function detectShape(lines: readonly (readonly string[])[]): Shape {
  const header = lines[0];
  if (header === undefined || lines.length < 2) return { kind: 'plain' };
  const counts = header.flatMap((token, index) => (COUNT.test(token) ? [{ index, value: Number(token) }] : []));
  const lineCount = counts.find((count) => count.value === lines.length - 1);
  if (lineCount) return { kind: 'counted-lines', countAt: lineCount.index };
  const tokenCount = lines.length === 2 ? counts.find((count) => count.value > 0 && count.value === lines[1]!.length) : undefined;
  return tokenCount ? { kind: 'counted-tokens', countAt: tokenCount.index } : { kind: 'plain' };
}

/** The items a counted shape counts; null for a plain doc. */
export function itemsOf(doc: Doc): readonly (readonly string[])[] | readonly string[] | null {
  switch (doc.shape.kind) {
    case 'counted-lines':
      return doc.lines.slice(1);
    case 'counted-tokens':
      return doc.lines[1] ?? [];
    case 'plain':
      return null;
  }
}

/** The first line with its count token set to `count`. */
export function headerWithCount(doc: Doc, count: number): string[] {
  const header = [...(doc.lines[0] ?? [])];
  if (doc.shape.kind !== 'plain') header[doc.shape.countAt] = String(count);
  return header;
}

/** A counted doc with other items: the count follows them. */
export function withItems(doc: Doc, items: readonly (readonly string[])[] | readonly string[]): Doc {
  const header = headerWithCount(doc, items.length);
  const lines = doc.shape.kind === 'counted-lines' ? [header, ...(items as readonly (readonly string[])[])] : [header, items as readonly string[]];
  return { ...doc, lines };
}
