import { describe, expect, it } from 'vitest';
import { parseDecimalNumber } from './number-token.js';

function parse(text: string): number | undefined {
  return parseDecimalNumber(text, 0, text.length);
}

describe('parseDecimalNumber', () => {
  it.each([
    ['0', 0],
    ['-0', -0],
    ['+1.5', 1.5],
    ['.5', 0.5],
    ['5.', 5],
    ['3.14e-2', 0.0314],
    ['-.5E+3', -500],
    ['00012', 12],
    ['0.1', 0.1],
    ['123456789012345678901234567890', 1.2345678901234568e29],
    ['9007199254740993', 9007199254740992],
    ['1.7976931348623157e308', 1.7976931348623157e308],
    ['4.9e-324', 5e-324],
    ['1e400', Infinity],
    ['-1e400', -Infinity],
    [`0.${'0'.repeat(400)}1`, 0],
  ])('reads %s', (text, value) => {
    expect(Object.is(parse(text), value)).toBe(true);
  });

  it.each(['', '+', '-', '.', '-.', 'e5', '1e', '1e+', '1.2.3', '1e5.5', '--1', 'inf', 'nan', 'Infinity', '0x1A', '0b11', '1_000', '1,5', '1f', ' 1'])(
    'rejects %j',
    (text) => {
      expect(parse(text)).toBeUndefined();
    },
  );

  it('reads only the given span of the text', () => {
    expect(parseDecimalNumber('x 2.5 y', 2, 5)).toBe(2.5);
  });

  it('agrees with Number() on the digits of every printf-style format', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 5_000; n++) {
      const value = (random() - 0.5) * 10 ** Math.floor(random() * 40 - 20);
      const digits = Math.floor(random() * 16);
      for (const text of [String(value), value.toFixed(digits), value.toExponential(digits), value.toPrecision(digits + 1)]) {
        expect(parse(text), text).toBe(Number(text));
      }
    }
  });
});
