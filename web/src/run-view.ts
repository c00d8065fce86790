// What "Run" shows: the `run` status line (as `letscode run` prints it), then the program's
// stdout and stderr as text, or the compiler's message.

import { formatBytes, formatMs } from '../../src/common/format-units.js';
import { h, replaceChildren } from './dom.js';
import { verdictBadge } from './verdict-view.js';
import type { RunDocument } from './wire.js';

const AS_VERDICT: Record<RunDocument['status'], string> = { OK: 'AC', RE: 'RE', TLE: 'TLE', MLE: 'MLE', OLE: 'OLE', CE: 'CE', JE: 'JE' };

export function renderRun(root: HTMLElement, run: RunDocument): void {
  root.hidden = false;
  const badge = verdictBadge(AS_VERDICT[run.status]);
  badge.textContent = run.status;
  const status = h('p', { class: 'run-status', attrs: { role: 'status', 'data-status': run.status } }, badge, ' ', statusText(run));
  if (run.status === 'CE') {
    replaceChildren(root, status, h('pre', { class: 'compile-message', attrs: { 'aria-label': 'Compiler message' } }, run.detail || run.compile?.message || ''));
    return;
  }
  replaceChildren(root, status,
    h('h3', {}, 'Output'), h('pre', { class: 'stdout', attrs: { 'aria-label': 'Output' } }, run.stdout || '(no output)'),
    run.stderr ? h('h3', {}, 'Standard error') : null,
    run.stderr ? h('pre', { class: 'stderr', attrs: { 'aria-label': 'Standard error' } }, run.stderr) : null);
}

function statusText(run: RunDocument): string {
  const ending = run.signal ? `killed by ${run.signal}` : run.exitCode === null ? '' : `exit code ${run.exitCode}`;
  const measured = [`CPU ${formatMs(run.timeMs)}`, `wall ${formatMs(run.wallMs)}`, `memory ${formatBytes(run.memoryBytes)}`];
  const parts = run.status === 'OK' ? [ending, ...measured] : run.status === 'JE' ? [run.detail] : [run.detail, ending, ...measured];
  return parts.filter(Boolean).join(' · ');
}
