import { describe, expect, it } from 'vitest';
import { InputReader } from './input-reader.js';

describe('InputReader', () => {
  it('takes strings (as UTF-8), Buffers and byte arrays', () => {
    expect(new InputReader('é').bytes).toEqual(Buffer.from([0xc3, 0xa9]));
    expect(new InputReader(Buffer.from('ab')).bytes.toString()).toBe('ab');
    const bytes = new Uint8Array([0, 0x41, 0x42, 0]).subarray(1, 3);
    expect(new InputReader(bytes).slice(0, 2)).toBe('AB');
  });

  it('peeks without moving, -1 past the end', () => {
    const reader = new InputReader('xy');
    expect([reader.peek(), reader.peek(1), reader.peek(2)]).toEqual([0x78, 0x79, -1]);
    reader.position = 2;
    expect(reader.atEnd).toBe(true);
  });

  it('skips blanks but not newlines', () => {
    const reader = new InputReader(' \t\r\v\f\nx');
    reader.skipBlanks();
    expect(reader.position).toBe(5);
  });

  it('gives 1-based lines, and columns in characters', () => {
    const reader = new InputReader('ab\nhé llo\n\nz');
    expect(reader.lineAndColumn(0)).toEqual({ line: 1, column: 1 });
    expect(reader.lineAndColumn(2)).toEqual({ line: 1, column: 3 });
    expect(reader.lineAndColumn(3)).toEqual({ line: 2, column: 1 });
    // "é" is two bytes: the space after it is byte 6 but character 3.
    expect(reader.lineAndColumn(6)).toEqual({ line: 2, column: 3 });
    expect(reader.lineAndColumn(11)).toEqual({ line: 3, column: 1 });
    expect(reader.lineAndColumn(13)).toEqual({ line: 4, column: 2 });
  });

  it('names what is at a position for "got ..."', () => {
    const reader = new InputReader(`12 \n\tx\rword,more next ${'y'.repeat(40)}`);
    expect(reader.describeAt(0)).toBe('"12"');
    expect(reader.describeAt(2)).toBe('SPACE');
    expect(reader.describeAt(3)).toBe('NEWLINE');
    expect(reader.describeAt(4)).toBe('"\\t"');
    expect(reader.describeAt(6)).toBe('"\\r"');
    expect(reader.describeAt(7)).toBe('"word,more"');
    expect(reader.describeAt(22)).toBe(`"${'y'.repeat(30)}"...`);
    expect(reader.describeAt(62)).toBe('end of file');
  });
});
