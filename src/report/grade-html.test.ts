import { describe, expect, it } from 'vitest';
import { gradeProblem, jsonReport, programItem, storedJudged } from '../grade/__fixtures__/grade-data.js';
import type { GradeItem, StoredResult } from '../grade/model.js';
import { buildGradeResults, type GradeResults } from '../grade/results.js';
import { fractionOfTestsPassed } from '../grade/scoring.js';
import { scoreBins } from './grade-html-charts.js';
import { failuresPerTest } from './grade-html-matrix.js';
import { renderGradeHtml } from './grade-html.js';
import { escapeHtml, html } from './html-escape.js';

function results(): GradeResults {
  const items: GradeItem[] = [
    { ...programItem('<script>alert(1)</script>', { key: 'a'.repeat(64) }), path: '<script>.py' },
    programItem('bob', { key: 'b'.repeat(64) }),
    programItem('carl', { key: 'c'.repeat(64) }),
  ];
  const report = jsonReport(['AC', 'WA', 'AC']);
  report.tests[1]!.detail = 'expected "<b>1</b>" & got \'2\'';
  const stored = new Map<string, StoredResult>([
    ['a'.repeat(64), storedJudged(items[0]!, report)],
    ['b'.repeat(64), storedJudged(items[1]!, jsonReport(['AC', 'WA', 'TLE']))],
    ['c'.repeat(64), storedJudged(items[2]!, jsonReport(['AC', 'AC', 'AC']))],
  ]);
  return buildGradeResults({ title: 'Sum & <friends>', problems: [gradeProblem()], items, lookup: (key) => stored.get(key), scoreModel: fractionOfTestsPassed });
}

describe('escapeHtml', () => {
  it('escapes the five special characters and replaces control characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\uFFFD');
  });

  it('escapes interpolations in the html template but not nested Html', () => {
    expect(html`<p>${'<b>'}${html`<i>${'&'}</i>`}</p>`.value).toBe('<p>&lt;b&gt;<i>&amp;</i></p>');
  });
});

describe('renderGradeHtml', () => {
  const page = renderGradeHtml(results());

  it('shows student names, paths, titles and details literally, never as markup', () => {
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('Sum &amp; &lt;friends&gt;');
    expect(page).toContain('expected &quot;&lt;b&gt;1&lt;/b&gt;&quot; &amp; got &#39;2&#39;');
  });

  it('is self-contained: no external reference and a policy that forbids fetching', () => {
    expect(page).not.toMatch(/(?:src|href)=/);
    expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('has one matrix row per student and marks the test that failed most students', () => {
    expect(page.match(/<tr class="student-row"/g)).toHaveLength(3);
    expect(failuresPerTest(results(), results().problems[0]!)).toEqual([0, 2, 1]);
    expect(page).toContain('Test 2 (small) failed the most students: 2 of 3.');
  });

  it('puts students in score bins of a tenth, a full score in the last', () => {
    expect(scoreBins(results())).toEqual([0, 0, 0, 1, 0, 0, 1, 0, 0, 1]);
  });

  it('is the same page for the same results (no timestamps)', () => {
    expect(renderGradeHtml(results())).toBe(page);
  });
});
