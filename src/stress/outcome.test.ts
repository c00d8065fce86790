import { describe, expect, it } from 'vitest';
import type { TestResult } from '../judge/judge-report.js';
import { stressStatus } from './outcome.js';

const result = { verdict: 'WA' } as TestResult;

describe('stressStatus', () => {
  it('blames the solution only for its own failures', () => {
    expect(stressStatus({ kind: 'passed' })).toBe('ok');
    expect(stressStatus({ kind: 'solution-failed', seed: 1, input: '', expected: '', result, shrunk: null })).toBe('failed');
    expect(stressStatus({ kind: 'compile-error', role: 'solution', message: '' })).toBe('failed');
  });

  it('leaves everything the generator, the brute force or the judge did unknown', () => {
    expect(stressStatus({ kind: 'compile-error', role: 'generator', message: '' })).toBe('judge-error');
    expect(stressStatus({ kind: 'program-failed', role: 'brute force', seed: 1, input: null, verdict: 'RE', detail: '', stderr: '' })).toBe('judge-error');
    expect(stressStatus({ kind: 'nondeterministic', seed: 1, first: 'a', second: 'b' })).toBe('judge-error');
    expect(stressStatus({ kind: 'invalid-input', seed: 1, input: '', validator: 'v.py', message: '' })).toBe('judge-error');
    expect(stressStatus({ kind: 'judge-error', seed: 1, input: null, detail: '' })).toBe('judge-error');
  });
});
