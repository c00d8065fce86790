import { describe, expect, it } from 'vitest';
import { SandboxError, UsageError } from '../errors.js';
import { FakeSandbox, fakeServices } from '../execution/__fixtures__/fake-sandbox.js';
import { doublingTests, inlineProblem } from '../judge/__fixtures__/fake-problem.js';
import type { JudgeEvent } from '../judge/events.js';
import { findLanguage, languages } from '../languages/registry.js';
import type { TimedProblem } from '../problem/model.js';
import { InProcessQueue } from './in-process-queue.js';
import { createQueueJudge } from './queue-judge.js';

const python = findLanguage(languages, 'python')!;
const problem = inlineProblem(doublingTests(2));

function judgeOver(behaviour: { failRuns?: number } = {}) {
  let runs = 0;
  let failures = behaviour.failRuns ?? 0;
  const sandbox = new FakeSandbox((spec) => {
    runs++;
    if (failures > 0) {
      failures--;
      throw new SandboxError('the container died');
    }
    return { stdout: Buffer.from(`${2 * Number(spec.stdin.toString())}\n`) };
  });
  const queue = new InProcessQueue({ concurrency: 2, runInSlots: (_weight, job) => job(), judge: { services: fakeServices<JudgeEvent>(sandbox), timed: async (given) => given as TimedProblem }, workerName: 'test', backoffBaseMs: 1 });
  const judge = createQueueJudge(queue, { testsInParallel: 1 });
  return { judge, runs: () => runs, setFailures: (count: number) => (failures = count) };
}

const job = (extra: { key?: string; fresh?: boolean } = {}) => ({ problem, language: python, solution: { name: 'a.py', source: Buffer.from('x') }, ...extra });

describe('createQueueJudge (grade --redis)', () => {
  it('answers with the report and the limits it ran under, as the Docker judge does', async () => {
    const { judge } = judgeOver();
    expect(await judge(job())).toMatchObject({ report: { verdict: 'AC', tests: [{ verdict: 'AC' }, { verdict: 'AC' }] }, limits: { timeMs: 1000, memoryBytes: 256 * 1024 * 1024 } });
  });

  it('a program that cannot be judged as given is a UsageError (the grade loop stores it as refused)', async () => {
    const { judge } = judgeOver();
    const java = findLanguage(languages, 'java')!;
    await expect(judge({ ...job(), language: java, solution: { name: 'x', source: { name: 'x', files: [] } } })).rejects.toThrow(UsageError);
  });

  it('a result key names the job: judged once, taken again by a later run, judged afresh when asked', async () => {
    const { judge, runs } = judgeOver();
    await judge(job({ key: 'k1' }));
    const afterFirst = runs();
    await judge(job({ key: 'k1' }));
    expect(runs()).toBe(afterFirst);
    await judge(job({ key: 'k1', fresh: true }));
    expect(runs()).toBe(afterFirst * 2);
  });

  it('an earlier judge error under the same key is judged again, not reused', async () => {
    const { judge, setFailures } = judgeOver({ failRuns: 1000 });
    expect((await judge(job({ key: 'k2' }))).report.verdict).toBe('JE');
    setFailures(0);
    expect((await judge(job({ key: 'k2' }))).report.verdict).toBe('AC');
  });
});
