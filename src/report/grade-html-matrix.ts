// The students x tests verdict matrix of one problem: a row per student, a column per
// test, a colored verdict code per cell (details on hover), and a last row counting the
// students each test broke, the worst test marked, so a teacher sees at a glance where
// the class stumbled.

import type { GradeResults, GradeRow, ProblemColumns } from '../grade/results.js';
import { formatMs } from '../common/format-units.js';
import { html, type Html } from './html-escape.js';

/** Students whose judged submission failed each test, in test order. */
export function failuresPerTest(results: GradeResults, problem: ProblemColumns): number[] {
  const rows = results.students.flatMap((student) => student.rows.filter((row) => row.problemId === problem.id));
  return problem.tests.map((test) => rows.filter((row) => row.tests.some((each) => each.name === test.name && each.verdict !== 'AC')).length);
}

function cell(row: GradeRow, testName: string): Html {
  const test = row.tests.find((each) => each.name === testName);
  if (!test) return html`<td class="cell none" title="${`${testName}: not run (${row.verdict})`}">·</td>`;
  const title = `${testName}: ${test.verdict}, ${formatMs(test.timeMs)}${test.detail ? ` — ${test.detail}` : ''}`;
  return html`<td class="${`cell v-${test.verdict}`}" title="${title}">${test.verdict}</td>`;
}

export function verdictMatrix(results: GradeResults, problem: ProblemColumns): Html {
  const failures = failuresPerTest(results, problem);
  const worst = Math.max(0, ...failures);
  const heads = problem.tests.map((test, index) => html`<th class="test" title="${`${test.name} (${test.group})`}">${index + 1}</th>`);
  const body = results.students.map((student) => {
    const row = student.rows.find((each) => each.problemId === problem.id);
    if (!row) return html``;
    const identical = row.identicalTo.length > 0 ? html` <span class="identical" title="${`identical to ${row.identicalTo.join(', ')}`}">≡</span>` : '';
    return html`<tr class="student-row" data-student="${student.id}">
<th class="student" title="${row.path}">${student.id}${identical}</th>
<td class="${`verdict v-${row.verdict}`}" title="${row.detail}">${row.verdict}</td>
<td class="num">${row.passed}/${row.total}</td>
<td class="num">${row.score}</td>
${problem.tests.map((test) => cell(row, test.name))}
</tr>`;
  });
  const failedBy = failures.map((count) => html`<td class="${count === worst && worst > 0 ? 'num worst' : 'num'}">${count}</td>`);
  const worstIndex = failures.indexOf(worst);
  const note = worst > 0 ? html`<p class="note">Test ${worstIndex + 1} (${problem.tests[worstIndex]?.name ?? ''}) failed the most students: ${worst} of ${results.students.length}.</p>` : html`<p class="note">No test failed any judged submission.</p>`;
  return html`<div class="scroll"><table class="matrix">
<thead><tr><th>student</th><th>verdict</th><th>passed</th><th>score</th>${heads}</tr></thead>
<tbody>${body}</tbody>
<tfoot><tr><th colspan="4">students failing the test</th>${failedBy}</tr></tfoot>
</table></div>${note}`;
}
