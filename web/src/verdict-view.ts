// The verdict of a submission, filled in as its events arrive: a status line, the compile
// error with the editor's lines marked, one table row per test (verdict, time, memory,
// detail) and, for a wrong answer, the same diff the CLI prints (src/report/diff-view.ts).

import { DIFF_LEGEND, diffView } from '../../src/report/diff-view.js';
import { formatBytes, formatMs } from '../../src/common/format-units.js';
import { h, replaceChildren } from './dom.js';
import type { JsonReport, JsonTest, SubmissionEvent, TestEvent } from './wire.js';

export const VERDICT_NAMES: Record<string, string> = {
  AC: 'Accepted', WA: 'Wrong answer', PE: 'Presentation error', TLE: 'Time limit exceeded', MLE: 'Memory limit exceeded',
  OLE: 'Output limit exceeded', RE: 'Run-time error', CE: 'Compile error', JE: 'Judge error',
};

export function verdictBadge(verdict: string): HTMLElement {
  return h('span', { class: `verdict verdict-${verdict.replace(/\W/g, '')}`, attrs: { title: VERDICT_NAMES[verdict] ?? verdict } }, verdict);
}

export class VerdictView {
  readonly #root: HTMLElement;
  readonly #status: HTMLElement;
  readonly #compile: HTMLElement;
  readonly #body: HTMLTableSectionElement;
  readonly #table: HTMLTableElement;
  readonly #details: HTMLElement;
  readonly #rows = new Map<number, HTMLTableRowElement>();
  readonly #onCompileError: (message: string) => void;

