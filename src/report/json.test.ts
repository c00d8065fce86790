import { describe, expect, it } from 'vitest';
import { JsonReporter } from './json.js';
import { captureTerminal } from './testing.js';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';

describe('JsonReporter', () => {
  const tests = [
    makeTest({ index: 0, name: 'sample-1', sample: true }),
    makeTest({ index: 1, verdict: 'WA', detail: 'line 1\nwith "quotes"', expectedOutput: 'secret\n', actualOutput: 'x\n', stderr: 'noise' }),
  ];

  it('prints exactly one JSON object on one line, only on judge-done', async () => {
    const { terminal, stdout, stderr } = captureTerminal();
    const reporter = new JsonReporter(terminal);
    reporter.onEvent({ type: 'compile-start', language: 'C++17' });
    reporter.onEvent({ type: 'test-done', result: tests[0]! });
    expect(stdout()).toBe('');
    reporter.onEvent({ type: 'judge-done', report: makeReport(tests) });
    reporter.onEvent({ type: 'judge-done', report: makeReport(tests) });
    await reporter.close();
    const out = stdout();
    expect(out.endsWith('\n')).toBe(true);
    expect(out.split('\n')).toHaveLength(2);
    expect(stderr()).toBe('');
    const parsed = JSON.parse(out);
    expect(parsed).toEqual({
      verdict: 'WA',
      problem: 'sum-list',
      language: 'C++17',
      solution: 'solutions/sum.cpp',
      compile: { ok: true, message: '', timeMs: 800, cached: false },
      tests: [
        { name: 'sample-1', verdict: 'AC', timeMs: 10, wallMs: 12, memoryBytes: 3145728, exitCode: 0, signal: null, detail: '', sample: true },
        { name: 'test-2', verdict: 'WA', timeMs: 10, wallMs: 12, memoryBytes: 3145728, exitCode: 0, signal: null, detail: 'line 1\nwith "quotes"', sample: false },
      ],
      totalMs: 1400,
    });
    expect(out).not.toContain('secret');
    expect(out).not.toContain('noise');
  });
});
