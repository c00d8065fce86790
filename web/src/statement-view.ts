// A problem's statement and samples. Markdown is rendered by markdown-it with raw HTML
// off (a statement's <script> shows as text) and its own link check (no javascript:); an
// HTML statement is shown in an iframe that the server serves under `sandbox` CSP and the
// page sandboxes again; a PDF is linked; LaTeX and anything else is shown as text.

import MarkdownIt from 'markdown-it';
import { formatBytes, formatMs } from '../../src/common/format-units.js';
import { h, replaceChildren } from './dom.js';
import type { ProblemDetail, Sample } from './wire.js';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Relative images and links point into the problem's statement folder on the server.
function withStatementBase(base: string): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const rebase = (url: string) => (/^[a-z][\w+.-]*:|^\/|^#/i.test(url) ? url : `${base}${url}`);
  md.normalizeLink = ((normalize) => (url: string) => normalize(rebase(url)))(markdown.normalizeLink.bind(markdown));
  const defaultLink = md.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    // A statement's links open elsewhere, never in place of the editor.
    tokens[index]!.attrSet('target', '_blank');
    tokens[index]!.attrSet('rel', 'noopener noreferrer');
    return defaultLink(tokens, index, options, env, self);
  };
  return md;
}

export function renderStatement(root: HTMLElement, problem: ProblemDetail): void {
  const limits = [
    problem.limits.timeMs === null ? 'time limit: derived from the accepted submissions' : `time limit ${formatMs(problem.limits.timeMs)}`,
    `memory limit ${formatBytes(problem.limits.memoryBytes)}`,
    `${problem.tests} ${problem.tests === 1 ? 'test' : 'tests'}`,
    ...(problem.interactive ? ['interactive'] : []),
  ];
  replaceChildren(root, h('h2', {}, problem.name), h('p', { class: 'limits' }, limits.join(' · ')), statementBody(problem), samplesOf(problem.samples));
}

function statementBody(problem: ProblemDetail): HTMLElement {
  const { statement } = problem;
  switch (statement.kind) {
    case 'markdown': {
      const body = h('div', { class: 'statement markdown', attrs: { 'data-file': statement.file } });
      const base = `/api/problems/${encodeURIComponent(problem.id)}/statement/`;
      // markdown-it escapes every character of the text and drops raw HTML (html: false).
      body.innerHTML = withStatementBase(base).render(withoutTitle(statement.text, problem.name));
      return body;
    }
    case 'html':
      return h('iframe', {
        class: 'statement html',
        attrs: { src: statement.url, sandbox: '', referrerpolicy: 'no-referrer', title: `Statement of ${problem.name}`, 'data-file': statement.file },
      });
    case 'pdf':
      return h('p', { class: 'statement pdf' }, 'The statement is a PDF: ', h('a', { attrs: { href: statement.url, target: '_blank', rel: 'noopener noreferrer' } }, statement.file), '.');
    case 'text':
      return h('pre', { class: 'statement text', attrs: { 'data-file': statement.file } }, statement.text);
    case 'none':
      return h('p', { class: 'statement none' }, 'This problem has no statement in its folder; its samples are below.');
  }
}

function samplesOf(samples: Sample[]): HTMLElement {
  if (samples.length === 0) return h('p', { class: 'samples none' }, 'No sample tests.');
  return h('section', { class: 'samples', attrs: { 'aria-label': 'Samples' } }, h('h3', {}, 'Samples'), ...samples.map((sample) =>
    h('div', { class: 'sample' },
      h('figure', {}, h('figcaption', {}, `${sample.name}: input`), h('pre', {}, sample.input)),
      h('figure', {}, h('figcaption', {}, `${sample.name}: output`), h('pre', {}, sample.output)),
      sample.truncated ? h('p', { class: 'note' }, 'Cut short here; the whole file is in the problem folder.') : null,
    )));
}

/** A statement that opens with the problem's name as its title: the page shows the name already. */
function withoutTitle(text: string, name: string): string {
  const match = /^\s*#\s+(.+?)\s*#*\s*(\r?\n|$)/.exec(text);
  return match && match[1]!.trim() === name.trim() ? text.slice(match[0].length) : text;
}
