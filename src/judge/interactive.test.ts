import { describe, expect, it } from 'vitest';
import type { RunLimits, RunResult } from '../sandbox/sandbox.js';
import { decideInteractive, type InteractionResult } from './interactive.js';

const limits: RunLimits = { cpuTimeMs: 1000, wallTimeMs: 2000, memoryBytes: 64 << 20, outputBytes: 1 << 20, stderrBytes: 1024, fileSizeBytes: 1 << 20 };

const run = (overrides: Partial<RunResult> = {}): RunResult => ({
  termination: { kind: 'exited', exitCode: 0 },
  killedBy: null,
  cpuTimeMs: 5,
  wallTimeMs: 6,
  memoryPeakBytes: 1 << 20,
  stdout: Buffer.alloc(0),
  stderr: Buffer.alloc(0),
  ...overrides,
});
const exited = (exitCode: number) => run({ termination: { kind: 'exited', exitCode } });

function result(overrides: Partial<InteractionResult>): InteractionResult {
  return { solution: run(), interactor: exited(42), firstToEnd: 'solution', judgeMessage: '', ...overrides };
}

describe('decideInteractive (Kattis precedence)', () => {
  it('AC when the interactor accepts and the solution exits cleanly', () => {
    expect(decideInteractive(result({}), limits).verdict).toBe('AC');
  });

  it('JE when the interactor crashes or exits with anything but 42/43, whatever the solution did', () => {
    expect(decideInteractive(result({ interactor: exited(1), solution: run({ killedBy: 'wall' }) }), limits).verdict).toBe('JE');
    expect(decideInteractive(result({ interactor: run({ termination: { kind: 'signaled', signal: 'SIGSEGV' } }) }), limits)).toMatchObject({
      verdict: 'JE',
      detail: expect.stringContaining('SIGSEGV'),
    });
  });

  it('WA when the interactor rejects first, even if the solution then crashed or ran out of time', () => {
    const killed = run({ killedBy: 'stopped', termination: { kind: 'signaled', signal: 'SIGKILL' } });
    expect(decideInteractive(result({ interactor: exited(43), firstToEnd: 'interactor', solution: killed, judgeMessage: 'guessed 7 times too many' }), limits)).toEqual({
      verdict: 'WA',
      detail: 'guessed 7 times too many',
    });
  });

  it('TLE when the solution never answers (wall limit), even though the interactor then says wrong', () => {
    const deadlocked = run({ killedBy: 'wall', termination: { kind: 'signaled', signal: 'SIGKILL' }, cpuTimeMs: 1 });
    expect(decideInteractive(result({ solution: deadlocked, interactor: exited(43), firstToEnd: 'solution' }), limits).verdict).toBe('TLE');
  });

  it('RE when the solution crashes first', () => {
    const crashed = run({ termination: { kind: 'signaled', signal: 'SIGSEGV' } });
    expect(decideInteractive(result({ solution: crashed, interactor: exited(43), firstToEnd: 'solution' }), limits).verdict).toBe('RE');
  });

  it('WA when the interactor rejects after the solution ended normally', () => {
    expect(decideInteractive(result({ interactor: exited(43), firstToEnd: 'solution' }), limits).verdict).toBe('WA');
  });
});
