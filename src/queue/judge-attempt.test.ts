import { describe, expect, it } from 'vitest';
import { DockerError, ProblemFileError, SandboxError, UsageError } from '../errors.js';
import { BundleError } from '../problem/bundle/unpack.js';
import { classifyFailure, lastAttemptOutcome } from './judge-attempt.js';

describe('what an attempt that threw comes to', () => {
  it('the submitter\'s or the problem\'s mistakes are final; Docker, the sandbox and anything else are tried again', () => {
    expect(classifyFailure(new UsageError('no public class with main'))).toEqual({ kind: 'final', outcome: { kind: 'refused', message: 'no public class with main' } });
    expect(classifyFailure(new ProblemFileError('problem.yaml', 'tests', 'missing'))).toMatchObject({ kind: 'final', outcome: { kind: 'failed' } });
    expect(classifyFailure(new BundleError('problem bundle abc is damaged'))).toEqual({ kind: 'final', outcome: { kind: 'failed', message: 'problem bundle abc is damaged' } });
    expect(classifyFailure(new DockerError('Docker is not running'))).toEqual({ kind: 'retry', error: 'Docker: Docker is not running' });
    expect(classifyFailure(new SandboxError('lost the sandbox container'))).toEqual({ kind: 'retry', error: 'lost the sandbox container' });
  });

  it('after the last attempt: a judge error\'s report is the result (JE); without a report, a failure naming the attempts', () => {
    const report = { report: { verdict: 'JE' as const, problem: 'p', language: 'l', solution: 's', compile: { ok: true, message: '', timeMs: 1, cached: false }, tests: [], totalMs: 1 }, limits: { timeMs: 1000, memoryBytes: 1 } };
    expect(lastAttemptOutcome({ kind: 'retry', error: 'judge error', report }, 3)).toEqual({ kind: 'judged', ...report });
    expect(lastAttemptOutcome({ kind: 'retry', error: 'Docker: gone' }, 3)).toEqual({ kind: 'failed', message: 'Docker: gone (3 attempts)' });
  });
});
