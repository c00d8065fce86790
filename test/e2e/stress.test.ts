// `letscode stress`: a generator, a brute force and a solution in warm boxes until they
// disagree. The buggy solution of test/fixtures/stress/distinct is wrong exactly when two
// values repeat: stress finds such a seed within seconds, prints the input and the diff,
// and exits 1; --seed repeats it; --save turns it into a test judge then fails; --shrink
// cuts a 100-line input to the two equal values. A crashing brute force and a generator
// that ignores its seed are reported as theirs (exit 3), never as the solution's; the
// interactive fixture is stressed against its interactor.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeJson, leftoverContainers, letscode, repoRoot } from './cli.js';
import { scratchCopies } from './scratch.js';

const stressDir = join(repoRoot, 'test/fixtures/stress');
const copyOf = scratchCopies('stress');
const distinct = join(stressDir, 'distinct');
const guess = join(stressDir, 'guess');

const stress = (dir: string, args: string[]) => letscode(['stress', ...args], { cwd: dir });
const seedOf = (stdout: string) => Number(/^Seed (\d+), input/m.exec(stdout)?.[1]);
/** The input block printed after "Seed S, input (...):", up to the blank line. */
const inputOf = (stdout: string) => /^Seed \d+, input[^\n]*\n((?: {2}.*\n)+)/m.exec(stdout)?.[1] ?? '';

describe('a solution that is wrong when two values are equal', () => {
  it('is caught with the seed, the input and the diff, exit 1; --seed gives the same input again', async () => {
    const found = await stress(distinct, ['wrong.cpp', '--gen', 'gen.py', '--brute', 'brute.py']);
    expect(found.exitCode, found.stdout + found.stderr).toBe(1);
    const seed = seedOf(found.stdout);
    expect(seed).toBeGreaterThan(0);
    expect(found.stdout).toMatch(/^WA {2}token 1: expected "\d+", got "10"$/m);
    expect(found.stdout).toContain('- expected   + actual');
    expect(found.stdout).toMatch(new RegExp(`^FAILED {2}WA on seed ${seed} · \\d+ iterations? · .* · run again with --seed ${seed}$`, 'm'));

    const again = await stress(distinct, ['wrong.cpp', '--gen', 'gen.py', '--brute', 'brute.py', '--seed', String(seed)]);
    expect(again.exitCode).toBe(1);
    expect(seedOf(again.stdout)).toBe(seed);
    expect(inputOf(again.stdout)).toBe(inputOf(found.stdout));
    expect(inputOf(found.stdout).split('\n').length).toBe(12);
  });

  it('--save adds the failing case to the tests/ folder, and judge then fails it', async () => {
    const dir = copyOf('distinct', stressDir);
    const saved = await stress(dir, ['wrong.cpp', '--gen', 'gen.py', '--brute', 'brute.py', '--save']);
    expect(saved.exitCode, saved.stdout + saved.stderr).toBe(1);
    const seed = seedOf(saved.stdout);
    expect(saved.stdout).toContain(`Saved as test stress-${seed}: tests/stress-${seed}.in, tests/stress-${seed}.out`);
    expect(readdirSync(join(dir, 'tests')).sort()).toEqual(['sample-1.in', 'sample-1.out', `stress-${seed}.in`, `stress-${seed}.out`]);
    expect(`${readFileSync(join(dir, 'tests', `stress-${seed}.in`), 'utf8').trimEnd().split('\n').map((line) => `  ${line}`).join('\n')}\n`).toBe(inputOf(saved.stdout));

    const { result, report } = await judgeJson(dir, join(dir, 'wrong.cpp'));
    expect(result.exitCode).toBe(1);
    expect(report.tests.map((test) => [test.name, test.verdict])).toEqual([['sample-1', 'AC'], [`stress-${seed}`, 'WA']]);
  });

  it('--shrink cuts a 100-line failing input to the two equal values, the count kept right', async () => {
    const shrunk = await stress(distinct, ['wrong.cpp', '--gen', 'gen.py', '--gen-args', '100', '--brute', 'brute.py', '--shrink']);
    expect(shrunk.exitCode, shrunk.stdout + shrunk.stderr).toBe(1);
    expect(shrunk.stdout).toMatch(/^Seed \d+, input \(101 lines/m);
    expect(shrunk.stdout).toMatch(/^Shrunk in \d+ candidates \(unvalidated: no input validator, only edits that keep the first line’s counts right\)$/m);
    const smallest = /^Smallest failing input \(3 lines, \d+ B\):\n {2}2\n {2}(\d+)\n {2}(\d+)\n/m.exec(shrunk.stdout);
    expect(smallest, shrunk.stdout).not.toBeNull();
    expect(smallest![1]).toBe(smallest![2]);
    expect(shrunk.stdout).toMatch(/^WA {2}token 1: expected "1", got "2"$/m);
  });

  it('a correct solution passes --count iterations and exits 0', async () => {
    const passed = await stress(distinct, ['right.cpp', '--gen', 'gen.py', '--brute', 'brute.py', '--count', '20']);
    expect(passed.exitCode, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout).toMatch(/^OK {2}no difference in 20 iterations \(seeds \d+\.\.\d+\) · /m);
  });
});

describe('failures that are not the solution’s', () => {
  it('a crashing brute force is reported as the brute force’s, exit 3', async () => {
    const crashed = await stress(distinct, ['wrong.cpp', '--gen', 'gen.py', '--brute', 'crash_brute.py']);
    expect(crashed.exitCode, crashed.stdout + crashed.stderr).toBe(3);
    expect(crashed.stdout).toMatch(/^The brute force failed on seed \d+ {2}RE {2}exit code 1$/m);
    expect(crashed.stdout).toContain('AssertionError: n = 10 is too big for me');
    expect(crashed.stdout).toMatch(/^BRUTE FORCE FAILED {2}on seed \d+: the solution was not judged/m);
  });

  it('a generator that ignores its seed is caught when the failing seed is run again, exit 3', async () => {
    const unseeded = await stress(distinct, ['wrong.cpp', '--gen', 'gen_unseeded.py', '--brute', 'brute.py']);
    expect(unseeded.exitCode, unseeded.stdout + unseeded.stderr).toBe(3);
    expect(unseeded.stdout).toMatch(/^The generator printed two different inputs for seed \d+$/m);
    expect(unseeded.stdout).toContain('- first run   + second run');
    expect(unseeded.stdout).toMatch(/^GENERATOR NOT DETERMINISTIC {2}seed \d+ cannot be reproduced/m);
  });

  it('a non-interactive problem without --brute is a usage error', async () => {
    const missing = await stress(distinct, ['wrong.cpp', '--gen', 'gen.py']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('stress needs --brute BRUTE');
  });
});

describe('an interactive problem', () => {
  it('runs the solution and the brute force against the interactor, and finds the secret the solution never guesses', async () => {
    const found = await stress(guess, ['off_by_one.cpp', '--gen', 'gen.py', '--gen-args', '8', '--brute', 'linear.py']);
    expect(found.exitCode, found.stdout + found.stderr).toBe(1);
    expect(found.stdout).toContain('the interactor');
    expect(found.stdout).toMatch(/^Seed \d+, input \(1 line, 4 B\):\n {2}8 8$/m);
    expect(found.stdout).toMatch(/^WA {2}the solution stopped after \d guesses without finding 8$/m);
    expect(await leftoverContainers()).toEqual([]);
  });
});
