// The judge's orchestration without Docker: compile failure, judge errors from a dying
// box, verdict precedence across tests, box cleanup on every path.

import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { DockerError, SandboxError } from '../errors.js';
import { FakeSandbox } from '../execution/__fixtures__/fake-sandbox.js';
import { languages, resolveLanguage } from '../languages/registry.js';
import { doubling, doublingTests, inlineProblem, recordingServices } from './__fixtures__/fake-problem.js';
import { judgeSolution, type JudgeRequest } from './judge-solution.js';

const cpp = resolveLanguage(languages, 'cpp');

function request(overrides: Partial<JudgeRequest> = {}): JudgeRequest {
  return { problem: inlineProblem(doublingTests(4)), language: cpp, solution: { name: 'double.cpp', source: Buffer.from('int main(){}') }, jobs: 2, ...overrides };
}

describe('judgeSolution', () => {
  it('runs every test on min(jobs, tests) boxes, reports them in test order and removes every box', async () => {
    const sandbox = new FakeSandbox(doubling);
    const { services, events } = recordingServices(sandbox);
    const report = await judgeSolution(request(), services);
    expect(report.verdict).toBe('AC');
    expect(report.tests.map((test) => [test.name, test.verdict])).toEqual([['t1', 'AC'], ['t2', 'AC'], ['t3', 'AC'], ['t4', 'AC']]);
    // Two jobs, each on a core of its own: never more boxes than cores.
    expect(sandbox.runBoxes).toHaveLength(Math.min(2, availableParallelism()));
    expect(sandbox.runBoxes.every((box) => box.spec.pinCpu)).toBe(true);
    expect(sandbox.boxes.every((box) => box.disposed)).toBe(true);
    expect(events.map((event) => event.type).filter((type) => !type.startsWith('test'))).toEqual(['judge-start', 'compile-start', 'compile-done', 'judge-done']);
  });

  it('gives the first tests one box each before queueing any behind another', async () => {
    const sandbox = new FakeSandbox(doubling);
    await judgeSolution(request({ problem: inlineProblem(doublingTests(2)) }), recordingServices(sandbox).services);
    const boxes = Math.min(2, availableParallelism());
    expect(sandbox.runBoxes.map((box) => box.runs.length)).toEqual(Array(boxes).fill(2 / boxes));
  });

  it('a compile error is CE with the compiler message: no test runs, no box is left', async () => {
    const sandbox = new FakeSandbox(doubling, () => ({ termination: { kind: 'exited', exitCode: 1 }, stderr: Buffer.from('double.cpp:1: error: expected ;') }));
    const { services } = recordingServices(sandbox);
    const report = await judgeSolution(request(), services);
    expect(report.verdict).toBe('CE');
    expect(report.compile).toMatchObject({ ok: false, message: 'double.cpp:1: error: expected ;' });
    expect(report.tests).toEqual([]);
    expect(sandbox.runBoxes.every((box) => box.runs.length === 0 && box.disposed)).toBe(true);
  });

  it('the first failing test in test order decides, whichever finished first', async () => {
    // t2 is wrong and t3 runs out of time; t3 may well finish first on another box.
    const sandbox = new FakeSandbox((spec, box) => {
      const n = Number(spec.stdin.toString());
      if (n === 2) return { stdout: Buffer.from('5\n') };
      if (n === 3) return { killedBy: 'cpu', cpuTimeMs: 1010, termination: { kind: 'signaled', signal: 'SIGKILL' } };
      return doubling(spec, box);
    });
    const report = await judgeSolution(request(), recordingServices(sandbox).services);
    expect(report.tests.map((test) => test.verdict)).toEqual(['AC', 'WA', 'TLE', 'AC']);
    expect(report.verdict).toBe('WA');
    expect(report.tests[1]).toMatchObject({ expectedOutput: '4\n', actualOutput: '5\n' });
  });

  it('a box that dies is a judge error on its test, never the solution\'s fault, and outranks every other verdict', async () => {
    const sandbox = new FakeSandbox((spec, box) => {
      const n = Number(spec.stdin.toString());
      if (n === 1) return { stdout: Buffer.from('0\n') };
      if (n === 4) throw new SandboxError('the sandbox container stopped unexpectedly');
      return doubling(spec, box);
    });
    const report = await judgeSolution(request(), recordingServices(sandbox).services);
    expect(report.tests.map((test) => test.verdict)).toEqual(['WA', 'AC', 'AC', 'JE']);
    expect(report.tests[3]).toMatchObject({ detail: 'the sandbox container stopped unexpectedly', cpuMs: 0 });
    expect(report.verdict).toBe('JE');
    expect(sandbox.boxes.every((box) => box.disposed)).toBe(true);
  });

  it('a box that cannot start fails the whole run, and the boxes that did start are removed', async () => {
    const sandbox = new FakeSandbox(doubling);
    let opened = 0;
    const openBox = sandbox.openBox.bind(sandbox);
    sandbox.openBox = async (spec) => {
      if (spec.purpose === 'run' && ++opened === 2) throw new DockerError('cannot start a container: no space left on device');
      return openBox(spec);
    };
    await expect(judgeSolution(request(), recordingServices(sandbox).services)).rejects.toThrow(/no space left/);
    expect(sandbox.boxes.every((box) => box.disposed)).toBe(true);
  });

  it('runs each test under the problem\'s limits and a box sized for its largest input', async () => {
    const sandbox = new FakeSandbox(doubling);
    const problem = inlineProblem(doublingTests(1));
    await judgeSolution(request({ problem }), recordingServices(sandbox).services);
    const [box] = sandbox.runBoxes;
    expect(box?.runs[0]?.limits).toMatchObject({ cpuTimeMs: 1000, wallTimeMs: 2000, memoryBytes: problem.limits.memoryBytes });
    expect(box?.spec.memoryBytes).toBeGreaterThan(problem.limits.memoryBytes);
  });
});
