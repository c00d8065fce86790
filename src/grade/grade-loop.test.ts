import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DockerError, UsageError } from '../errors.js';
import { gradeProblem, jsonReport, programItem } from './__fixtures__/grade-data.js';
import type { GradeEvent } from './events.js';
import { runGradeLoop } from './grade-loop.js';
import type { JudgeFunction, JudgeJob } from './judge-function.js';
import type { GradeItem, ProgramItem } from './model.js';
import { ResultsStore } from './store.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function freshStore(): Promise<{ dir: string; store: ResultsStore }> {
  const dir = await mkdtemp(join(tmpdir(), 'letscode-loop-'));
  dirs.push(dir);
  return { dir, store: await ResultsStore.load(dir) };
}

const items: GradeItem[] = [
  programItem('alice', { key: '1'.repeat(64) }),
  programItem('bob', { key: '2'.repeat(64) }),
  programItem('carol', { key: '3'.repeat(64) }),
  { kind: 'rejected', student: 'dave', problemId: 'sum', path: 'dave.txt', verdict: 'UNKNOWN_LANGUAGE', detail: 'unknown' },
];
const problems = new Map([['sum', gradeProblem()]]);

/** A judge that records who it judged and answers `verdictFor(name)`. */
function fakeJudge(verdictFor: (name: string) => 'AC' | 'WA' | 'JE' | Error = () => 'AC'): { judge: JudgeFunction; judged: string[] } {
  const judged: string[] = [];
  const judge: JudgeFunction = async (job: JudgeJob) => {
    judged.push(job.solution.name);
    const verdict = verdictFor(job.solution.name);
    if (verdict instanceof Error) throw verdict;
    return { report: jsonReport([verdict, 'AC', 'AC']), limits: { timeMs: 1000, memoryBytes: 1 } };
  };
  return { judge, judged };
}

async function run(store: ResultsStore, judge: JudgeFunction, rejudge: (item: ProgramItem) => boolean = () => false) {
  const events: GradeEvent[] = [];
  const result = await runGradeLoop({ items, problems, store, judge, concurrency: 2, rejudge, emit: (event) => events.push(event), letscodeVersion: '0.1.0' });
  return { result, events };
}

describe('runGradeLoop', () => {
  it('judges every program once, never the rejected ones, and stores each before announcing it', async () => {
    const { store } = await freshStore();
    const { judge, judged } = fakeJudge();
    const { result, events } = await run(store, judge);
    expect(judged.sort()).toEqual(['alice.cpp', 'bob.cpp', 'carol.cpp']);
    expect(result).toEqual({ judged: 3, skipped: 0, stoppedBy: undefined });
    expect(events[0]).toMatchObject({ type: 'grade-start', submissions: 4, toJudge: 3, skipped: 0, notJudgeable: 1 });
    for (const event of events) if (event.type === 'submission-done') expect(store.get(event.result.key)).toBe(event.result);
  });

  it('skips what a previous run stored (keyed by content), judging only the rest', async () => {
    const { dir, store } = await freshStore();
    await store.append({ key: '1'.repeat(64), student: 'alice', problem: 'sum', path: 'alice.cpp', language: 'cpp', letscodeVersion: '0.1.0', gradedAt: 'x', outcome: { kind: 'judged', report: jsonReport(['AC', 'AC', 'AC']), limits: { timeMs: 1, memoryBytes: 1 }, testCount: 3 } });
    await store.close();
    const { judge, judged } = fakeJudge();
    const { result } = await run(await ResultsStore.load(dir), judge);
    expect(judged.sort()).toEqual(['bob.cpp', 'carol.cpp']);
    expect(result.skipped).toBe(1);
  });

  it('judges stored ones again when --force or --regrade asks', async () => {
    const { store } = await freshStore();
    await run(store, fakeJudge().judge);
    const forced = fakeJudge();
    await run(store, forced.judge, () => true);
    expect(forced.judged).toHaveLength(3);
    const regraded = fakeJudge();
    await run(store, regraded.judge, (item) => item.student === 'bob');
    expect(regraded.judged).toEqual(['bob.cpp']);
  });

  it('retries judge errors on the next run, but keeps refused programs', async () => {
    const { store } = await freshStore();
    const first = fakeJudge((name) => (name === 'alice.cpp' ? new Error('sandbox broke') : name === 'bob.cpp' ? 'JE' : new UsageError('no main class')));
    const { result } = await run(store, first.judge);
    expect(result.judged).toBe(3);
    expect(store.get('1'.repeat(64))?.outcome).toEqual({ kind: 'judge-failed', message: 'sandbox broke' });
    expect(store.get('3'.repeat(64))?.outcome).toEqual({ kind: 'refused', message: 'no main class' });
    const second = fakeJudge();
    await run(store, second.judge);
    expect(second.judged.sort()).toEqual(['alice.cpp', 'bob.cpp']);
  });

  it('stops taking submissions after a Docker failure; what finished stays stored', async () => {
    const { store } = await freshStore();
    const failing = fakeJudge((name) => (name === 'alice.cpp' ? 'AC' : new DockerError('docker is gone')));
    const events: GradeEvent[] = [];
    const result = await runGradeLoop({ items, problems, store, judge: failing.judge, concurrency: 1, rejudge: () => false, emit: (event) => events.push(event), letscodeVersion: '0.1.0' });
    expect(result.stoppedBy).toBeInstanceOf(DockerError);
    expect(failing.judged).toEqual(['alice.cpp', 'bob.cpp']);
    expect(store.size).toBe(1);
    expect(events.map((event) => event.type)).toContain('grade-stopped');
  });
});
