// The page of `letscode serve`: pick a problem, write code, Run it on a custom input or
// Submit it and watch the verdicts arrive test by test; the history of this page's
// submissions below. Everything here talks to the server's own API.

import './style.css';
import { ApiFailure, getJson, postJson, saveToken } from './api.js';
import { byId, h, replaceChildren } from './dom.js';
import { drafts } from './drafts.js';
import { createEditor } from './editor.js';
import { highlightingFor } from './highlighting.js';
import { renderHistory } from './history-view.js';
import { InlineTests } from './inline-tests.js';
import { catchEverything, clearMessage, showError, showMessage } from './messages.js';
import { renderQueue } from './queue-view.js';
import { renderRun } from './run-view.js';
import { renderStatement } from './statement-view.js';
import { codeProblem, submit } from './submit-flow.js';
import { compileErrorLines } from './compile-lines.js';
import { VerdictView } from './verdict-view.js';
import type { HistoryEntry, LanguageInfo, ProblemDetail, ProblemSummary, QueueInfo, RunDocument } from './wire.js';

interface PageInfo {
  problemsDir: string | null;
  maxBodyBytes: number;
}

const QUEUE_REFRESH_MS = 5000;

const problemSelect = byId<HTMLSelectElement>('problem');
const languageSelect = byId<HTMLSelectElement>('language');
const runButton = byId<HTMLButtonElement>('run');
const submitButton = byId<HTMLButtonElement>('submit');
const customInput = byId<HTMLTextAreaElement>('custom-input');

let page: PageInfo = { problemsDir: null, maxBodyBytes: 10 * 1024 * 1024 };
let languages: LanguageInfo[] = [];
let problems: ProblemSummary[] = [];
let problemId: string | null = null;
let busy: AbortController | null = null;

const editor = createEditor(byId('editor'), {
  onChange: (code) => drafts.save(problemId, { code, language: languageSelect.value }),
  shortcuts: { run: () => void onRun(), submit: () => void onSubmit() },
});
const inlineTests = new InlineTests(byId('inline-tests'));
const verdicts = new VerdictView(byId('verdict'), { onCompileError: (message) => editor.markErrorLines(compileErrorLines(message, currentLanguage()?.extensions ?? [])) });

function currentLanguage(): LanguageInfo | undefined {
  return languages.find((language) => language.id === languageSelect.value);
}

function currentProblem(): ProblemSummary | null {
  return problems.find((problem) => problem.id === problemId) ?? null;
}

async function boot(): Promise<void> {
  catchEverything();
  customInput.value = drafts.input;
  customInput.addEventListener('input', () => (drafts.input = customInput.value));
  problemSelect.addEventListener('change', () => void openProblem(problemSelect.value || null).catch(showError));
  languageSelect.addEventListener('change', () => void pickLanguage(languageSelect.value));
  runButton.addEventListener('click', () => void onRun());
  submitButton.addEventListener('click', () => void onSubmit());
  byId<HTMLInputElement>('history-all').addEventListener('change', () => void refreshHistory());
  byId<HTMLFormElement>('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    saveToken(byId<HTMLInputElement>('token').value.trim());
    byId('token-form').hidden = true;
    clearMessage();
    void load().catch(showError);
  });
  await load();
}

async function load(): Promise<void> {
  [page, { languages }] = await Promise.all([getJson<PageInfo>('/api/page'), getJson<{ languages: LanguageInfo[] }>('/api/languages')]);
  replaceChildren(languageSelect, ...languages.map((language) => h('option', { attrs: { value: language.id } }, language.name)));
  await refreshProblems(drafts.problem);
  void refreshQueue();
}

async function refreshProblems(wanted: string | null): Promise<void> {
  const open = currentProblem();
  ({ problems } = await getJson<{ problems: ProblemSummary[] }>('/api/problems'));
  const none = h('option', { attrs: { value: '' } }, page.problemsDir ? '(no problem: inline tests)' : '(no problem folder given: inline tests)');
  replaceChildren(problemSelect, none, ...problems.map((problem) => h('option', { attrs: { value: problem.id, disabled: problem.error !== undefined, title: problem.error } }, problem.error ? `${problem.name} (does not load)` : problem.name)));
  if (open && !problems.some((problem) => problem.id === open.id)) {
    // The open problem was deleted: it stays open, with its statement and the code, until another is picked.
    problemSelect.append(h('option', { attrs: { value: open.id, disabled: true } }, `${open.name} (no longer in the folder)`));
    problemSelect.value = open.id;
    problems.push({ ...open, error: 'no longer in the folder' });
    return;
  }
  const usable = problems.filter((problem) => !problem.error);
  const first = usable.find((problem) => problem.id === wanted) ?? usable[0] ?? null;
  await openProblem(first?.id ?? null);
}