  constructor(root: HTMLElement, options: { onCompileError(message: string): void }) {
    this.#root = root;
    this.#onCompileError = options.onCompileError;
    this.#status = h('p', { class: 'verdict-status', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.#compile = h('div', { class: 'compile' });
    this.#body = h('tbody');
    this.#details = h('div', { class: 'test-details' });
    const head = h('thead', {}, h('tr', {}, ...['#', 'test', 'verdict', 'time', 'memory', 'detail'].map((title) => h('th', { attrs: { scope: 'col' } }, title))));
    this.#table = h('table', { class: 'verdicts', attrs: { 'aria-label': 'Verdicts' } }, head, this.#body);
    replaceChildren(root, this.#status, this.#compile, this.#table, this.#details);
    root.hidden = true;
  }

  /** A new submission: everything of the last one goes. */
  start(text: string): void {
    this.#root.hidden = false;
    this.#rows.clear();
    replaceChildren(this.#compile);
    replaceChildren(this.#body);
    replaceChildren(this.#details);
    // Shown with its first row: a compile error has none.
    this.#table.hidden = true;
    this.#setStatus(text);
  }

  apply(event: SubmissionEvent): void {
    switch (event.type) {
      case 'queued':
        return this.#setStatus('Queued: waiting for a free sandbox…');
      case 'running':
        this.#setStatus(`Judging on ${event.tests} ${event.tests === 1 ? 'test' : 'tests'}${event.attempt > 1 ? ` (attempt ${event.attempt})` : ''}…`);
        for (let index = 0; index < event.tests; index++) this.#row(index);
        return;
      case 'compiled':
        if (event.ok) return this.#setStatus(`Compiled${event.cached ? ' (cached)' : ` in ${formatMs(event.timeMs)}`}; running the tests…`);
        this.#showCompileError(event.message);
        return;
      case 'test':
        return this.#fillRow(event);
      case 'retrying':
        return this.#setStatus(`The judge failed (${event.error}); trying again…`);
      case 'done':
        return this.showReport(event.result);
      case 'failed':
        return this.#setStatus(`Not judged: ${event.error}`, 'failed');
    }
  }

  /** The final report: rows the events did not fill (a reconnect, a reopened entry) are filled from it. */
  showReport(report: JsonReport): void {
    this.#root.hidden = false;
    if (!report.compile.ok && this.#compile.childElementCount === 0) this.#showCompileError(report.compile.message);
    report.tests.forEach((test, index) => {
      const row = this.#row(index);
      if (row.dataset.verdict === undefined) this.#fillRow({ type: 'test', index, ...test });
    });
    for (const [index, row] of this.#rows) if (index >= report.tests.length && row.dataset.verdict === undefined) row.remove();
    replaceChildren(this.#status, verdictBadge(report.verdict), ' ', summary(report));
    this.#status.dataset.verdict = report.verdict;
  }

  #setStatus(text: string, state?: string): void {
    replaceChildren(this.#status, text);
    delete this.#status.dataset.verdict;
    if (state) this.#status.dataset.state = state;
    else delete this.#status.dataset.state;
  }

  #showCompileError(message: string): void {
    replaceChildren(this.#compile, h('h3', {}, 'Compile error'), h('pre', { class: 'compile-message', attrs: { 'aria-label': 'Compiler message' } }, message || '(the compiler said nothing)'));
    this.#onCompileError(message);
  }

  #row(index: number): HTMLTableRowElement {
    let row = this.#rows.get(index);
    if (!row) {
      row = h('tr', { class: 'pending' }, h('td', {}, index + 1), h('td'), h('td', {}, h('span', { class: 'verdict verdict-pending' }, '…')), h('td'), h('td'), h('td'));
      const next = [...this.#rows.keys()].filter((other) => other > index).sort((a, b) => a - b)[0];
      this.#body.insertBefore(row, next === undefined ? null : this.#rows.get(next)!);
      this.#rows.set(index, row);
      this.#table.hidden = false;
    }
    return row;
  }

  #fillRow(test: TestEvent): void {
    const row = this.#row(test.index);
    row.className = `done verdict-row-${test.verdict}`;
    row.dataset.verdict = test.verdict;
    const cells = [test.index + 1, `${test.name}${test.sample ? ' (sample)' : ''}`, verdictBadge(test.verdict), formatMs(test.timeMs), formatBytes(test.memoryBytes), test.detail];
    replaceChildren(row, ...cells.map((cell) => h('td', {}, cell)));
    if (test.expectedOutput !== undefined && test.actualOutput !== undefined) this.#showDiff(test);
  }

  #showDiff(test: TestEvent): void {
    const lines = diffView(test.expectedOutput ?? '', test.actualOutput ?? '');
    const diff = h('pre', { class: 'diff', attrs: { 'aria-label': `Diff of test ${test.index + 1}` } }, ...[DIFF_LEGEND, ...lines].map((line) => h('span', { class: diffLineClass(line) }, `${line}\n`)));
    const cut = test.outputsCut ? h('p', { class: 'note' }, 'The outputs are long: the page got their first 64 KiB, so counts past the first difference are of that part only.') : null;
    const block = h('section', { class: 'test-detail', attrs: { 'data-test': test.index + 1 } }, h('h3', {}, `Test ${test.index + 1} (${test.name}) `, verdictBadge(test.verdict), ` ${test.detail}`), diff, cut);
    const later = [...this.#details.children].find((child) => Number((child as HTMLElement).dataset.test) > test.index + 1);
    this.#details.insertBefore(block, later ?? null);
  }
}

function diffLineClass(line: string): string {
  if (line.startsWith('- ')) return 'diff-expected';
  if (line.startsWith('+ ')) return 'diff-actual';
  return 'diff-context';
}

/** "4/9 passed · max 19 ms · max 1.5 MiB", "on test 4 (small-random)" first when one failed. */
export function summary(report: JsonReport): string {
  if (report.verdict === 'CE') return 'compilation failed';
  const failed = report.tests.findIndex((test) => test.verdict !== 'AC');
  const passed = report.tests.filter((test) => test.verdict === 'AC').length;
  const parts = [
    ...(failed >= 0 ? [`on test ${failed + 1} (${report.tests[failed]!.name})`] : []),
    `${passed}/${report.tests.length} passed`,
    `max ${formatMs(max(report.tests, (test) => test.timeMs))}`,
    `max ${formatBytes(max(report.tests, (test) => test.memoryBytes))}`,
  ];
  return parts.join(' · ');
}

function max(tests: readonly JsonTest[], of: (test: JsonTest) => number): number {
  return tests.reduce((most, test) => Math.max(most, of(test)), 0);
}
