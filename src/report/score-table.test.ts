// How reporters show a scoring problem: the pretty report's group table and "score 40/100"
// in the summary, JUnit's score properties; a pass-fail report shows neither.

import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';
import type { ScoreResult } from '../problem/scoring/score-result.js';
import { renderJunit } from './junit.js';
import { PrettyReporter } from './pretty.js';
import { renderScoreTable } from './score-table.js';
import { summaryLine } from './table.js';
import { captureTerminal } from './testing.js';

const plain = new Chalk({ level: 0 });
const tests = [makeTest({ index: 0, name: 'small-1' }), makeTest({ index: 1, name: 'big-1', verdict: 'WA', detail: 'token 1: expected 10, got 0', expectedOutput: '10\n', actualOutput: '0\n' })];
const score: ScoreResult = {
  score: 40,
  maxScore: 100,
  groups: [{ name: 'small', score: 40, maxScore: 40, verdict: 'AC' }, { name: 'big', score: null, maxScore: 60, verdict: 'JE' }],
  namedGroups: [],
};

describe('scoring problems in the pretty report', () => {
  it('a table of groups: verdict and score out of the maximum, "?" when a judge error leaves it unknown', () => {
    const lines = renderScoreTable(score, plain);
    expect(lines.find((line) => line.includes('small'))).toMatch(/│ small +│ AC +│ +40\/40 │/);
    expect(lines.find((line) => line.includes('big'))).toMatch(/│ big +│ JE +│ +\?\/60 │/);
    expect(renderScoreTable(undefined, plain)).toEqual([]);
  });

  it('the summary line says the score before the count', () => {
    expect(summaryLine(makeReport(tests, { score }), plain)).toBe('WA  on test 2 (big-1) · score 40/100 · 1/2 passed · max 10 ms · max 3.0 MiB · 1.40 s');
    const full = makeReport([tests[0]!], { score: { ...score, score: 100 } });
    expect(summaryLine(full, plain)).toBe('AC  score 100/100 · 1/1 tests passed · max 10 ms · max 3.0 MiB · 1.40 s');
    expect(summaryLine(makeReport(tests, { score: { ...score, score: 100 / 3 } }), plain)).toContain('score 33.33/100');
  });

  it('the reporter prints the group table between the tests and the details', () => {
    const captured = captureTerminal();
    new PrettyReporter(captured.terminal).onEvent({ type: 'judge-done', report: makeReport(tests, { score }) });
    const out = captured.stdout();
    expect(out.indexOf('│ group')).toBeGreaterThan(out.indexOf('│ test'));
    expect(out.indexOf('│ group')).toBeLessThan(out.indexOf('Test 2 (big-1)'));
  });

  it('a pass-fail report has neither', () => {
    const captured = captureTerminal();
    new PrettyReporter(captured.terminal).onEvent({ type: 'judge-done', report: makeReport(tests) });
    expect(captured.stdout()).not.toContain('group');
    expect(captured.stdout()).not.toContain('score');
  });
});

describe('scoring problems in JUnit', () => {
  it('adds score and maxScore properties; unknown is an empty value', () => {
    const xml = renderJunit(makeReport(tests, { score }));
    expect(xml).toContain('<property name="score" value="40"/>\n      <property name="maxScore" value="100"/>');
    expect(renderJunit(makeReport(tests, { score: { ...score, score: null } }))).toContain('<property name="score" value=""/>');
    expect(renderJunit(makeReport(tests))).not.toContain('name="score"');
  });
});