async function openProblem(id: string | null): Promise<void> {
  problemId = id;
  problemSelect.value = id ?? '';
  if (id !== null) drafts.problem = id;
  const draft = drafts.load(id);
  const language = draft?.language ?? drafts.language ?? (languages.some((l) => l.id === 'cpp') ? 'cpp' : languages[0]?.id ?? '');
  editor.code = draft?.code ?? '';
  await pickLanguage(language, { quiet: true });
  byId('inline-tests').hidden = id !== null;
  const statement = byId('statement');
  if (id === null) replaceChildren(statement, h('h2', {}, 'No problem'), h('p', {}, page.problemsDir ? `Pick a problem of ${page.problemsDir} above, or judge against your own tests:` : 'Start the server with a folder of problems (`letscode serve problems/`) to list them here. Meanwhile: Run with a custom input, or Submit against your own tests:'));
  else {
    replaceChildren(statement, h('p', { class: 'loading' }, 'Loading…'));
    try {
      renderStatement(statement, await getJson<ProblemDetail>(`/api/problems/${encodeURIComponent(id)}`));
    } catch (error) {
      replaceChildren(statement, h('p', { class: 'problem-error' }, error instanceof ApiFailure ? error.message : String(error)));
    }
  }
  await refreshHistory();
}

async function pickLanguage(id: string, options: { quiet?: boolean } = {}): Promise<void> {
  let language = languages.find((known) => known.id === id);
  if (!language) {
    language = languages.find((known) => known.id === 'cpp') ?? languages[0];
    if (id && !options.quiet) showMessage(`This server does not know the language "${id}"; picked ${language?.name ?? 'none'} instead.`);
  }
  if (!language) return;
  languageSelect.value = language.id;
  drafts.language = language.id;
  drafts.save(problemId, { code: editor.code, language: language.id });
  editor.setHighlighting(await highlightingFor(language.extensions));
}

/** Runs `work` with the buttons disabled; a second click while it runs does nothing. */
async function exclusive(label: string, work: (signal: AbortSignal) => Promise<void>): Promise<void> {
  if (busy) return;
  busy = new AbortController();
  runButton.disabled = submitButton.disabled = true;
  byId('busy').textContent = label;
  clearMessage();
  try {
    await work(busy.signal);
  } catch (error) {
    showError(error);
  } finally {
    busy = null;
    runButton.disabled = submitButton.disabled = false;
    byId('busy').textContent = '';
  }
}

function checked(): string | null {
  const problem = codeProblem(editor.code, page.maxBodyBytes) ?? (currentLanguage() ? null : 'Pick a language first.');
  if (problem) showMessage(problem);
  return problem;
}

function onRun(): Promise<void> {
  if (checked()) return Promise.resolve();
  return exclusive('Running…', async (signal) => {
    const { body } = await postJson<RunDocument>('/api/execute', { language: languageSelect.value, code: editor.code, input: customInput.value }, signal);
    renderRun(byId('run-result'), body);
    if (body.status === 'CE') editor.markErrorLines(compileErrorLines(body.detail, currentLanguage()?.extensions ?? []));
  });
}

function onSubmit(): Promise<void> {
  if (checked()) return Promise.resolve();
  const problem = currentProblem();
  if (problem?.error) {
    showMessage(`${problem.name}: ${problem.error}. Pick another problem; your code stays in the editor.`);
    return Promise.resolve();
  }
  if (!problem && inlineTests.tests.length === 0) {
    showMessage('No problem is picked and no test is written: pick a problem, or write a test under "No problem".');
    return Promise.resolve();
  }
  return exclusive('Judging…', async (signal) => {
    byId('run-result').hidden = true;
    try {
      await submit({ code: editor.code, language: languageSelect.value, problem, inlineTests: inlineTests.tests }, verdicts, signal);
    } catch (error) {
      // A problem deleted since the list was read: read the list again.
      if (error instanceof ApiFailure && error.status === 422 && /^problem:/.test(error.message)) void refreshProblems(problemId).catch(() => undefined);
      throw error;
    } finally {
      void refreshHistory();
    }
  });
}

async function refreshHistory(): Promise<void> {
  const all = byId<HTMLInputElement>('history-all').checked;
  const query = all ? '' : `?problem=${encodeURIComponent(problemId ?? '')}`;
  try {
    const { entries } = await getJson<{ entries: HistoryEntry[] }>(`/api/history${query}`);
    renderHistory(byId('history'), entries, { languageName: (id) => languages.find((l) => l.id === id)?.name ?? id, onOpen: (entry) => void reopen(entry) });
  } catch (error) {
    replaceChildren(byId('history'), h('p', { class: 'problem-error' }, error instanceof ApiFailure ? error.message : String(error)));
  }
}

async function reopen(entry: HistoryEntry): Promise<void> {
  if (entry.problem !== problemId) {
    if (entry.problem !== null && !problems.some((problem) => problem.id === entry.problem)) {
      showMessage(`The problem of that submission (${entry.problemName}) is no longer in the folder; its code is in the editor.`, 'info');
    } else await openProblem(entry.problem);
  }
  editor.code = entry.code;
  await pickLanguage(entry.language);
  if (entry.outcome.status === 'done') {
    verdicts.start('');
    verdicts.showReport(entry.outcome.result);
  }
}

async function refreshQueue(): Promise<void> {
  try {
    renderQueue(byId('queue'), await getJson<QueueInfo>('/api/queue'));
  } catch {
    // The queue line is a convenience: the message line speaks for the server being away.
  }
  setTimeout(() => void refreshQueue(), QUEUE_REFRESH_MS);
}

boot().catch((error: unknown) => {
  showError(error);
  replaceChildren(byId('statement'), h('p', { class: 'problem-error' }, 'The page could not load its data; the message above says why. Reload once it is fixed.'));
});
