// What the report says about each failure: the signal of a crash, the exit code, CPU
// against wall time for busy and sleeping programs, the memory and output figures.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, judgeJson } from './cli.js';

const problemDir = join(fixturesDir, 'echo-sum');
const solution = (path: string) => join(problemDir, 'solutions', path);
const firstTest = async (path: string) => {
  const { report } = await judgeJson(problemDir, solution(path));
  const test = report.tests[0];
  if (!test) throw new Error(`no tests in the report for ${path}`);
  return test;
};

describe('measurements and details', () => {
  it('a segfault is RE with the signal named', async () => {
    const test = await firstTest('run_time_error/null_write.c');
    expect(test).toMatchObject({ verdict: 'RE', signal: 'SIGSEGV', exitCode: null });
    expect(test.detail).toContain('SIGSEGV');
  });

  it('a non-zero exit is RE with the exit code, even when the output is right', async () => {
    const test = await firstTest('run_time_error/exit_code_3.cpp');
    expect(test).toMatchObject({ verdict: 'RE', exitCode: 3, signal: null });
    expect(test.detail).toBe('exit code 3');
  });

  it('a program refused a file in its read-only folder is RE, and told to use /tmp', async () => {
    const test = await firstTest('run_time_error/write_beside_itself.py');
    expect(test).toMatchObject({ verdict: 'RE', exitCode: 1 });
    expect(test.detail).toBe('exit code 1; files can be written only in /tmp (the working directory is read-only)');
  });

  it('a busy loop is TLE by CPU time, stopped close to the limit', async () => {
    const test = await firstTest('time_limit_exceeded/busy_loop.cpp');
    expect(test.verdict).toBe('TLE');
    expect(test.timeMs).toBeGreaterThanOrEqual(1000);
    expect(test.timeMs).toBeLessThan(1500);
  });

  it('a sleeping program is TLE by wall time with almost no CPU time', async () => {
    const test = await firstTest('time_limit_exceeded/sleep.py');
    expect(test.verdict).toBe('TLE');
    expect(test.wallMs).toBeGreaterThanOrEqual(2000);
    expect(test.wallMs).toBeLessThan(5000);
    expect(test.timeMs).toBeLessThan(500);
    expect(test.detail).toMatch(/wall time/);
  });

  it('a memory hog is MLE, measured or killed at the limit', async () => {
    const test = await firstTest('memory_limit_exceeded/memset_512mib.cpp');
    expect(test.verdict).toBe('MLE');
    expect(test.memoryBytes).toBeGreaterThan(100 * 1024 * 1024);
  });

  it('endless output is OLE and stops quickly', async () => {
    const test = await firstTest('output_limit_exceeded/spam.cpp');
    expect(test.verdict).toBe('OLE');
    expect(test.wallMs).toBeLessThan(1000);
  });

  it('a wrong answer names the first differing token', async () => {
    const test = await firstTest('wrong_answer/minus.cpp');
    expect(test.verdict).toBe('WA');
    expect(test.detail).toMatch(/expected "3", got "-1"/);
  });
});
