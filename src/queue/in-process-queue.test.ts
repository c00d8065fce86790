import { describe, expect, it } from 'vitest';
import { SandboxError } from '../errors.js';
import { FakeSandbox, fakeServices, type FakeBox } from '../execution/__fixtures__/fake-sandbox.js';
import { doublingTests, inlineProblem } from '../judge/__fixtures__/fake-problem.js';
import type { JudgeEvent } from '../judge/events.js';
import { findLanguage, languages } from '../languages/registry.js';
import type { TimedProblem } from '../problem/model.js';
import { InProcessQueue } from './in-process-queue.js';
import type { StoredEvent } from './submission-events.js';
import type { NewSubmission, SubmissionView } from './submissions.js';

const python = findLanguage(languages, 'python')!;
const problem = inlineProblem(doublingTests(2));

/** What the program in a box prints: its source says how it behaves ("double", "zero", "flaky N"). */
function behaviour(failures: Map<string, number>) {
  return (spec: { stdin: Buffer }, box: FakeBox) => {
    const source = [...box.files.values()].map((data) => data.toString()).join('');
    const flaky = /flaky (\d+)/.exec(source);
    if (flaky) {
      const failed = failures.get(source) ?? 0;
      if (failed < Number(flaky[1])) {
        failures.set(source, failed + 1);
        throw new SandboxError('the container died');
      }
    }
    const n = Number(spec.stdin.toString());
    return { stdout: Buffer.from(`${source.includes('zero') ? 0 : 2 * n}\n`) };
  };
}

function queue(options: { concurrency?: number; deliver?: (url: string, view: SubmissionView) => Promise<void> } = {}) {
  const sandbox = new FakeSandbox(behaviour(new Map()));
  const services = fakeServices<JudgeEvent>(sandbox);
  const order: string[] = [];
  const queued = new InProcessQueue({
    concurrency: options.concurrency ?? 1,
    runInSlots: async (_weight, job) => job(),
    judge: { services, timed: async (given) => given as TimedProblem },
    workerName: 'test',
    backoffBaseMs: 1,
    deliver: options.deliver,
    notify: () => undefined,
  });
  const submit = async (code: string, extra: Partial<NewSubmission> = {}) => {
    const [ticket] = await queued.submit([{ problem, language: python, solution: { name: `${code}.py`, source: Buffer.from(code) }, priority: 1, testsInParallel: 1, ...extra }]);
    order.push(code);
    return ticket!.id;
  };
  return { queued, submit, sandbox };
}

async function allEvents(queued: InProcessQueue, id: string, after: string | null = null): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const stored of queued.events(id, after, new AbortController().signal)) events.push(stored);
  return events;
}

