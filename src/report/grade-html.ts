// The HTML report: one self-contained page (styles inline, charts as inline SVG, no
// script, and a Content-Security-Policy that forbids fetching anything) with the class
// summary, the score histogram, and per problem the verdict matrix and each test's time
// against the limit. Deterministic: no timestamps, students sorted by id.

import type { GradeResults } from '../grade/results.js';
import { summarize } from '../grade/summary.js';
import { plural } from '../common/format-units.js';
import { scoreHistogram, testTimes, timeChart } from './grade-html-charts.js';
import { verdictMatrix } from './grade-html-matrix.js';
import { html, type Html } from './html-escape.js';
import { GRADE_HTML_STYLE } from './grade-html-style.js';

function summarySection(results: GradeResults): Html {
  const summary = summarize(results);
  const verdicts = Object.entries(summary.verdicts).map(([verdict, count]) => html`<li><span class="${`verdict v-${verdict}`}">${verdict}</span> ${count}</li>`);
  const identical = summary.identical.map((group) => html`<li>${group.problem}: ${group.students.join(', ')}</li>`);
  const errors = summary.judgeErrors.map((error) => html`<li>${error.student} (${error.problem}): ${error.path}</li>`);
  return html`<section id="summary"><h2>Class summary</h2>
<dl class="numbers"><div><dt>students</dt><dd>${summary.students}</dd></div><div><dt>mean score</dt><dd>${summary.meanScore} / ${summary.maxScore}</dd></div><div><dt>median score</dt><dd>${summary.medianScore}</dd></div></dl>
<ul class="verdicts">${verdicts}</ul>
${scoreHistogram(results)}
${identical.length > 0 ? html`<h3>Identical submissions (comments and whitespace aside)</h3><ul>${identical}</ul>` : ''}
${errors.length > 0 ? html`<h3>Judge errors (run the command again to retry them)</h3><ul>${errors}</ul>` : ''}
</section>`;
}

function problemSection(results: GradeResults, index: number): Html {
  const problem = results.problems[index]!;
  const rows = results.students.flatMap((student) => student.rows.filter((row) => row.problemId === problem.id));
  const timeLimitMs = rows.find((row) => row.timeLimitMs !== null)?.timeLimitMs ?? null;
  return html`<section class="problem" id="${`problem-${problem.id}`}"><h2>${problem.name} <small>(${problem.id}, ${plural(problem.tests.length, 'test')}, ${plural(problem.points, 'point')})</small></h2>
${verdictMatrix(results, problem)}
<h3>CPU time per test against the limit</h3>
${timeChart(testTimes(results, problem), timeLimitMs)}
</section>`;
}

export function renderGradeHtml(results: GradeResults): string {
  const page = html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Grades: ${results.title}</title>
<style>${GRADE_HTML_STYLE}</style></head>
<body><h1>Grades: ${results.title}</h1>
${summarySection(results)}
${results.problems.map((_, index) => problemSection(results, index))}
<footer>Made by letscode grade. Hover a cell for the test's name, time and detail.</footer>
</body></html>
`;
  return page.value;
}
