import { describe, expect, it } from 'vitest';
import { itemsOf, parseDoc, renderDoc, withItems } from './input-shape.js';

describe('parseDoc', () => {
  it('recognises a count of the lines that follow', () => {
    const doc = parseDoc('3\n1 2\n3 4\n5 6\n');
    expect(doc.shape).toEqual({ kind: 'counted-lines', countAt: 0 });
    expect(itemsOf(doc)).toEqual([['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('finds the count anywhere on the first line ("n m" with m edges)', () => {
    expect(parseDoc('5 2\n1 2\n2 3\n').shape).toEqual({ kind: 'counted-lines', countAt: 1 });
  });

  it('recognises a count of the tokens of the second and last line', () => {
    const doc = parseDoc('4\n7 7 1 9\n');
    expect(doc.shape).toEqual({ kind: 'counted-tokens', countAt: 0 });
    expect(itemsOf(doc)).toEqual(['7', '7', '1', '9']);
  });

  it('calls anything else plain', () => {
    expect(parseDoc('hello world\n').shape.kind).toBe('plain');
    expect(parseDoc('2\n1 2 3\n').shape.kind).toBe('plain');
    expect(parseDoc('3\n1\n2\n3\n4\n').shape.kind).toBe('plain');
    expect(itemsOf(parseDoc('1 2\n'))).toBeNull();
  });
});

describe('renderDoc and withItems', () => {
  it('round-trips with whitespace normalised and the final newline kept or not', () => {
    expect(renderDoc(parseDoc('1  2\t3\n4\n'))).toBe('1 2 3\n4\n');
    expect(renderDoc(parseDoc('5'))).toBe('5');
    expect(renderDoc(parseDoc(''))).toBe('');
  });

  it('keeps the count in step with the items', () => {
    expect(renderDoc(withItems(parseDoc('3\n1\n2\n3\n'), [['2']]))).toBe('1\n2\n');
    expect(renderDoc(withItems(parseDoc('x 4\n1 2 3 4\n'), ['3', '4']))).toBe('x 2\n3 4\n');
  });
});
