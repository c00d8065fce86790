import { describe, expect, it } from 'vitest';
import { overallVerdict, type CompileResult, type TestResult, type Verdict } from './verdict.js';

const compiled: CompileResult = { ok: true, message: '', timeMs: 1, cached: false };
const test = (verdict: Verdict): TestResult => ({
  index: 0, name: 't', sample: false, verdict, detail: '', timeMs: 1, wallMs: 1, memoryBytes: 1, exitCode: 0, signal: null, stderr: '',
});

describe('overallVerdict', () => {
  it('is AC when every test is', () => {
    expect(overallVerdict(compiled, [test('AC'), test('AC')])).toBe('AC');
  });
  it('is the first failing test in test order', () => {
    expect(overallVerdict(compiled, [test('AC'), test('TLE'), test('WA')])).toBe('TLE');
  });
  it('is CE when compilation failed', () => {
    expect(overallVerdict({ ...compiled, ok: false }, [])).toBe('CE');
  });
  it('is JE when any test hit a judge error, whatever came first', () => {
    expect(overallVerdict(compiled, [test('WA'), test('JE')])).toBe('JE');
  });
});
