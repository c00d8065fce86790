import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { TestResult } from '../judge/judge-report.js';
import type { StressReport } from '../stress/outcome.js';
import { inputLines, outcomeLines, summaryLine } from './stress-text.js';

const chalk = new Chalk({ level: 0 });
const wrong: TestResult = {
  index: 0, name: 'seed 7', sample: false, verdict: 'WA', detail: 'token 1: expected "1", got "2"',
  cpuMs: 1, wallMs: 1, memoryBytes: 1, exitCode: 0, signal: null, stderr: '', expectedOutput: '1\n', actualOutput: '2\n',
};
const report = (outcome: StressReport['outcome'], iterations = 3): StressReport => ({ outcome, saved: null, iterations, firstSeed: 5, elapsedMs: 1500 });

describe('inputLines', () => {
  it('shows a small input whole and the start of a big one, control characters made visible', () => {
    expect(inputLines('Input', '2\n5\x015\n', chalk)).toEqual(['Input (2 lines, 6 B):', '  2', '  5\\x015']);
    const big = inputLines('Input', `${Array.from({ length: 30 }, (_, i) => i).join('\n')}\n`, chalk, 3);
    expect(big).toEqual(['Input (30 lines, 80 B):', '  0', '  1', '  2', '  ... 27 more lines']);
    expect(inputLines('Input', '', chalk)).toEqual(['Input (0 lines, 0 B):', '  (empty)']);
  });
});

describe('outcomeLines', () => {
  it('shows the seed, the input and the diff of a failing solution', () => {
    expect(outcomeLines({ kind: 'solution-failed', seed: 7, input: '2\n5\n5\n', expected: '1\n', result: wrong, shrunk: null }, chalk)).toEqual([
      'Seed 7, input (3 lines, 6 B):', '  2', '  5', '  5', '',
      'WA  token 1: expected "1", got "2"', '  - expected   + actual', '  - 1 | 1', '  + 1 | 2',
    ]);
  });

  it('shows the shrunk input with how it was shrunk', () => {
    const lines = outcomeLines({ kind: 'solution-failed', seed: 7, input: '3\n5\n1\n5\n', expected: '2\n', result: wrong, shrunk: { input: '2\n5\n5\n', result: wrong, expected: '1\n', tried: 12, validated: false, note: null } }, chalk);
    expect(lines).toContain('Shrunk in 12 candidates (unvalidated: no input validator, only edits that keep the first line’s counts right)');
    expect(lines).toContain('Smallest failing input (3 lines, 6 B):');
  });

  it('says whose failure it was when it is not the solution’s', () => {
    expect(outcomeLines({ kind: 'program-failed', role: 'brute force', seed: 9, input: '1\n', verdict: 'RE', detail: 'exit code 1', stderr: 'boom\n' }, chalk)).toEqual([
      'The brute force failed on seed 9  RE  exit code 1', 'Input (1 line, 2 B):', '  1', 'stderr:', '  boom',
    ]);
    expect(outcomeLines({ kind: 'nondeterministic', seed: 9, first: '1\n', second: '2\n' }, chalk)[0]).toBe('The generator printed two different inputs for seed 9');
  });
});

describe('summaryLine', () => {
  it('names the outcome, the seeds and the pace', () => {
    expect(summaryLine(report({ kind: 'passed' }), chalk)).toBe('OK  no difference in 3 iterations (seeds 5..7) · 1.50 s · 2/s');
    expect(summaryLine(report({ kind: 'passed' }, 1), chalk)).toBe('OK  no difference in 1 iteration (seed 5) · 1.50 s · 1/s');
    expect(summaryLine(report({ kind: 'solution-failed', seed: 6, input: '', expected: '', result: wrong, shrunk: null }), chalk)).toBe('FAILED  WA on seed 6 · 3 iterations · 1.50 s · run again with --seed 6');
    expect(summaryLine(report({ kind: 'compile-error', role: 'generator', message: 'x' }), chalk)).toBe('CE  the generator does not compile');
  });
});
