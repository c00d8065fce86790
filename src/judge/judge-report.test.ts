import { describe, expect, it } from 'vitest';
import { makeReport, makeTest } from './__fixtures__/judge-reports.js';
import { formatVerdictCounts, overallVerdict, verdictCounts, type TestResult } from './judge-report.js';
import { type CompileResult } from '../execution/compile-result.js';
import { type Verdict } from '../common/verdicts.js';

const compiled: CompileResult = { ok: true, message: '', wallMs: 1, cached: false };
const test = (verdict: Verdict): TestResult => ({
  index: 0, name: 't', sample: false, verdict, detail: '', cpuMs: 1, wallMs: 1, memoryBytes: 1, exitCode: 0, signal: null, stderr: '',
});

/** A report whose tests got these verdicts, in order. */
function judgedAs(...verdicts: Verdict[]) {
  return makeReport(verdicts.map((verdict, index) => makeTest({ index, verdict })));
}

const compileError = makeReport([], { compile: { ok: false, message: 'error: expected ;', wallMs: 300, cached: false } });

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

describe('verdict counts', () => {
  it('in verdict order, whatever the test order', () => {
    expect(formatVerdictCounts(verdictCounts(judgedAs('TLE', 'AC', 'WA', 'AC')))).toBe('AC 2  WA 1  TLE 1');
    expect(formatVerdictCounts(verdictCounts(compileError))).toBe('CE');
    expect(Object.fromEntries(verdictCounts(judgedAs('RE', 'AC')))).toEqual({ AC: 1, RE: 1 });
  });
});
