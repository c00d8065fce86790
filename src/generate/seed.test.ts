import { describe, expect, it } from 'vitest';
import { seedFor, seedUses, splitCommand, withCount } from './seed.js';

describe('seedFor', () => {
  // Values from BAPCtools' formula run in Python: int(sha512(...).hexdigest(), 16) % 2**31.
  it('matches BAPCtools for plain, {seed:N}, salted and counted commands', () => {
    expect(seedFor('graph {seed}', '', 1)).toBe(145309074);
    expect(seedFor('graph {seed:2}', '', 1)).toBe(360674123);
    expect(seedFor('graph {seed}', 'abcd', 1)).toBe(611036640);
    expect(seedFor(withCount('gen.py {seed} {count}', 2), '', 2)).toBe(1956039094);
    expect(seedFor('  gen.py {seed} 3 ', '', 3)).toBe(872590049);
  });
});

describe('splitCommand', () => {
  it('splits on whitespace and fills in {seed}, {seed:N} and {name}', () => {
    expect(splitCommand('gen.py  --n 5\n{seed:3} {name}.in', 42)).toEqual({ program: 'gen.py', args: ['--n', '5', '42', 'testcase.in'] });
  });

  it('counts the {seed} a command holds', () => {
    expect(seedUses('a {seed} {seed:1}')).toBe(2);
    expect(seedUses('a {count}')).toBe(0);
  });
});
