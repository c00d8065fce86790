// The input as bytes with a read position. Inputs can be tens of megabytes, so commands
// look at bytes in place; nothing is copied except the few bytes a command keeps, and
// lines are counted only when a message needs a line and column.

import { quoteBytes } from './bytes.js';

export const NEWLINE = 0x0a;
export const SPACE = 0x20;

/** The longest stretch of input a message quotes as what was found. */
const MAX_QUOTED_BYTES = 30;

export class InputReader {
  readonly bytes: Buffer;
  /** Index of the next unread byte. */
  position = 0;

  constructor(input: Buffer | Uint8Array | string) {
    this.bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  }

  get atEnd(): boolean {
    return this.position >= this.bytes.length;
  }

  /** The byte at `position + ahead`, or -1 past the end. */
  peek(ahead = 0): number {
    const index = this.position + ahead;
    return index < this.bytes.length ? this.bytes[index]! : -1;
  }

  /** bytes[start, end) as a byte string (one char per byte). */
  slice(start: number, end: number): string {
    return this.bytes.toString('latin1', start, end);
  }

  /** Skips spaces, tabs, CRs, vertical tabs and form feeds (C's isspace, newline left out). */
  skipBlanks(): void {
    while (this.position < this.bytes.length && isBlank(this.bytes[this.position]!)) this.position++;
  }

  /** 1-based line, and column in characters (UTF-8 decoded), of the byte at `offset`. */
  lineAndColumn(offset: number): { line: number; column: number } {
    const { bytes } = this;
    let line = 1;
    for (let at = bytes.indexOf(NEWLINE); at !== -1 && at < offset; at = bytes.indexOf(NEWLINE, at + 1)) line++;
    const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(NEWLINE, offset - 1) + 1;
    let column = 1;
    // Continuation bytes (10xxxxxx) do not start a character.
    for (let index = lineStart; index < offset; index++) if ((bytes[index]! & 0xc0) !== 0x80) column++;
    return { line, column };
  }

  /** What the input holds at `offset`, for "got ...": end of file, SPACE, NEWLINE, or a quoted excerpt. */
  describeAt(offset: number): string {
    const { bytes } = this;
    if (offset >= bytes.length) return 'end of file';
    const first = bytes[offset]!;
    if (first === SPACE) return 'SPACE';
    if (first === NEWLINE) return 'NEWLINE';
    if (isBlank(first)) return JSON.stringify(String.fromCharCode(first));
    let end = offset;
    while (end < bytes.length && end - offset < MAX_QUOTED_BYTES && !isWhitespace(bytes[end]!)) end++;
    const cut = end < bytes.length && end - offset === MAX_QUOTED_BYTES && !isWhitespace(bytes[end]!);
    return `${quoteBytes(this.slice(offset, end))}${cut ? '...' : ''}`;
  }
}

export function isBlank(byte: number): boolean {
  return byte === SPACE || byte === 0x09 || byte === 0x0b || byte === 0x0c || byte === 0x0d;
}

function isWhitespace(byte: number): boolean {
  return byte === NEWLINE || isBlank(byte);
}

export function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}
