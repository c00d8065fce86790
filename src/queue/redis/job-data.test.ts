import { describe, expect, it } from 'vitest';
import { decodeSolution, describeJobIssue, encodeSolution, judgeJobSchema, outcomeOfResult } from './job-data.js';

const HASH = 'a'.repeat(64);
const job = (overrides: Record<string, unknown> = {}) => ({ format: 1, bundle: HASH, problemName: 'Sum', language: 'cpp', solution: encodeSolution('sum.cpp', Buffer.from('int main(){}')), testsInParallel: 1, ...overrides });

function issue(data: unknown): string {
  const parsed = judgeJobSchema.safeParse(data);
  if (parsed.success) throw new Error('expected the job to be refused');
  return describeJobIssue(parsed.error);
}

describe('judge job data', () => {
  it('carries one file or a folder as bytes, and gives them back', () => {
    expect(judgeJobSchema.parse(job())).toEqual(job());
    expect(decodeSolution(judgeJobSchema.parse(job()).solution)).toEqual({ name: 'sum.cpp', source: Buffer.from('int main(){}') });
    const folder = { name: 'bob', files: [{ path: 'src/Main.java', data: Buffer.from('class Main {}') }] };
    expect(decodeSolution(judgeJobSchema.parse(job({ solution: encodeSolution('bob', folder) })).solution)).toEqual({ name: 'bob', source: folder });
  });

  it('refuses a malformed job naming the field: no path leaves the solution, nothing unknown is let in', () => {
    expect(issue(job({ bundle: '../etc' }))).toBe('bundle: expected a SHA-256 in hex');
    expect(issue(job({ solution: { name: '../x.cpp', file: '' } }))).toMatch(/^solution/);
    expect(issue(job({ solution: { name: 'bob', folder: { name: 'bob', files: [{ path: '../../etc/passwd', data: '' }] } } }))).toMatch(/^solution/);
    expect(issue(job({ testsInParallel: 0 }))).toMatch(/^testsInParallel: /);
    expect(issue(job({ problemPath: '/srv/problem' }))).toMatch(/problemPath/);
    expect(issue(job({ format: 2 }))).toMatch(/^format: /);
    expect(issue(null)).toMatch(/^\(the job\): /);
  });

  it('reads a stored result back as an outcome, the report exactly as stored', () => {
    const report = { verdict: 'AC', problem: 'Sum', language: 'C++', solution: 'a.cpp', compile: {}, tests: [], totalMs: 5 };
    const outcome = outcomeOfResult({ kind: 'judged', report, limits: { timeMs: 1000, memoryBytes: 1 } });
    expect(outcome).toEqual({ kind: 'judged', report, limits: { timeMs: 1000, memoryBytes: 1 } });
    expect(Object.keys((outcome as { report: object }).report)).toEqual(Object.keys(report));
    expect(outcomeOfResult({ kind: 'refused', message: 'no main class' })).toEqual({ kind: 'refused', message: 'no main class' });
    expect(outcomeOfResult(null)).toEqual({ kind: 'failed', message: 'the job finished without a readable result' });
  });
});
