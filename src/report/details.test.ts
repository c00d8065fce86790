import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { compileMessageLines, renderDetails, testDetailBody } from './details.js';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';

const chalk = new Chalk({ level: 0 });

describe('renderDetails', () => {
  it('shows a diff for at most three wrong answers', () => {
    const tests = Array.from({ length: 5 }, (_, index) =>
      makeTest({ index, verdict: 'WA', detail: `line ${index}`, expectedOutput: '1\n', actualOutput: `${index + 2}\n` }),
    );
    const lines = renderDetails(makeReport(tests), chalk);
    expect(lines.filter((l) => l.startsWith('Test '))).toEqual([
      'Test 1 (test-1)  WA  line 0',
      'Test 2 (test-2)  WA  line 1',
      'Test 3 (test-3)  WA  line 2',
    ]);
    expect(lines).toContain('  - 1 | 1');
    expect(lines).toContain('  + 1 | 2');
    expect(lines.at(-1)).toBe('(details of 2 more failed tests not shown)');
  });

  it('shows the end of stderr for runtime errors', () => {
    const stderr = Array.from({ length: 30 }, (_, i) => `frame ${i}`).join('\n');
    const lines = renderDetails(makeReport([makeTest({ index: 0, verdict: 'RE', detail: 'killed by SIGSEGV', stderr })]), chalk);
    expect(lines[0]).toBe('Test 1 (test-1)  RE  killed by SIGSEGV');
    expect(lines).toContain('  frame 29');
    expect(lines).not.toContain('  frame 5');
    expect(lines).toContain('  ... 20 earlier lines');
  });

  it('shows the compiler message, cut to 40 lines, for a compile error', () => {
    const message = Array.from({ length: 100 }, (_, i) => `sum.cpp:${i}: error`).join('\n');
    const report = makeReport([], { compile: { ok: false, message, wallMs: 1, cached: false } });
    const lines = renderDetails(report, chalk);
    expect(lines[0]).toBe('Compilation failed (C++17)');
    expect(lines).toHaveLength(42);
    expect(lines.at(-1)).toBe('  ... 60 more lines');
  });

  it('has nothing to add for TLE', () => {
    expect(testDetailBody(makeTest({ index: 0, verdict: 'TLE' }))).toEqual([]);
    expect(compileMessageLines('  ')).toEqual(['(the compiler printed no message)']);
  });
});
