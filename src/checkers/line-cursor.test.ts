import { describe, expect, it } from 'vitest';
import { countContentLines, LineCursor } from './line-cursor.js';

function allLines(text: string, from = 0): string[] {
  const cursor = new LineCursor(text, from);
  const lines: string[] = [];
  while (cursor.next()) lines.push(cursor.line());
  return lines;
}

describe('LineCursor', () => {
  it('yields lines without trailing whitespace', () => {
    expect(allLines('a \r\n b\t\n\nc')).toEqual(['a', ' b', '', 'c']);
    expect(allLines('a\n')).toEqual(['a', '']);
    expect(allLines('')).toEqual(['']);
  });

  it('numbers lines from the start of the text when it starts later', () => {
    const cursor = new LineCursor('a\nb\nc\n', 4);
    cursor.next();
    expect([cursor.line(), cursor.lineNumber()]).toEqual(['c', 3]);
  });

  it('skips blank lines to the next one with text', () => {
    const cursor = new LineCursor('\n \nx\n');
    expect(cursor.skipBlankLines()).toBe(true);
    expect([cursor.line(), cursor.lineNumber()]).toEqual(['x', 3]);
    expect(cursor.skipBlankLines()).toBe(true);
    expect(new LineCursor(' \n\n').skipBlankLines()).toBe(false);
  });
});

describe('countContentLines', () => {
  it.each([
    ['', 0],
    [' \n\r\n', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\n\n\nb\n \n', 4],
    ['\na', 2],
  ])('of %j is %d', (text, count) => {
    expect(countContentLines(text)).toBe(count);
  });
});
