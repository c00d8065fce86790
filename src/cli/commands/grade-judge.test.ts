import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cpp, testProblem } from '../../grade/__fixtures__/grade-data.js';
import type { JudgeServices } from '../../judge/events.js';
import { makeReport, makeTest } from '../../judge/__fixtures__/judge-reports.js';
import type { JudgeEvent } from '../../judge/events.js';

const derive = vi.hoisted(() => vi.fn());
const judge = vi.hoisted(() => vi.fn());
vi.mock('../../judge/derive-time-limit.js', () => ({ withKnownTimeLimit: derive }));
vi.mock('../../judge/judge-solution.js', () => ({ judgeSolution: judge }));

const { createGradeJudge } = await import('./grade-judge.js');

describe('createGradeJudge', () => {
  beforeEach(() => {
    derive.mockReset();
    judge.mockReset();
  });

  it('derives a missing time limit once per problem, however many submissions run at once', async () => {
    const loaded = { ...testProblem(), timeLimitSource: { kind: 'derive' as const, acceptedSubmissions: [], acToTimeLimit: 2, resolutionMs: 100 } };
    const derived = { ...testProblem(), limits: { ...testProblem().limits, timeMs: 700 } };
    derive.mockImplementation(async () => ({ problem: derived, derived: { timeLimitMs: 700, slowestAcceptedMs: 300, submissions: 2, cached: false } }));
    judge.mockImplementation(async () => makeReport([makeTest({ index: 0 })]));
    const events: JudgeEvent[] = [];
    const services = { emit: (event: JudgeEvent) => events.push(event) } as unknown as JudgeServices;
    const gradeJudge = createGradeJudge(services, 1);
    const jobs = ['a.cpp', 'b.cpp', 'c.cpp'].map((name) => gradeJudge({ problem: loaded, language: cpp, solution: { name, source: Buffer.from('') } }));
    const judged = await Promise.all(jobs);
    expect(derive).toHaveBeenCalledTimes(1);
    expect(judge.mock.calls.map(([request]) => (request as { problem: unknown }).problem)).toEqual([derived, derived, derived]);
    expect(judged[0]!.limits.timeMs).toBe(700);
    expect(judged[0]!.report.tests).toHaveLength(1);
  });

  it('gives every submission of a problem that cannot be derived the same error', async () => {
    derive.mockRejectedValue(new Error('accepted submission fails'));
    const gradeJudge = createGradeJudge({ emit: () => undefined } as unknown as JudgeServices, 1);
    const problem = testProblem();
    await expect(gradeJudge({ problem, language: cpp, solution: { name: 'a.cpp', source: Buffer.from('') } })).rejects.toThrow('accepted submission fails');
    await expect(gradeJudge({ problem, language: cpp, solution: { name: 'b.cpp', source: Buffer.from('') } })).rejects.toThrow('accepted submission fails');
    expect(derive).toHaveBeenCalledTimes(1);
    expect(judge).not.toHaveBeenCalled();
  });
});
