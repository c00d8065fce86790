import { describe, expect, it } from 'vitest';
import { parseDoc } from './input-shape.js';
import { runSearch } from './search-driver.js';
import { shrinkableNumbers, shrinkSearch } from './shrinker.js';

/** "n, then n lines of one value": fails when two values are equal and the count is right. */
function hasDuplicate(candidate: string): boolean {
  const [count, ...values] = candidate.trim().split('\n');
  return Number(count) === values.length && new Set(values).size < values.length;
}

const hundredLines = (): string => {
  const values = Array.from({ length: 100 }, (_, i) => String(1000 + i * 7));
  values[80] = values[37]!;
  return `100\n${values.join('\n')}\n`;
};

describe('shrinkSearch', () => {
  it('shrinks 100 counted lines to the two equal ones, count kept right, without a validator', () => {
    const { result, tried } = runSearch(shrinkSearch(hundredLines(), { validated: false }), hasDuplicate);
    expect(result).toBe('2\n1259\n1259\n');
    expect(tried).toBeGreaterThan(0);
  });

  it('offers only candidates whose count matches their lines, even with a validator', () => {
    const seen: string[] = [];
    runSearch(shrinkSearch(hundredLines(), { validated: true }), (candidate) => {
      seen.push(candidate);
      return hasDuplicate(candidate);
    });
    const countMatches = (candidate: string) => Number(candidate.split('\n')[0]) === candidate.trim().split('\n').length - 1;
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((candidate) => !countMatches(candidate))).toEqual([]);
  });

  it('shrinks a counted token line, then each number towards 0', () => {
    // fails when some value is at least 1000
    const fails = (candidate: string) => {
      const [count, line = ''] = candidate.trim().split('\n');
      const values = line.split(' ').filter(Boolean).map(Number);
      return Number(count) === values.length && values.some((value) => value >= 1000);
    };
    expect(runSearch(shrinkSearch('5\n3 99999 4 12 77\n', { validated: false }), fails).result).toBe('1\n1000\n');
  });

  it('with a validator, removes free lines and tokens of a plain input', () => {
    const fails = (candidate: string) => candidate.includes('bad');
    expect(runSearch(shrinkSearch('a b c\nd bad e\nf g\n', { validated: true }), fails).result).toBe('bad\n');
  });

  it('without a validator, leaves the lines of a plain input alone', () => {
    const fails = (candidate: string) => candidate.includes('bad');
    expect(runSearch(shrinkSearch('a b c\nd bad e\nf g\n', { validated: false }), fails)).toEqual({ result: 'a b c\nd bad e\nf g\n', tried: 0 });
  });

  it('keeps negative numbers negative while moving them towards 0', () => {
    const fails = (candidate: string) => Number(candidate.trim()) <= -5;
    expect(runSearch(shrinkSearch('-123456\n', { validated: false }), fails).result).toBe('-5\n');
  });
});

describe('shrinkableNumbers', () => {
  it('leaves out the first line without a validator, and the count always', () => {
    const doc = parseDoc('2 9\n5\n6\n');
    expect(shrinkableNumbers(doc, { validated: false })).toEqual([[1, 0], [2, 0]]);
    expect(shrinkableNumbers(doc, { validated: true })).toEqual([[0, 1], [1, 0], [2, 0]]);
  });

  it('shrinks every number of a single line', () => {
    expect(shrinkableNumbers(parseDoc('3 x -4\n'), { validated: false })).toEqual([[0, 0], [0, 2]]);
  });
});
