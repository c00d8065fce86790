import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { RunOutcome } from '../run/outcome.js';
import { runResult } from '../execution/__fixtures__/fake-sandbox.js';
import { toRunJson } from '../run/run-json.js';
import { RunReporter, runStatusLine } from './run-report.js';
import { captureTerminal } from './testing.js';

const compile = { ok: true, message: '', wallMs: 3, cached: true };
const ran = (status: RunOutcome['status'], detail: string, overrides: Parameters<typeof runResult>[0] = {}): RunOutcome => ({
  status,
  detail,
  compile,
  run: runResult({ cpuTimeMs: 12, wallTimeMs: 15, memoryPeakBytes: 3 * 1024 * 1024, ...overrides }),
});

function sink() {
  const chunks: Buffer[] = [];
  const stream = new Writable({ write(chunk: Buffer, _encoding, done) { chunks.push(chunk); done(); } });
  return { stream, text: () => Buffer.concat(chunks).toString() };
}

describe('runStatusLine', () => {
  it('says how the program ended, its times and memory, and the limit it hit', () => {
    expect(runStatusLine(ran('OK', ''))).toBe('OK · exit code 0 · CPU 12 ms · wall 15 ms · memory 3.0 MiB');
    expect(runStatusLine(ran('RE', 'exit code 3', { termination: { kind: 'exited', exitCode: 3 } }))).toBe('RE · exit code 3 · CPU 12 ms · wall 15 ms · memory 3.0 MiB');
    expect(runStatusLine(ran('RE', 'killed by SIGSEGV (segmentation fault)', { termination: { kind: 'signaled', signal: 'SIGSEGV' } })))
      .toBe('RE · killed by SIGSEGV (segmentation fault) · CPU 12 ms · wall 15 ms · memory 3.0 MiB');
    expect(runStatusLine(ran('TLE', 'CPU time over the 1.00 s limit', { termination: { kind: 'signaled', signal: 'SIGKILL' } })))
      .toBe('TLE · CPU time over the 1.00 s limit · killed by SIGKILL · CPU 12 ms · wall 15 ms · memory 3.0 MiB');
    expect(runStatusLine({ status: 'CE', detail: 'error: x', compile: { ...compile, ok: false }, run: null })).toBe('CE · compilation failed');
    expect(runStatusLine({ status: 'JE', detail: 'lost the sandbox container', compile, run: null })).toBe('JE · lost the sandbox container');
  });
});

describe('RunReporter', () => {
  it('passes output on byte for byte, then the status line on stderr, on a line of its own', () => {
    const { terminal, stderr, stdout } = captureTerminal();
    const raw = { stdout: sink(), stderr: sink() };
    const reporter = new RunReporter(terminal, { json: false, solution: 'a.cpp', raw: { stdout: raw.stdout.stream, stderr: raw.stderr.stream }, env: {} });
    reporter.live.stdout(Buffer.from('3\n'));
    reporter.live.stderr(Buffer.from('debug: no newline'));
    reporter.finish(ran('OK', ''));
    expect(raw.stdout.text()).toBe('3\n');
    expect(raw.stderr.text()).toBe('debug: no newline');
    expect(stderr()).toBe('\nOK · exit code 0 · CPU 12 ms · wall 15 ms · memory 3.0 MiB\n');
    expect(stdout()).toBe('');
  });

  it('shows the compiler message before the CE line', () => {
    const { terminal, stderr } = captureTerminal();
    const reporter = new RunReporter(terminal, { json: false, solution: 'a.cpp', raw: { stdout: sink().stream, stderr: sink().stream }, env: {} });
    reporter.finish({ status: 'CE', detail: "a.cpp:1:1: error: expected ';'\u001b[31m", compile: { ...compile, ok: false }, run: null });
    expect(stderr()).toBe("a.cpp:1:1: error: expected ';'\nCE · compilation failed\n");
  });

  it('with --json prints exactly one JSON object on stdout and nothing on stderr', () => {
    const { terminal, stderr, stdout } = captureTerminal();
    const reporter = new RunReporter(terminal, { json: true, solution: 'a.cpp', env: {} });
    const outcome = ran('OK', '', { stdout: Buffer.from('3\n'), stderr: Buffer.from('log') });
    reporter.finish(outcome);
    expect(JSON.parse(stdout())).toEqual(toRunJson(outcome));
    expect(stdout().trim().split('\n')).toHaveLength(1);
    expect(stderr()).toBe('');
  });
});

describe('toRunJson', () => {
  it('has exactly the documented fields', () => {
    expect(toRunJson(ran('RE', 'killed by SIGSEGV', { termination: { kind: 'signaled', signal: 'SIGSEGV' }, stdout: Buffer.from('partial') }))).toEqual({
      status: 'RE', stdout: 'partial', stderr: '', exitCode: null, signal: 'SIGSEGV', timeMs: 12, wallMs: 15, memoryBytes: 3 * 1024 * 1024,
      detail: 'killed by SIGSEGV', compile: { ok: true, message: '', timeMs: 3, cached: true },
    });
    expect(toRunJson({ status: 'JE', detail: 'x', compile: null, run: null })).toEqual({
      status: 'JE', stdout: '', stderr: '', exitCode: null, signal: null, timeMs: 0, wallMs: 0, memoryBytes: 0, detail: 'x', compile: null,
    });
  });
});
