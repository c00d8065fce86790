import { describe, expect, it } from 'vitest';
import { bytesToDisplayText, quoteBytes, textToByteString } from './bytes.js';

describe('byte strings', () => {
  it('hold the UTF-8 bytes of a text, one char per byte', () => {
    expect(textToByteString('abc')).toBe('abc');
    expect(textToByteString('é')).toBe('\xc3\xa9');
    expect(bytesToDisplayText('\xc3\xa9!')).toBe('é!');
  });

  it('show bytes that are not UTF-8 as replacement characters', () => {
    expect(bytesToDisplayText('\xff')).toBe('\ufffd');
  });

  it('quote as JSON, cut with the dots outside the quotes', () => {
    expect(quoteBytes('a\nb')).toBe('"a\\nb"');
    expect(quoteBytes('x'.repeat(31))).toBe(`"${'x'.repeat(30)}"...`);
    expect(quoteBytes('\xc3\xa9'.repeat(3), 2)).toBe('"éé"...');
  });
});
