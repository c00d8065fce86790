// runStress on a fake sandbox: the three programs are told apart by the source installed
// in their box, and answer as small functions of their argv and stdin. This checks the
// loop's bookkeeping (seeds, --count, the first failure), the checks of a failure
// (determinism) and whose failure is whose, without Docker.

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { FakeSandbox, fakeServices, type FakeBox } from '../execution/__fixtures__/fake-sandbox.js';
import { findLanguage, languages } from '../languages/registry.js';
import { testsOnlyProblem } from '../problem/model.js';
import type { RunResult, RunSpec } from '../sandbox/sandbox.js';
import type { StressEvent } from './events.js';
import { runStress, type StressRequest } from './stress.js';

type Program = (argv: readonly string[], stdin: string) => Partial<RunResult> | string;

const python = findLanguage(languages, 'python')!;
const program = (name: string) => ({ name, language: python, source: Buffer.from(`# ${name}\n`) });

type Name = 'gen' | 'brute' | 'sol' | 'validate';

/** Dispatches each run to the program whose source sits in the box. */
function sandboxFor(programs: Partial<Record<Name, Program>>): FakeSandbox {
  return new FakeSandbox((spec: RunSpec, box: FakeBox) => {
    const source = [...box.files.values()].map((data) => data.toString()).join('');
    const which = (['gen', 'brute', 'sol', 'validate'] as const).find((name) => source.includes(`# ${name}.py`))!;
    const answer = programs[which]!(spec.argv.slice(2), spec.stdin.toString());
    return typeof answer === 'string' ? { stdout: Buffer.from(answer) } : answer;
  });
}

const request = (overrides: Partial<StressRequest['plan']> = {}, shrink = false): StressRequest => ({
  problem: testsOnlyProblem({ name: 'p', dir: '/p', sourceFile: '/p', format: 'native', checker: { name: 'tokens' }, tests: [], timeMs: 1000 }),
  problemGiven: true,
  solution: program('sol.py'),
  generator: program('gen.py'),
  brute: program('brute.py'),
  checker: 'tokens',
  jobs: 2,
  plan: { firstSeed: 100, count: undefined, durationMs: undefined, generatorArgs: [], ...overrides },
  shrink,
  save: false,
});

const echo: Program = (_argv, stdin) => stdin;
const seedMod5: Program = (argv) => `${Number(argv[0]) % 5}\n`;

async function stress(programs: Partial<Record<Name, Program>>, overrides: Partial<StressRequest['plan']> = {}, shrink = false, validator?: string) {
  const events: StressEvent[] = [];
  const base = request(overrides, shrink);
  const problem = validator ? { ...base.problem, inputValidators: [{ path: validator }] } : base.problem;
  const report = await runStress({ ...base, problem }, fakeServices(sandboxFor(programs), (event) => events.push(event as StressEvent)));
  return { report, events };
}

afterEach(removeTempFolders);

describe('runStress', () => {
  it('stops at a seed where the solution disagrees, with its input and the brute force’s answer', async () => {
    const { report } = await stress({ gen: seedMod5, brute: echo, sol: (_argv, stdin) => (stdin === '3\n' ? 'x\n' : stdin) });
    expect(report.outcome).toMatchObject({ kind: 'solution-failed', seed: 103, input: '3\n', expected: '3\n', result: { verdict: 'WA' } });
    expect(report.firstSeed).toBe(100);
    expect(report.iterations).toBeGreaterThanOrEqual(1);
  });

  it('runs exactly --count seeds when they all agree, and passes', async () => {
    const { report, events } = await stress({ gen: seedMod5, brute: echo, sol: echo }, { count: 25 });
    expect(report.outcome).toEqual({ kind: 'passed' });
    expect(report.iterations).toBe(25);
    expect(events.filter((event) => event.type === 'stress-progress')).toHaveLength(25);
  });

  it('blames the brute force for its own crash, and keeps the input', async () => {
    const { report } = await stress({ gen: seedMod5, brute: () => ({ termination: { kind: 'exited', exitCode: 1 }, stderr: Buffer.from('boom') }), sol: echo }, { count: 1 });
    expect(report.outcome).toMatchObject({ kind: 'program-failed', role: 'brute force', seed: 100, input: '0\n', verdict: 'RE', stderr: 'boom' });
  });

  it('blames the generator for its crash before anything runs on it', async () => {
    const { report } = await stress({ gen: () => ({ termination: { kind: 'signaled', signal: 'SIGSEGV' } }), brute: echo, sol: echo }, { count: 3 });
    expect(report.outcome).toMatchObject({ kind: 'program-failed', role: 'generator', input: null, verdict: 'RE' });
  });

  it('reports a generator that prints another input for the same seed', async () => {
    let runs = 0;
    const { report } = await stress({ gen: () => `${runs++}\n`, brute: echo, sol: () => 'x\n' }, { count: 1 });
    expect(report.outcome).toEqual({ kind: 'nondeterministic', seed: 100, first: '0\n', second: '1\n' });
  });

  it('shrinks the failing input with the slots, the count kept right', async () => {
    const values = Array.from({ length: 40 }, (_, i) => i + 10);
    values[30] = values[7]!;
    const distinct = (stdin: string) => `${new Set(stdin.trim().split('\n').slice(1)).size}\n`;
    const count = (stdin: string) => `${stdin.trim().split('\n').length - 1}\n`;
    const { report } = await stress({ gen: () => `40\n${values.join('\n')}\n`, brute: (_argv, stdin) => distinct(stdin), sol: (_argv, stdin) => count(stdin) }, { count: 1 }, true);
    expect(report.outcome).toMatchObject({ kind: 'solution-failed', shrunk: { input: '2\n17\n17\n', validated: false, note: null, expected: '1\n' } });
  });

  it('blames the generator when the problem’s input validator rejects the failing input', async () => {
    const dir = await createTempFolder({ 'validate.py': '# validate.py\n' });
    const { report } = await stress(
      { gen: seedMod5, brute: echo, sol: () => 'x\n', validate: (_argv, stdin) => (stdin === '0\n' ? { termination: { kind: 'exited', exitCode: 43 }, stdout: Buffer.from('0 is too small') } : { termination: { kind: 'exited', exitCode: 42 } }) },
      { count: 1 },
      false,
      join(dir, 'validate.py'),
    );
    expect(report.outcome).toMatchObject({ kind: 'invalid-input', seed: 100, input: '0\n', message: '0 is too small' });
  });
});