describe('InProcessQueue', () => {
  it('judges a submission: queued, running, compiled, each test, done; the view has the report', async () => {
    const { queued, submit } = queue();
    const id = await submit('double');
    expect(await queued.outcome(id)).toMatchObject({ kind: 'judged', report: { verdict: 'AC' }, limits: { timeMs: 1000 } });
    const events = await allEvents(queued, id);
    expect(events.map((stored) => stored.event.type)).toEqual(['queued', 'running', 'compiled', 'test', 'test', 'done']);
    expect(events.map((stored) => stored.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(events[1]!.event).toEqual({ type: 'running', attempt: 1, worker: 'test', tests: 2 });
    expect(await queued.view(id)).toMatchObject({ id, status: 'done', result: { verdict: 'AC', tests: [{ verdict: 'AC' }, { verdict: 'AC' }] } });
    expect(await allEvents(queued, id, '4')).toHaveLength(2);
  });

  it('a wrong answer is final on the first try; a judge error is tried again, with a retrying event', async () => {
    const { queued, submit } = queue();
    const wrong = await submit('zero');
    expect(await queued.outcome(wrong)).toMatchObject({ kind: 'judged', report: { verdict: 'WA' } });
    expect((await allEvents(queued, wrong)).filter((stored) => stored.event.type === 'running')).toHaveLength(1);

    const flaky = await submit('flaky 1');
    expect(await queued.outcome(flaky)).toMatchObject({ kind: 'judged', report: { verdict: 'AC' } });
    const types = (await allEvents(queued, flaky)).map((stored) => stored.event.type);
    expect(types).toEqual(['queued', 'running', 'compiled', 'test', 'test', 'retrying', 'running', 'compiled', 'test', 'test', 'done']);
  });

  it('after three judge errors the report says JE; the view is done with it', async () => {
    const { queued, submit } = queue();
    const id = await submit('flaky 99');
    expect(await queued.outcome(id)).toMatchObject({ kind: 'judged', report: { verdict: 'JE' } });
    expect((await allEvents(queued, id)).filter((stored) => stored.event.type === 'running').map((stored) => stored.event)).toEqual([1, 2, 3].map((attempt) => ({ type: 'running', attempt, worker: 'test', tests: 2 })));
  });

  it('a program that cannot be judged as given fails at once with the reason', async () => {
    const { queued } = queue();
    const java = findLanguage(languages, 'java')!;
    const [ticket] = await queued.submit([{ problem, language: java, solution: { name: 'folder', source: { name: 'folder', files: [] } }, priority: 1, testsInParallel: 1 }]);
    const outcome = await queued.outcome(ticket!.id);
    expect(outcome.kind).toBe('refused');
    expect(await queued.view(ticket!.id)).toMatchObject({ status: 'failed', error: expect.any(String) });
  });

  it('runs waiting submissions by priority, then in arrival order', async () => {
    const { queued, submit, sandbox } = queue();
    const first = await submit('double # first');
    await Promise.all([submit('double # low', { priority: 100 }), submit('double # high', { priority: 1 }), submit('double # high too', { priority: 1 })]);
    await queued.outcome(first);
    const ids = await queued.counts();
    expect(ids.waiting + ids.running + ids.done).toBe(4);
    for (;;) {
      const { done } = await queued.counts();
      if (done === 4) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const judgedOrder = sandbox.boxes.filter((box) => box.spec.purpose === 'run').map((box) => [...box.files.values()].map(String).join('')).filter((source, index, all) => all.indexOf(source) === index);
    expect(judgedOrder.map((source) => source.replace('double # ', ''))).toEqual(['first', 'high', 'high too', 'low']);
  });

  it('a known id attaches to its submission; once finished it is judged again only when fresh', async () => {
    const { queued, submit } = queue();
    const id = await submit('double', { id: 'grade-key' });
    expect(await submit('double', { id: 'grade-key' })).toBe(id);
    await queued.outcome(id);
    const [again] = await queued.submit([{ problem, language: python, solution: { name: 'a.py', source: Buffer.from('double') }, priority: 1, testsInParallel: 1, id: 'grade-key' }]);
    expect(again).toEqual({ id, reused: true });
    const [fresh] = await queued.submit([{ problem, language: python, solution: { name: 'a.py', source: Buffer.from('double') }, priority: 1, testsInParallel: 1, id: 'grade-key', fresh: true }]);
    expect(fresh).toEqual({ id, reused: true });
    expect(await queued.view(id)).toMatchObject({ status: expect.stringMatching(/queued|running/) });
    expect(await queued.outcome(id)).toMatchObject({ kind: 'judged' });
  });

  it('POSTs the finished submission to its callback URL, trying again after a failure', async () => {
    const calls: [string, SubmissionView][] = [];
    let delivered!: () => void;
    const done = new Promise<void>((resolve) => (delivered = resolve));
    const deliver = async (url: string, view: SubmissionView) => {
      calls.push([url, view]);
      if (calls.length === 1) throw new Error('connection refused');
      delivered();
    };
    const { queued, submit } = queue({ deliver });
    const id = await submit('double', { callbackUrl: 'http://127.0.0.1:9/hook' });
    await done;
    expect(calls.map(([url, view]) => [url, view.id, view.status])).toEqual([['http://127.0.0.1:9/hook', id, 'done'], ['http://127.0.0.1:9/hook', id, 'done']]);
    expect(await queued.view(id)).toMatchObject({ status: 'done' });
  });
});
