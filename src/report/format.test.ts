import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { colorVerdict, headLines, sanitize, splitLines, tailLines, truncate } from './format.js';
import { formatBytes, formatMs } from '../common/format-units.js';

describe('formatMs', () => {
  it.each([
    [0, '0 ms'],
    [12, '12 ms'],
    [12.4, '12 ms'],
    [999.4, '999 ms'],
    [999.6, '1.00 s'],
    [1250, '1.25 s'],
    [12_345, '12.3 s'],
    [125_000, '2 min 5 s'],
    [-1, '-'],
    [Number.NaN, '-'],
  ])('%s -> %s', (ms, text) => expect(formatMs(ms)).toBe(text));
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1024, '1.0 KiB'],
    [812 * 1024, '812 KiB'],
    [1023.9 * 1024, '1.0 MiB'],
    [3.1 * 1024 * 1024, '3.1 MiB'],
    [256 * 1024 * 1024, '256 MiB'],
    [1.5 * 1024 ** 3, '1.5 GiB'],
    [Number.POSITIVE_INFINITY, '-'],
  ])('%s -> %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('colorVerdict', () => {
  const colored = new Chalk({ level: 1 });
  it('is plain without colour', () => {
    expect(colorVerdict(new Chalk({ level: 0 }), 'WA')).toBe('WA');
  });
  it('uses green for AC, red for WA, yellow for TLE, magenta for RE, bold red for CE', () => {
    expect(colorVerdict(colored, 'AC')).toBe(colored.green('AC'));
    expect(colorVerdict(colored, 'WA')).toBe(colored.red('WA'));
    expect(colorVerdict(colored, 'TLE')).toBe(colored.yellow('TLE'));
    expect(colorVerdict(colored, 'MLE', 'MLE ')).toBe(colored.yellow('MLE '));
    expect(colorVerdict(colored, 'RE')).toBe(colored.magenta('RE'));
    expect(colorVerdict(colored, 'CE')).toBe(colored.red.bold('CE'));
    expect(colorVerdict(colored, 'JE')).toBe(colored.red.bold('JE'));
  });
});

describe('text helpers', () => {
  it('sanitize drops ANSI sequences and escapes control characters', () => {
    expect(sanitize('\u001b[31merror\u001b[0m: x\u0000y\r\n\tz')).toBe('error: x\\x00y\\r\n\tz');
  });
  it('truncate marks the cut', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
  it('splitLines ignores the final newline', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('')).toEqual([]);
  });
  it('headLines and tailLines mark what they leave out', () => {
    expect(headLines('1\n2\n3\n4\n', 2)).toEqual(['1', '2', '... 2 more lines']);
    expect(tailLines('1\n2\n3\n4\n', 3)).toEqual(['... 1 earlier line', '2', '3', '4']);
  });
});
