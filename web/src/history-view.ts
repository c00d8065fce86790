// The submissions made from this page (kept by the server across restarts): newest first,
// for the problem open or for all, each reopenable into the editor with its verdict.

import { h, replaceChildren } from './dom.js';
import { summary, verdictBadge } from './verdict-view.js';
import type { HistoryEntry } from './wire.js';

export function renderHistory(root: HTMLElement, entries: HistoryEntry[], options: { languageName(id: string): string; onOpen(entry: HistoryEntry): void }): void {
  if (entries.length === 0) {
    replaceChildren(root, h('p', { class: 'empty' }, 'Nothing submitted from this page yet.'));
    return;
  }
  const rows = entries.map((entry) => h('tr', { attrs: { 'data-id': entry.id } },
    h('td', {}, h('time', { attrs: { datetime: entry.at } }, new Date(entry.at).toLocaleString())),
    h('td', {}, entry.problemName),
    h('td', {}, options.languageName(entry.language)),
    h('td', {}, ...outcomeCells(entry)),
    h('td', {}, h('button', { attrs: { type: 'button', 'aria-label': `Open submission of ${new Date(entry.at).toLocaleString()}` }, on: { click: () => options.onOpen(entry) } }, 'Open')),
  ));
  const head = h('tr', {}, ...['when', 'problem', 'language', 'verdict', ''].map((title) => h('th', { attrs: { scope: 'col' } }, title)));
  replaceChildren(root, h('table', { class: 'history', attrs: { 'aria-label': 'History' } }, h('thead', {}, head), h('tbody', {}, ...rows)));
}

function outcomeCells(entry: HistoryEntry): (HTMLElement | string)[] {
  switch (entry.outcome.status) {
    case 'done':
      return [verdictBadge(entry.outcome.result.verdict), ` ${summary(entry.outcome.result)}`];
    case 'failed':
      return [`not judged: ${entry.outcome.error}`];
    case 'pending':
      return ['judging…'];
    case 'lost':
      return ['unknown (the server stopped before the verdict)'];
  }
}
