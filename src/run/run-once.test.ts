import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SandboxError } from '../errors.js';
import { resolveLanguage, languages } from '../languages/registry.js';
import { FakeSandbox, fakeServices } from '../execution/__fixtures__/fake-sandbox.js';
import type { BoxSource } from '../execution/box-source.js';
import { runProblemLimits } from './run-limits.js';
import { runOnce } from './run-once.js';

const python = resolveLanguage(languages, 'python');
const cpp = resolveLanguage(languages, 'cpp');
const limits = runProblemLimits({ timeMs: 1000 });

/** Echoes stdin to stdout, like `cat`. */
const cat = new FakeSandbox((spec) => ({ stdout: spec.stdin, stderr: Buffer.from('log\n') }));

describe('runOnce', () => {
  it('runs the program on the whole input and collects its output', async () => {
    const sandbox = new FakeSandbox((spec) => ({ stdout: spec.stdin }));
    const outcome = await runOnce({ language: python, source: Buffer.from('print(input())'), limits, input: { kind: 'bytes', data: Buffer.from('hi\n') } }, fakeServices(sandbox));
    expect(outcome.status).toBe('OK');
    expect(outcome.run?.stdout.toString()).toBe('hi\n');
    const [box] = sandbox.runBoxes;
    expect(box?.files.get('/box/solution.py')?.toString()).toBe('print(input())');
    expect(box?.runs[0]?.limits).toMatchObject({ cpuTimeMs: 1000, wallTimeMs: 2000, memoryBytes: 256 * 1024 * 1024, stderrBytes: 1024 * 1024 });
    expect(box?.disposed).toBe(true);
  });

  it('feeds a stream as it arrives and passes output on live', async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const live = { stdout: (chunk: Buffer) => stdout.push(chunk.toString()), stderr: (chunk: Buffer) => stderr.push(chunk.toString()) };
    const stream = Readable.from([Buffer.from('1 2\n'), Buffer.from('3 4\n')]);
    const outcome = await runOnce({ language: python, source: Buffer.from('x'), limits, input: { kind: 'stream', stream }, live }, fakeServices(cat));
    expect(outcome.status).toBe('OK');
    expect(stdout.join('')).toBe('1 2\n3 4\n');
    expect(stderr.join('')).toBe('log\n');
  });

  it('collects a streamed input\'s output when nothing is live', async () => {
    const outcome = await runOnce({ language: python, source: Buffer.from('x'), limits, input: { kind: 'stream', stream: Readable.from([Buffer.from('abc')]) } }, fakeServices(cat));
    expect(outcome.run?.stdout.toString()).toBe('abc');
  });

  it('classifies the run with the judge\'s rules', async () => {
    const cases = [
      [{ killedBy: 'cpu' as const, cpuTimeMs: 1010 }, 'TLE', /CPU time over/],
      [{ killedBy: 'wall' as const }, 'TLE', /wall time/],
      [{ killedBy: 'oom' as const }, 'MLE', /memory limit/],
      [{ killedBy: 'output' as const }, 'OLE', /printed more than/],
      [{ termination: { kind: 'signaled' as const, signal: 'SIGSEGV' } }, 'RE', /SIGSEGV \(segmentation fault/],
      [{ termination: { kind: 'exited' as const, exitCode: 3 } }, 'RE', /^exit code 3$/],
    ] as const;
    for (const [result, status, detail] of cases) {
      const outcome = await runOnce({ language: python, source: Buffer.from('x'), limits, input: { kind: 'bytes', data: Buffer.alloc(0) } }, fakeServices(new FakeSandbox(() => result)));
      expect([outcome.status, outcome.detail]).toEqual([status, expect.stringMatching(detail)]);
    }
  });

  it('a compile error is CE with the compiler\'s message, and nothing runs', async () => {
    const sandbox = new FakeSandbox(() => ({}), () => ({ termination: { kind: 'exited', exitCode: 1 }, stderr: Buffer.from("sol.cpp:1: error: expected ';'") }));
    const outcome = await runOnce({ language: cpp, source: Buffer.from('int main(){'), limits, input: { kind: 'bytes', data: Buffer.alloc(0) } }, fakeServices(sandbox));
    expect(outcome.status).toBe('CE');
    expect(outcome.detail).toMatch(/expected ';'/);
    expect(outcome.run).toBeNull();
    expect(sandbox.boxes.every((box) => box.disposed)).toBe(true);
    expect(sandbox.boxes.flatMap((box) => box.runs).map((run) => run.argv[0])).toEqual(['g++']);
  });

  it('a sandbox failure is JE, never the program\'s fault', async () => {
    const sandbox = new FakeSandbox(() => {
      throw new SandboxError('the sandbox container stopped unexpectedly');
    });
    const outcome = await runOnce({ language: python, source: Buffer.from('x'), limits, input: { kind: 'bytes', data: Buffer.alloc(0) } }, fakeServices(sandbox));
    expect([outcome.status, outcome.detail]).toEqual(['JE', 'the sandbox container stopped unexpectedly']);
  });

  it('reuses a box kept from an earlier run of the same program: no compile, no install', async () => {
    const sandbox = new FakeSandbox((spec) => ({ stdout: spec.stdin }));
    const kept: Parameters<NonNullable<BoxSource['keep']>>[] = [];
    const source: BoxSource = {
      openBox: (spec) => sandbox.openBox(spec),
      takeInstalled: async (spec, key) => {
        const match = kept.find((entry) => entry[2] === key);
        return match && { box: match[0], compile: match[3] };
      },
      keep: (...args) => void kept.push(args),
    };
    const request = (input: string) => ({ language: python, source: Buffer.from('x'), limits, input: { kind: 'bytes' as const, data: Buffer.from(input) } });
    const first = await runOnce(request('one'), { ...fakeServices(sandbox), boxes: source });
    const boxCount = sandbox.boxes.length;
    const second = await runOnce(request('two'), { ...fakeServices(sandbox), boxes: source });
    expect([first.run?.stdout.toString(), second.run?.stdout.toString()]).toEqual(['one', 'two']);
    expect(sandbox.boxes.length).toBe(boxCount);
    expect(second.compile).toMatchObject({ ok: true, cached: true, wallMs: 0 });
    const other = await runOnce({ ...request('three'), source: Buffer.from('y') }, { ...fakeServices(sandbox), boxes: source });
    expect(other.run?.stdout.toString()).toBe('three');
    expect(sandbox.boxes.length).toBeGreaterThan(boxCount);
  });

  it('never keeps a box whose run failed in the sandbox', async () => {
    const sandbox = new FakeSandbox(() => {
      throw new SandboxError('lost the sandbox container');
    });
    let kept = 0;
    // The compile box (its compile went fine) may be kept; the run box may not.
    const source: BoxSource = { openBox: (spec) => sandbox.openBox(spec), keep: (_box, spec) => void (kept += spec.purpose === 'run' ? 1 : 0) };
    const outcome = await runOnce({ language: python, source: Buffer.from('x'), limits, input: { kind: 'bytes', data: Buffer.alloc(0) } }, { ...fakeServices(sandbox), boxes: source });
    expect([outcome.status, kept, sandbox.runBoxes[0]?.disposed]).toEqual(['JE', 0, true]);
  });

  it('boxes for inputs of about the same size are of one kind (spare boxes can be reused)', async () => {
    const sandbox = new FakeSandbox();
    for (const size of [10, 1000, 100_000]) {
      await runOnce({ language: python, source: Buffer.from('x'), limits, input: { kind: 'bytes', data: Buffer.alloc(size) } }, fakeServices(sandbox));
    }
    expect(new Set(sandbox.runBoxes.map((box) => box.spec.memoryBytes)).size).toBe(1);
  });
});
