import { describe, expect, it } from 'vitest';
import { CHECKER_NAMES, checkerFor, DEFAULT_CHECKER_SPEC, type BuiltinCheckerSpec } from './index.js';

describe('checkerFor', () => {
  it('knows every checker by name', () => {
    expect([...CHECKER_NAMES].sort()).toEqual(['exact', 'float', 'kattis-default', 'lines', 'tokens']);
    expect(DEFAULT_CHECKER_SPEC).toEqual({ name: 'tokens' });
  });

  it.each([
    // Each row: a spec and an output pair only that checker (among these) accepts or rejects.
    [{ name: 'exact' }, '1 2\n', '1 2', 'wrong'],
    [{ name: 'lines' }, '1 2\n', '1 2  \r\n', 'accepted'],
    [{ name: 'lines' }, '1 2\n', '1\n2\n', 'wrong'],
    [{ name: 'tokens' }, '1 2\n', '1\n2\n', 'accepted'],
    [{ name: 'tokens' }, '1.5', '1.50', 'wrong'],
    [{ name: 'float', absTolerance: 1e-6, relTolerance: 0 }, '1.5', '1.50', 'accepted'],
    [{ name: 'kattis-default' }, 'Yes\n', 'yes', 'accepted'],
  ] satisfies [BuiltinCheckerSpec, string, string, string][])('gives %o its own behaviour', (spec, expected, actual, verdict) => {
    expect(checkerFor(spec)({ input: '', expected, actual }).kind).toBe(verdict);
  });

  it('passes the tolerances on to the float checker', () => {
    const strict = checkerFor({ name: 'float', absTolerance: 1e-9, relTolerance: 0 });
    const loose = checkerFor({ name: 'float', absTolerance: 1e-3, relTolerance: 0 });
    const check = { input: '', expected: '1', actual: '1.0001' };
    expect(strict(check).kind).toBe('wrong');
    expect(loose(check).kind).toBe('accepted');
  });

  it('passes the test\'s flags on to the Kattis default validator', () => {
    const check = checkerFor({ name: 'kattis-default' });
    expect(check({ input: '', expected: 'Yes', actual: 'yes', flags: ['case_sensitive'] }).kind).toBe('wrong');
    expect(check({ input: '', expected: '1', actual: '1.0001', flags: ['float_tolerance', '1e-3'] }).kind).toBe('accepted');
  });

  it.each(['nope', 'toString', '__proto__', 'external'])('refuses the unknown name %j from an unvalidated spec', (name) => {
    expect(() => checkerFor({ name } as unknown as BuiltinCheckerSpec)).toThrow(/unknown checker/);
  });
});
