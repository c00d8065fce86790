import { describe, expect, it } from 'vitest';
import { ddmin, split } from './ddmin.js';
import { runSearch } from './search-driver.js';

const render = (units: readonly number[]) => units.join(',');
const has = (...needed: number[]) => (candidate: string) => needed.every((value) => candidate.split(',').includes(String(value)));

describe('split', () => {
  it('cuts units into even chunks, in order, never an empty one', () => {
    expect(split([1, 2, 3, 4, 5], 2)).toEqual([[1, 2, 3], [4, 5]]);
    expect(split([1, 2, 3], 3)).toEqual([[1], [2], [3]]);
    expect(split([1, 2], 4)).toEqual([[1], [2]]);
  });
});

describe('ddmin', () => {
  it('keeps only the two units the failure needs out of 100', () => {
    const units = Array.from({ length: 100 }, (_, i) => i);
    const { result, tried } = runSearch(ddmin(units, render), has(37, 80));
    expect(result).toEqual([37, 80]);
    expect(tried).toBeLessThan(100);
  });

  it('keeps one unit when one is enough, and leaves a single unit alone', () => {
    expect(runSearch(ddmin([1, 2, 3, 4, 5, 6, 7], render), has(6)).result).toEqual([6]);
    expect(runSearch(ddmin([9], render), () => true)).toEqual({ result: [9], tried: 0 });
  });

  it('removes nothing when every unit is needed, after trying each alone', () => {
    const { result, tried } = runSearch(ddmin([1, 2, 3, 4], render), has(1, 2, 3, 4));
    expect(result).toEqual([1, 2, 3, 4]);
    // 2 halves, then 4 single units
    expect(tried).toBe(6);
  });
});
