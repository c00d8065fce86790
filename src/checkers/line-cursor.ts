// Walks the lines of an output one at a time, each without its trailing whitespace (so
// "\r\n" reads like "\n", and "1 2  " like "1 2"). It builds no arrays: outputs can hold
// millions of lines.

import { isWhitespaceCode, sameText } from './text-spans.js';

export class LineCursor {
  /** The current line is text[start, end), trailing whitespace left out. */
  start = 0;
  end = 0;
  private nextStart: number;
  private linesWalked = 0;
  private linesBeforeFrom: number | undefined;

  /** `from` must be 0 or just after a "\n". */
  constructor(
    readonly text: string,
    private readonly from = 0,
  ) {
    this.nextStart = from;
  }

  /** Moves to the next line; false past the end. Text after the last "\n" is a line too, even when empty. */
  next(): boolean {
    const { text } = this;
    if (this.nextStart > text.length) return false;
    const start = this.nextStart;
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 ? text.length : newline;
    let end = lineEnd;
    while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
    this.start = start;
    this.end = end;
    this.nextStart = lineEnd + 1;
    this.linesWalked++;
    return true;
  }

  /** Moves to the next line that is not blank, unless the current one already is not; false past the end. */
  skipBlankLines(): boolean {
    if (this.linesWalked > 0 && this.start < this.end) return true;
    while (this.next()) {
      if (this.start < this.end) return true;
    }
    return false;
  }

  line(): string {
    return this.text.slice(this.start, this.end);
  }

  /** 1-based number of the current line in the whole text. */
  lineNumber(): number {
    this.linesBeforeFrom ??= countNewlines(this.text, 0, this.from);
    return this.linesBeforeFrom + this.linesWalked;
  }

  sameLineAs(other: LineCursor): boolean {
    return sameText(this.text, this.start, this.end, other.text, other.start, other.end);
  }
}

/** Number of lines up to the last one that is not blank: trailing blank lines do not count. */
export function countContentLines(text: string): number {
  let last = text.length - 1;
  while (last >= 0 && isWhitespaceCode(text.charCodeAt(last))) last--;
  return last < 0 ? 0 : countNewlines(text, 0, last) + 1;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let newline = text.indexOf('\n', from); newline !== -1 && newline < to; newline = text.indexOf('\n', newline + 1)) {
    count++;
  }
  return count;
}
