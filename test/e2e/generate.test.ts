// `letscode generate`: a Kattis package's data/ from generators/generators.yaml. On the
// fixture test/fixtures/stress/sum-generated (inline, copied, seeded, counted cases and a
// test_group.yaml), it writes data/ that verify passes; a second run makes nothing; a
// changed command makes that case only; a file it did not write is never overwritten; a
// generator that ignores its seed is caught with --check-deterministic; a broken yaml is
// one line naming the file, the dot path and the fix.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letscode, repoRoot } from './cli.js';
import { scratchCopies } from './scratch.js';

const stressDir = join(repoRoot, 'test/fixtures/stress');
const copyOf = scratchCopies('generate');
const yamlOf = (dir: string) => join(dir, 'generators', 'generators.yaml');

describe('generate on a package with generators.yaml', () => {
  const dir = copyOf('sum-generated', stressDir);

  it('writes every case, validates them, and verify then passes', async () => {
    const first = await letscode(['generate', dir]);
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain('✓ secret/2-random-1: generated: gen.py {seed} 1 (seed 175273666)');
    expect(first.stdout).toContain('✓ secret/5-edge: generated: copied from generators/manual/edge');
    expect(first.stdout).toContain('valid  7 inputs × 1 validator: every input valid');
    expect(first.stdout).toMatch(/^OK {2}7 cases: 7 generated, 0 up to date · /m);
    expect(readdirSync(join(dir, 'data', 'secret')).filter((file) => file.endsWith('.in'))).toEqual(['1-small.in', '2-random-1.in', '3-random-2.in', '4-random-3.in', '5-edge.in', '6-big.in']);
    expect(readFileSync(join(dir, 'data', 'secret', '5-edge.ans'), 'utf8')).toBe('-1000000000\n');
    expect(readFileSync(join(dir, 'data', 'secret', 'test_group.yaml'), 'utf8')).toBe('input_validator_args:\n  - --max-n\n  - "1000"\n');

    const verified = await letscode(['verify', dir]);
    expect(verified.exitCode, verified.stdout + verified.stderr).toBe(0);
  });

  it('a second run makes nothing again; a changed command makes only its case', async () => {
    const second = await letscode(['generate', dir]);
    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^OK {2}7 cases: 0 generated, 7 up to date · /m);

    writeFileSync(yamlOf(dir), readFileSync(yamlOf(dir), 'utf8').replace('gen.py {seed} 5', 'gen.py {seed} 6'));
    const changed = await letscode(['generate', dir]);
    expect(changed.exitCode, changed.stdout + changed.stderr).toBe(0);
    expect(changed.stdout).toMatch(/^OK {2}7 cases: 1 generated, 6 up to date · /m);
    expect(readFileSync(join(dir, 'data', 'secret', '1-small.in'), 'utf8').split('\n')[0]).toBe('6');
  });

  it('never overwrites a file it did not write, and says so in one line', async () => {
    writeFileSync(join(dir, 'data', 'secret', 'extra.in'), '1\n5\n');
    writeFileSync(join(dir, 'data', 'secret', 'extra.ans'), '5\n');
    writeFileSync(yamlOf(dir), `${readFileSync(yamlOf(dir), 'utf8')}      - extra: gen.py {seed} 2\n`);
    writeFileSync(join(dir, 'data', 'secret', '7-extra.in'), 'mine\n');
    const blocked = await letscode(['generate', dir]);
    expect(blocked.exitCode, blocked.stdout + blocked.stderr).toBe(1);
    expect(blocked.stdout).toContain('✗ secret/7-extra: data/secret/7-extra.in was not written by letscode generate: kept (remove it to let generators.yaml write it)');
    expect(blocked.stdout).toContain('kept 3 files in data/ that generators.yaml does not own (letscode never overwrites them): data/secret/7-extra.in, data/secret/extra.ans, data/secret/extra.in');
    // The hand-written 7-extra.in has no answer: the package does not load, which is said too.
    expect(blocked.stdout).toContain(`NOT LOADED  the package does not load with this data/: ${join(dir, 'data', 'secret', '7-extra.in')}: has no answer file`);
    expect(readFileSync(join(dir, 'data', 'secret', '7-extra.in'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(dir, 'data', 'secret', 'extra.in'), 'utf8')).toBe('1\n5\n');
  });
});

describe('generate, when something is wrong', () => {
  it('--check-deterministic catches a generator that ignores its seed', async () => {
    const dir = copyOf('sum-generated', stressDir);
    writeFileSync(join(dir, 'generators', 'gen.py'), 'import os\nn = int(__import__("sys").argv[2])\nprint(n)\nprint(*(b for b in os.urandom(n)))\n');
    const result = await letscode(['generate', '--check-deterministic', dir]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain('✗ secret/1-small: NOT DETERMINISTIC: two runs of gen.py {seed} 5 wrote different secret/1-small.in');
    expect(result.stdout).toContain('✓ secret/5-edge: generated: copied from generators/manual/edge');
  });

  it('a broken generators.yaml is one line: the file, the dot path and the fix (exit 2)', async () => {
    const dir = copyOf('sum-generated', stressDir);
    writeFileSync(yamlOf(dir), readFileSync(yamlOf(dir), 'utf8').replace('count: 3', 'count: 0'));
    const result = await letscode(['generate', dir]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim()).toBe(`error: ${yamlOf(dir)}: data.secret.data.1.random.count: 0 is not a whole number from 1 to 100 (write count: 3, count: [1, 5, 9] or count: 1..=10 (1 to 100 values))`);
  });
});
