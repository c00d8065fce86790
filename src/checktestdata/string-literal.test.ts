import { describe, expect, it } from 'vitest';
import { scanStringLiteral } from './string-literal.js';

function bytesOf(literal: string): string {
  const scan = scanStringLiteral(literal, 0);
  if (scan.kind !== 'ok') throw new Error(scan.detail);
  expect(scan.end).toBe(literal.length);
  return scan.bytes;
}

describe('scanStringLiteral', () => {
  it.each([
    ['"plain"', 'plain'],
    ['"a\\nb\\tc\\rd\\be\\ff"', 'a\nb\tc\rd\be\ff'],
    ['"\\"quoted\\" \\\\"', '"quoted" \\'],
    ['"\\040x\\409\\\\0"', ' x 9\\0'],
    ['"\\0\\7\\377"', '\x00\x07\xff'],
    ['"\\1234"', 'S4'],
    ['"one\\\ntwo"', 'onetwo'],
    ['"two\nlines"', 'two\nlines'],
    ['"\\d\\.\\["', '\\d\\.\\['],
    ['"é"', '\xc3\xa9'],
    ['"\\é"', '\\\xc3\xa9'],
  ])('reads %j', (literal, bytes) => {
    expect(bytesOf(literal)).toBe(bytes);
  });

  it('keeps a backslash before a carriage return: only backslash-newline continues a line', () => {
    expect(bytesOf('"a\\\r\nb"')).toBe('a\\\r\nb');
  });

  it('stops at the closing quote', () => {
    expect(scanStringLiteral('x "ab" "cd"', 2)).toEqual({ kind: 'ok', bytes: 'ab', end: 6 });
  });

  it('refuses octal escapes above \\377', () => {
    expect(scanStringLiteral('"ok \\400"', 0)).toEqual({ kind: 'error', at: 4, detail: 'bad escape sequence "\\400": octal escapes go up to \\377' });
  });

  it('refuses an unclosed string, also one ending in a backslash', () => {
    expect(scanStringLiteral('"abc', 0)).toMatchObject({ kind: 'error', at: 0 });
    expect(scanStringLiteral('"abc\\', 0)).toMatchObject({ kind: 'error', at: 0 });
    expect(scanStringLiteral('"abc\\"', 0)).toMatchObject({ kind: 'error', at: 0 });
  });
});
