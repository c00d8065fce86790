import { describe, expect, it } from 'vitest';
import type { RunLimits, RunResult } from '../sandbox/sandbox.js';
import { classify } from './classify.js';

const MiB = 1024 * 1024;
const limits: RunLimits = {
  cpuTimeMs: 1000,
  wallTimeMs: 2000,
  memoryBytes: 64 * MiB,
  outputBytes: MiB,
  stderrBytes: 1024,
  fileSizeBytes: MiB,
};

function run(overrides: Partial<RunResult>): RunResult {
  return {
    termination: { kind: 'exited', exitCode: 0 },
    killedBy: null,
    cpuTimeMs: 10,
    wallTimeMs: 12,
    memoryPeakBytes: 2 * MiB,
    stdout: Buffer.from('6\n'),
    stderr: Buffer.alloc(0),
    ...overrides,
  };
}

const killed = { kind: 'signaled', signal: 'SIGKILL' } as const;

describe('classify', () => {
  it('leaves a clean run to the checker', () => {
    expect(classify(run({}), limits)).toEqual({ kind: 'completed' });
  });

  it.each([
    ['output cap', run({ killedBy: 'output', termination: killed }), 'OLE'],
    ['memory cgroup kill', run({ killedBy: 'oom', termination: killed }), 'MLE'],
    ['peak over the limit without a kill', run({ memoryPeakBytes: 65 * MiB }), 'MLE'],
    ['CPU limit kill', run({ killedBy: 'cpu', termination: killed, cpuTimeMs: 1010 }), 'TLE'],
    ['CPU over the limit at exit', run({ cpuTimeMs: 1001 }), 'TLE'],
    ['RLIMIT_CPU backstop', run({ termination: { kind: 'signaled', signal: 'SIGXCPU' } }), 'TLE'],
    ['wall limit kill of a sleeper', run({ killedBy: 'wall', termination: killed, cpuTimeMs: 3 }), 'TLE'],
    ['segfault', run({ termination: { kind: 'signaled', signal: 'SIGSEGV' } }), 'RE'],
    ['non-zero exit', run({ termination: { kind: 'exited', exitCode: 3 } }), 'RE'],
  ])('%s -> %s', (_name, result, verdict) => {
    expect(classify(result, limits)).toMatchObject({ kind: 'failed', verdict });
  });

  it('puts output before memory before time', () => {
    const everything = run({ killedBy: 'output', memoryPeakBytes: 100 * MiB, cpuTimeMs: 5000, termination: killed });
    expect(classify(everything, limits)).toMatchObject({ verdict: 'OLE' });
    expect(classify({ ...everything, killedBy: 'oom' }, limits)).toMatchObject({ verdict: 'MLE' });
  });

  it('output only cut (DOMjudge\'s truncation) is OLE after time and crashes, as DOMjudge orders them', () => {
    const flooded = { stdoutBytes: 3 * MiB, stdout: Buffer.alloc(MiB) };
    expect(classify(run(flooded), limits)).toMatchObject({ verdict: 'OLE', detail: 'printed 3.0 MiB, more than 1.0 MiB (cut there)' });
    expect(classify(run({ ...flooded, killedBy: 'cpu', termination: killed, cpuTimeMs: 1010 }), limits)).toMatchObject({ verdict: 'TLE' });
    expect(classify(run({ ...flooded, termination: { kind: 'exited', exitCode: 1 } }), limits)).toMatchObject({ verdict: 'RE' });
    expect(classify(run({ stdoutBytes: MiB }), limits)).toEqual({ kind: 'completed' });
  });

  it('says where files can be written when a run died refused one', () => {
    const refused = run({ termination: { kind: 'exited', exitCode: 1 }, stderr: Buffer.from("PermissionError: [Errno 13] Permission denied: 'out.txt'") });
    expect(classify(refused, limits)).toMatchObject({ verdict: 'RE', detail: 'exit code 1; files can be written only in /tmp (the working directory is read-only)' });
    const sqlite = run({ termination: { kind: 'exited', exitCode: 1 }, stderr: Buffer.from('sqlite3.OperationalError: unable to open database file') });
    expect(classify(sqlite, limits)).toMatchObject({ detail: expect.stringMatching(/files can be written only in \/tmp/) });
    expect(classify(run({ termination: { kind: 'exited', exitCode: 1 }, stderr: Buffer.from('IndexError') }), limits)).toMatchObject({ detail: 'exit code 1' });
  });

  it('names the signal and what it usually means', () => {
    const result = classify(run({ termination: { kind: 'signaled', signal: 'SIGFPE' } }), limits);
    expect(result).toMatchObject({ detail: expect.stringMatching(/SIGFPE \(arithmetic error/) });
  });

  it('says the exit code', () => {
    expect(classify(run({ termination: { kind: 'exited', exitCode: 42 } }), limits)).toMatchObject({ detail: 'exit code 42' });
  });

  it('turns a runtime out-of-memory error into MLE, only when the run failed', () => {
    const oom = run({ termination: { kind: 'exited', exitCode: 1 }, stderr: Buffer.from('Exception in thread "main" java.lang.OutOfMemoryError: Java heap space') });
    expect(classify(oom, limits, ['java.lang.OutOfMemoryError'])).toMatchObject({ verdict: 'MLE' });
    expect(classify(oom, limits, [])).toMatchObject({ verdict: 'RE' });
    const printedOnly = run({ stderr: Buffer.from('java.lang.OutOfMemoryError') });
    expect(classify(printedOnly, limits, ['java.lang.OutOfMemoryError'])).toEqual({ kind: 'completed' });
  });
});
