import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../judge/judge-json.js';
import { HistoryStore } from './history-store.js';

const root = mkdtempSync(join(tmpdir(), 'letscode-history-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let made = 0;
const freshPath = () => join(root, String(++made), 'history.jsonl');

const report = { verdict: 'AC', problem: 'Sum', language: 'C++17', solution: 'solution.cpp', compile: { ok: true, message: '', timeMs: 1, cached: false }, tests: [], totalMs: 5 } as JsonReport;
const entry = (id: string, problem: string | null = 'sum') => ({ id, problem, problemName: problem ?? 'inline tests', language: 'cpp', code: `// ${id}\n` });

describe('HistoryStore', () => {
  it('keeps submissions and their verdicts across a reopen, newest first, per problem', async () => {
    const path = freshPath();
    const store = await HistoryStore.open(path);
    await store.submitted(entry('a'));
    await store.submitted(entry('b', 'other'));
    await store.submitted(entry('c'));
    await store.finished('a', { status: 'done', result: report });
    await store.finished('b', { status: 'failed', error: 'no main class' });
    expect(store.list({ limit: 10 }).map((e) => [e.id, e.outcome.status])).toEqual([['c', 'pending'], ['b', 'failed'], ['a', 'done']]);
    await store.close();

    const again = await HistoryStore.open(path);
    expect(again.list({ problem: 'sum', limit: 10 }).map((e) => [e.id, e.outcome.status, e.code])).toEqual([['c', 'lost', '// c\n'], ['a', 'done', '// a\n']]);
    expect(again.unfinished().map((e) => e.id)).toEqual(['c']);
    await again.submitted(entry('d'));
    expect(again.unfinished().map((e) => [e.id, e.outcome.status])).toEqual([['c', 'lost'], ['d', 'pending']]);
    await again.finished('d', { status: 'failed', error: 'x' });
    await again.finished('c', { status: 'done', result: report });
    expect(again.unfinished()).toEqual([]);
    await again.close();
  });

  it('a torn last line (a crash mid-write) is skipped, and the next record starts on a line of its own', async () => {
    const path = freshPath();
    const store = await HistoryStore.open(path);
    await store.submitted(entry('whole'));
    await store.close();
    appendFileSync(path, '{"kind":"submitted","id":"torn","at":"2026-');
    const reopened = await HistoryStore.open(path);
    expect(reopened.skippedLines).toBe(1);
    await reopened.submitted(entry('after'));
    await reopened.close();
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines.map((line) => (line.startsWith('{"kind":"submitted","id":"torn"') ? 'torn' : line === '' ? '' : JSON.parse(line).id))).toEqual(['whole', 'torn', 'after', '']);
    const last = await HistoryStore.open(path);
    expect(last.list({ limit: 10 }).map((e) => e.id)).toEqual(['after', 'whole']);
    await last.close();
  });

  it('lines that are not records are skipped, not fatal', async () => {
    const path = freshPath();
    const store = await HistoryStore.open(path);
    await store.close();
    writeFileSync(path, 'not json\n{"kind":"submitted"}\n');
    const reopened = await HistoryStore.open(path);
    expect([reopened.skippedLines, reopened.list({ limit: 5 })]).toEqual([2, []]);
    await reopened.close();
  });

  it('concurrent appends do not interleave', async () => {
    const path = freshPath();
    const store = await HistoryStore.open(path);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.submitted({ ...entry(`s${i}`), code: 'x'.repeat(10_000) })));
    await store.close();
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).id).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `s${i}`).sort());
  });
});
