import { describe, expect, it } from 'vitest';
import { closeReporters, createReporters, fanOut } from './index.js';
import { JsonReporter } from './json.js';
import { JunitReporter } from './junit.js';
import { PrettyReporter } from './pretty.js';
import type { Spinner } from './spinner.js';
import { captureTerminal } from './testing.js';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';

const noSpinner = () => undefined;

describe('createReporters', () => {
  it('gives the pretty reporter by default', async () => {
    const { terminal } = captureTerminal();
    const reporters = await createReporters({ json: false, terminal });
    expect(reporters).toHaveLength(1);
    expect(reporters[0]).toBeInstanceOf(PrettyReporter);
  });

  it('replaces the pretty reporter in JSON mode, so stdout holds the JSON only', async () => {
    const { terminal, stdout, stderr } = captureTerminal();
    const reporters = await createReporters({ json: true, terminal, junitFile: 'out/junit.xml', spinner: noSpinner });
    expect(reporters.map((r) => r.constructor)).toEqual([JsonReporter, JunitReporter]);
    const emit = fanOut(reporters.slice(0, 1));
    emit({ type: 'judge-start', problem: 'p', language: 'C++17', solution: 's.cpp', testCount: 1, timeLimitMs: 1000, memoryLimitBytes: 1 });
    emit({ type: 'image-build-start', image: 'letscode/cpp', language: 'cpp' });
    emit({ type: 'judge-done', report: makeReport([makeTest({ index: 0 })]) });
    await closeReporters(reporters.slice(0, 1));
    expect(JSON.parse(stdout())).toMatchObject({ verdict: 'AC' });
    expect(stderr()).toBe('');
  });

  it('keeps a progress-only spinner on stderr in JSON mode when stderr is a TTY', async () => {
    const { terminal, stdout } = captureTerminal();
    const calls: string[] = [];
    const spinner: Spinner = { spin: (t) => calls.push(t), succeed: () => {}, fail: () => {}, stop: () => {} };
    const reporters = await createReporters({
      json: true,
      terminal: { ...terminal, spinnerStream: process.stderr },
      spinner: () => spinner,
    });
    expect(reporters.map((r) => r.constructor)).toEqual([JsonReporter, PrettyReporter]);
    const emit = fanOut(reporters);
    emit({ type: 'judge-start', problem: 'p', language: 'C++17', solution: 's.cpp', testCount: 1, timeLimitMs: 1000, memoryLimitBytes: 1 });
    emit({ type: 'compile-start', language: 'C++17' });
    emit({ type: 'judge-done', report: makeReport([makeTest({ index: 0 })]) });
    expect(calls).toEqual(['Compiling s.cpp (C++17)']);
    expect(stdout().split('\n')).toHaveLength(2);
  });
});

describe('closeReporters', () => {
  it('closes every reporter and rethrows the first failure', async () => {
    const closed: string[] = [];
    const ok = { onEvent() {}, close: async () => void closed.push('ok') };
    const bad = { onEvent() {}, close: async () => Promise.reject(new Error('disk full')) };
    await expect(closeReporters([bad, ok])).rejects.toThrow('disk full');
    expect(closed).toEqual(['ok']);
  });
});
