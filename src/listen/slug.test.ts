import { describe, expect, it } from 'vitest';
import { slugify } from './slug.js';

describe('slugify', () => {
  it('makes folder names from problem names', () => {
    const cases: [string, string][] = [
      ['G. Castle Defense', 'g-castle-defense'],
      ['A - Product', 'a-product'],
      ['B - 1 21', 'b-1-21'],
      ['  D. Édouard & the Café  ', 'd-edouard-the-cafe'],
      ['P1001 A+B Problem', 'p1001-a-b-problem'],
      ['A. Задача про числа', 'a-задача-про-числа'],
      ['C. 最短路', 'c-最短路'],
      ['../../etc/passwd', 'etc-passwd'],
      ['CON', 'con'],
    ];
    for (const [name, slug] of cases) expect(slugify(name)).toBe(slug);
  });

  it('never returns an empty name, dots only, or more than 64 characters', () => {
    expect(slugify('...')).toBe('problem');
    expect(slugify('🙂🙂')).toBe('problem');
    const long = slugify(`${'word '.repeat(40)}end`);
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).not.toMatch(/-$/);
  });
});
