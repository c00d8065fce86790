import { describe, expect, it } from 'vitest';
import { formatDurationMs, formatSizeBytes, parseDurationMs, parseSizeBytes } from './units.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe('parseDurationMs', () => {
  it.each([
    ['1s', 1000],
    ['1500ms', 1500],
    ['0.5s', 500],
    ['.5s', 500],
    [' 2 s ', 2000],
    ['3S', 3000],
    ['2', 2000],
    [1, 1000],
    [2.5, 2500],
    ['0.0004s', 0],
    ['-1s', -1000],
  ])('reads %j as %d ms', (value, expectedMs) => {
    expect(parseDurationMs(value)).toEqual({ kind: 'ok', value: expectedMs });
  });

  it.each([
    ['fast', 'got "fast"'],
    ['1min', 'unknown time unit "min"'],
    ['1 s s', 'got "1 s s"'],
    [true, 'got true'],
    [null, 'got an empty value'],
    [[1], 'got a list'],
    [{ s: 1 }, 'got a mapping'],
    [Number.POSITIVE_INFINITY, 'got Infinity'],
  ])('rejects %j, saying %j', (value, reasonPart) => {
    const result = parseDurationMs(value);
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.reason).toContain('expected a duration such as 1s, 1500ms or 2.5 (seconds)');
    expect(result.reason).toContain(reasonPart);
  });
});

describe('parseSizeBytes', () => {
  it.each([
    ['256MiB', 256 * MiB],
    ['512MB', 512 * MiB],
    ['256mb', 256 * MiB],
    ['1GiB', GiB],
    ['1GB', GiB],
    ['1.5 GiB', 1.5 * GiB],
    ['65536KiB', 64 * MiB],
    ['64KB', 64 * 1024],
    ['100B', 100],
    ['256m', 256 * MiB],
    ['256', 256 * MiB],
    [256, 256 * MiB],
  ])('reads %j as %d bytes (bare numbers in MiB)', (value, expectedBytes) => {
    expect(parseSizeBytes(value, 'MiB')).toEqual({ kind: 'ok', value: expectedBytes });
  });

  it('counts a bare number in the unit it is given', () => {
    expect(parseSizeBytes(4096, 'B')).toEqual({ kind: 'ok', value: 4096 });
    expect(parseSizeBytes('2', 'GiB')).toEqual({ kind: 'ok', value: 2 * GiB });
  });

  it.each([
    ['256 MeB', 'unknown size unit "MeB"'],
    ['lots', 'got "lots"'],
    [{}, 'got a mapping'],
    [false, 'got false'],
  ])('rejects %j, saying %j', (value, reasonPart) => {
    const result = parseSizeBytes(value, 'MiB');
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.reason).toContain('expected a size such as 256MiB, 512MB or 1GiB (a bare number means MiB)');
    expect(result.reason).toContain(reasonPart);
  });
});

describe('formatting amounts back for messages', () => {
  it('shows whole seconds in s and the rest in ms', () => {
    expect(formatDurationMs(60_000)).toBe('60s');
    expect(formatDurationMs(1500)).toBe('1500ms');
    expect(formatDurationMs(0)).toBe('0s');
  });

  it('shows sizes in the largest binary unit that divides them', () => {
    expect(formatSizeBytes(64 * GiB)).toBe('64GiB');
    expect(formatSizeBytes(MiB)).toBe('1MiB');
    expect(formatSizeBytes(1536 * 1024)).toBe('1536KiB');
    expect(formatSizeBytes(1000)).toBe('1000B');
    expect(formatSizeBytes(0)).toBe('0B');
  });
});
