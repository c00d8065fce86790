import { describe, expect, it } from 'vitest';
import type { RunResult } from '../sandbox/sandbox.js';
import { checkInputRun, reason } from './input-verdict.js';

function run(overrides: Partial<Omit<RunResult, 'stdout' | 'stderr'>> & { stdout?: string; stderr?: string } = {}): RunResult {
  const { stdout = '', stderr = '', ...rest } = overrides;
  return {
    termination: { kind: 'exited', exitCode: 42 },
    killedBy: null,
    cpuTimeMs: 5,
    wallTimeMs: 6,
    memoryPeakBytes: 1 << 20,
    ...rest,
    stdout: Buffer.from(stdout),
    stderr: Buffer.from(stderr),
  };
}

describe('what an input validator run says', () => {
  it('exit 42 is valid, whatever it printed', () => {
    expect(checkInputRun(run({ stdout: 'looks fine\n' }))).toEqual({ result: 'valid', message: '' });
  });

  it('exit 43 is invalid, in the validator’s own words', () => {
    expect(checkInputRun(run({ termination: { kind: 'exited', exitCode: 43 }, stdout: 'line 2: expected a newline\n' }))).toEqual({
      result: 'invalid',
      message: 'line 2: expected a newline',
    });
    expect(checkInputRun(run({ termination: { kind: 'exited', exitCode: 43 } }))).toEqual({ result: 'invalid', message: 'exit code 43' });
  });

  it('any other exit code is invalid too; 0 gets a hint, a Python traceback its last line', () => {
    expect(checkInputRun(run({ termination: { kind: 'exited', exitCode: 0 } }))).toEqual({ result: 'invalid', message: 'exit code 0 (a valid input needs exit code 42)' });
    const traceback = 'Traceback (most recent call last):\n  File "v.py", line 3, in <module>\n    assert n <= 100\nAssertionError: n too big\n';
    expect(checkInputRun(run({ termination: { kind: 'exited', exitCode: 1 }, stderr: traceback }))).toEqual({ result: 'invalid', message: 'exit code 1: AssertionError: n too big' });
  });

  it('a signal or a limit is a crash of the validator, not a verdict on the input', () => {
    expect(checkInputRun(run({ termination: { kind: 'signaled', signal: 'SIGSEGV' } }))).toEqual({ result: 'crash', message: 'killed by SIGSEGV' });
    expect(checkInputRun(run({ termination: { kind: 'signaled', signal: 'SIGABRT' } })).message).toMatch(/^killed by SIGABRT \(a failed assert\?/);
    expect(checkInputRun(run({ termination: { kind: 'signaled', signal: 'SIGKILL' }, killedBy: 'cpu' }))).toEqual({ result: 'crash', message: 'stopped by the CPU time limit' });
    expect(checkInputRun(run({ killedBy: 'oom' }))).toEqual({ result: 'crash', message: 'stopped by the memory limit' });
  });
});

describe('reason: one line of a validator’s output', () => {
  it('joins lines and cuts long text', () => {
    expect(reason('first\n\n  second  \n')).toBe('first | second');
    expect(reason('x'.repeat(500))).toHaveLength(200);
  });
});
