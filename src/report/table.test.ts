import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { MAX_FULL_TABLE, renderTable, summaryLine } from './table.js';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';

const chalk = new Chalk({ level: 0 });

describe('renderTable', () => {
  it('has a header and one row per test with verdict, time and memory', () => {
    const lines = renderTable(
      [
        makeTest({ index: 0, name: 'sample-1', sample: true }),
        makeTest({ index: 1, verdict: 'WA', detail: 'token 3: expected 6, got 7', cpuMs: 15 }),
      ],
      { chalk },
    );
    const text = lines.join('\n');
    expect(text).toMatch(/#.*test.*verdict.*time.*memory.*detail/);
    expect(lines.find((l) => l.includes('sample-1'))).toMatch(/1 .*sample-1 \(sample\).*AC.*10 ms.*3\.0 MiB/);
    expect(lines.find((l) => l.includes('test-2'))).toMatch(/2 .*test-2.*WA.*15 ms.*token 3: expected 6, got 7/);
    expect(text).not.toContain('\u001b');
  });

  it('shows only failing tests of a big test set, with a count of the hidden ones', () => {
    const tests = Array.from({ length: 50 }, (_, index) =>
      makeTest({ index, verdict: index === 7 || index === 30 ? 'TLE' : 'AC' }),
    );
    const lines = renderTable(tests, { chalk });
    expect(lines.filter((l) => l.includes('TLE'))).toHaveLength(2);
    expect(lines.some((l) => l.includes('test-1 '))).toBe(false);
    expect(lines.at(-1)).toContain('48 passing tests not shown');
    expect(renderTable(tests, { chalk, showAll: true }).filter((l) => l.includes(' AC '))).toHaveLength(48);
  });

  it('skips the table when a big test set passed completely', () => {
    const tests = Array.from({ length: MAX_FULL_TABLE + 1 }, (_, index) => makeTest({ index }));
    expect(renderTable(tests, { chalk })).toEqual([`all ${MAX_FULL_TABLE + 1} tests passed (--verbose shows every test)`]);
  });

  it('sanitises names and details', () => {
    const text = renderTable([makeTest({ index: 0, verdict: 'RE', detail: 'bad\u001b[2J\nthing' })], { chalk }).join('\n');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('bad thing');
  });
});

describe('summaryLine', () => {
  it('summarises an accepted run', () => {
    const tests = [makeTest({ index: 0, cpuMs: 15 }), makeTest({ index: 1, memoryBytes: 3.2 * 1024 * 1024 })];
    expect(summaryLine(makeReport(tests), chalk)).toBe('AC  2/2 tests passed · max 15 ms · max 3.2 MiB · 1.40 s');
  });

  it('names the first failing test', () => {
    const tests = [
      makeTest({ index: 0 }),
      makeTest({ index: 1 }),
      makeTest({ index: 2, name: 'sample-2', verdict: 'WA' }),
      makeTest({ index: 3, verdict: 'WA' }),
    ];
    expect(summaryLine(makeReport(tests), chalk, 12)).toBe(
      'WA  on test 3 (sample-2) · 2/12 passed · max 10 ms · max 3.0 MiB · 1.40 s',
    );
  });

  it('reports compile errors and judge errors', () => {
    const ce = makeReport([], { compile: { ok: false, message: 'x', wallMs: 5, cached: false } });
    expect(summaryLine(ce, chalk, 12)).toBe('CE  compilation failed · 1.40 s');
    const je = makeReport([makeTest({ index: 0, verdict: 'WA' }), makeTest({ index: 1, verdict: 'JE', name: 'big' })]);
    expect(summaryLine(je, chalk)).toMatch(/^JE {2}on test 2 \(big\) · 0\/2 passed/);
  });
});
