import { describe, expect, it } from 'vitest';
import { checkKattisDefault, parseKattisDefaultFlags, scanFiniteDouble } from './kattis-default.js';

function check(expected: string, actual: string, flags = '') {
  return checkKattisDefault({ input: '', expected, actual, flags: flags.split(' ').filter(Boolean) });
}

describe('parseKattisDefaultFlags', () => {
  it('starts case-insensitive, space-insensitive, with no tolerance', () => {
    expect(parseKattisDefaultFlags([])).toEqual({
      kind: 'ok',
      options: { caseSensitive: false, spaceChangeSensitive: false, absTolerance: -1, relTolerance: -1 },
    });
  });

  it('reads every flag, later ones overriding earlier ones', () => {
    const flags = ['case_sensitive', 'space_change_sensitive', 'float_tolerance', '1e-6', 'float_relative_tolerance', '0.5'];
    expect(parseKattisDefaultFlags(flags)).toEqual({
      kind: 'ok',
      options: { caseSensitive: true, spaceChangeSensitive: true, absTolerance: 1e-6, relTolerance: 0.5 },
    });
    expect(parseKattisDefaultFlags(['float_absolute_tolerance', '2', 'float_tolerance', '0x1p-2'])).toMatchObject({
      options: { absTolerance: 0.25, relTolerance: 0.25 },
    });
  });

  it.each([
    [['Case_Sensitive'], 'unknown validator flag "Case_Sensitive"'],
    [['float_tolerance'], 'validator flag float_tolerance needs a number after it, got nothing'],
    [['float_absolute_tolerance', 'small'], 'validator flag float_absolute_tolerance needs a number after it, got "small"'],
    [['float_relative_tolerance', 'nan'], 'validator flag float_relative_tolerance needs a number after it, got "nan"'],
  ])('rejects %j like default_validator rejects its argv', (flags, message) => {
    const parsed = parseKattisDefaultFlags(flags);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.message).toContain(message);
  });

  it('makes the checker report a checker failure, not a wrong answer', () => {
    expect(check('1', '1', 'bogus').kind).toBe('checker-failed');
  });
});

describe('scanFiniteDouble', () => {
  // Each value is what glibc's sscanf("%lf%10s") gives for the whole token (probed with gcc).
  it.each([
    ['1', 1], ['-0.5', -0.5], ['+.5', 0.5], ['5.', 5], ['00012', 12], ['1E+5', 1e5], ['3.14e-2', 0.0314],
    ['1e', 1], ['1e+', 1], ['1.e', 1], ['.5e', 0.5], ['0.1e', 0.1], ['1e-400', 0],
    ['0x1', 1], ['0x10', 16], ['-0x10', -16], ['0x1p3', 8], ['0X1P-2', 0.25], ['0x1.8p1', 3], ['0x.8p1', 1],
    ['0x.e', 0.875], ['0x1e', 30], ['0x1p', 1], ['0x1p+', 1], ['0x1.', 1], ['0x.', 0], ['0xA.Bp-1', 5.34375],
    ['0x1ffffffffffffffff', 36893488147419103000], ['0x1p-1080', 0],
  ])('reads %j as %d', (token, value) => {
    expect(scanFiniteDouble(token, 0, token.length)).toBe(value);
  });

  it.each([
    '', '.', '-', '+', 'e5', '.e1', '1ee', '1e+-', '1..2', '1,5', '1x', '0x', '0X', '0xg', '0x.p', '0x.p1', '00x1',
    '0x1pp', 'inf', '-inf', 'INF', 'infinity', 'nan', 'NaN', 'nan(1)', '1e400', '0x1p1024', 'abc',
  ])('does not read %j', (token) => {
    expect(scanFiniteDouble(token, 0, token.length)).toBeUndefined();
  });

  it('reads a token in the middle of a text', () => {
    expect(scanFiniteDouble('a 0x1p1 b', 2, 7)).toBe(2);
  });
});

describe('checkKattisDefault', () => {
  it('ignores ASCII case by default, but not other letters', () => {
    expect(check('Yes', 'YES')).toEqual({ kind: 'accepted' });
    expect(check('Ä', 'ä').kind).toBe('wrong');
  });

  it('compares numbers only when a tolerance is set and the answer holds a finite number', () => {
    expect(check('2', '2.0').kind).toBe('wrong');
    expect(check('2', '2.0', 'float_absolute_tolerance 0')).toEqual({ kind: 'accepted' });
    expect(check('inf', 'Inf', 'float_tolerance 1')).toEqual({ kind: 'accepted' });
    expect(check('inf', '1e400', 'float_tolerance 1').kind).toBe('wrong');
  });

  it('uses the relative tolerance against the answer, not the output', () => {
    expect(check('100', '150', 'float_relative_tolerance 0.5')).toEqual({ kind: 'accepted' });
    expect(check('100', '50', 'float_relative_tolerance 0.5')).toEqual({ kind: 'accepted' });
    expect(check('100', '49.9', 'float_relative_tolerance 0.5').kind).toBe('wrong');
  });

  it('shortens long tokens in messages', () => {
    const long = 'x'.repeat(100);
    expect(check(long, `${long}y`)).toEqual({
      kind: 'wrong',
      message: `token 1, character 101: expected "", got "y"`,
    });
  });

  it('counts tokens from the start when the outputs differ deep inside', () => {
    const expected = `${Array.from({ length: 1000 }, (_, i) => i).join(' ')}\n`;
    const actual = expected.replace(' 777 ', ' 778 ');
    expect(check(expected, actual)).toEqual({ kind: 'wrong', message: 'token 778: expected "777", got "778"' });
    expect(check(expected, actual, 'space_change_sensitive')).toEqual({ kind: 'wrong', message: 'token 778: expected "777", got "778"' });
    expect(check(expected, expected.replace(' 500 ', '  500 '), 'space_change_sensitive')).toEqual({
      kind: 'wrong',
      message: 'whitespace after token 500: expected " ", got "  "',
    });
  });

  it('re-reads a token whose identical start hides a longer token', () => {
    expect(check('12 3\n', '123\n', 'space_change_sensitive')).toEqual({ kind: 'wrong', message: 'token 1: expected "12", got "123"' });
    expect(check('ab cd\n', 'ab  cd\n', 'space_change_sensitive')).toEqual({
      kind: 'wrong',
      message: 'whitespace after token 1: expected " ", got "  "',
    });
  });

  it('under space_change_sensitive, reports missing and extra tokens like the tokens checker', () => {
    expect(check('1 2\n', '1 2 3\n', 'space_change_sensitive')).toEqual({ kind: 'wrong', message: 'extra output after token 2: "3"' });
    expect(check('1\n', '', 'space_change_sensitive')).toEqual({ kind: 'wrong', message: 'output is empty, expected "1"' });
    expect(check('', 'x', 'space_change_sensitive')).toEqual({ kind: 'wrong', message: 'expected no output, got "x"' });
  });

  it('judges a million tokens quickly', () => {
    const expected = `${Array.from({ length: 1_000_000 }, (_, i) => (i % 1000) / 7).join('\n')}\n`;
    const actual = expected.toUpperCase().replace(/\n/g, ' \n');
    const started = performance.now();
    expect(check(expected, actual, 'float_tolerance 1e-9')).toEqual({ kind: 'accepted' });
    expect(check(expected, `${expected}x`, 'space_change_sensitive').kind).toBe('wrong');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
