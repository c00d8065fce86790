// validate's robustness checks, end to end: junk made from the inputs that a lenient input
// validator accepts, byte-identical inputs (warnings; --strict makes them fail), answer
// files the package's output validator rejects (a package error), and input validators
// letscode cannot run (passed over with a note).

import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letscode } from './cli.js';
import { scratchCopies } from './scratch.js';

const copyOf = scratchCopies('validate-robustness');

interface RobustnessJson {
  ok: boolean;
  junkInputs: { description: string; from: string | null; verdict: string; message: string }[];
  duplicateInputs: string[][];
  answers: { test: string; answer: string | null; verdict: string; message: string }[];
  warnings: string[];
  notes: string[];
}

/** sum-groups with a validator that accepts anything, a VIVA file beside it, and a copied test. */
function lenientSumGroups(): string {
  const dir = copyOf('sum-groups');
  writeFileSync(join(dir, 'input_validators/validate.py'), 'import sys\nsys.stdin.buffer.read()\nsys.exit(42)\n');
  writeFileSync(join(dir, 'input_validators/format.viva'), '<<\n  n;\n>>\n');
  copyFileSync(join(dir, 'data/secret/group1/01-small.in'), join(dir, 'data/secret/group1/03-copy.in'));
  copyFileSync(join(dir, 'data/secret/group1/01-small.ans'), join(dir, 'data/secret/group1/03-copy.ans'));
  return dir;
}

describe('a validator that accepts junk, and a copied test', () => {
  it('are warnings: listed, counted, exit 0; the VIVA file is passed over with a note', async () => {
    const dir = lenientSumGroups();
    const result = await letscode(['validate', dir]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('! no input validator rejects an empty file');
    expect(result.stdout).toMatch(/^! no input validator rejects a trailing space at the end of a line \(made from \S+\)$/m);
    expect(result.stdout).toContain('! secret/group1/01-small and secret/group1/03-copy have byte-identical inputs');
    expect(result.stdout).toContain('- input_validators/format.viva: not run, a VIVA input description, which letscode does not run');
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^valid {2}7 inputs × 1 validator: every input valid; \d+ warnings$/);

    const json = JSON.parse((await letscode(['validate', '--json', dir])).stdout) as RobustnessJson;
    expect(json.ok).toBe(true);
    expect(json.junkInputs.length).toBeGreaterThan(5);
    expect(json.junkInputs.every((junk) => junk.verdict === 'accepted')).toBe(true);
    // 02-linked is a symbolic link to another group's file: reused on purpose, not a copy.
    expect(json.duplicateInputs).toEqual([['secret/group1/01-small', 'secret/group1/03-copy']]);
    expect(json.warnings).toHaveLength(json.junkInputs.length + 1);
  });

  it('--strict makes them fail validate and verify (exit 1)', async () => {
    const dir = lenientSumGroups();
    const strict = await letscode(['validate', '--strict', dir]);
    expect(strict.exitCode, strict.stdout + strict.stderr).toBe(1);
    expect(strict.stdout.trim().split('\n').at(-1)).toMatch(/^INVALID {2}no input invalid; \d+ warnings \(--strict: they fail\)$/);
    // verify's validation is the same; without submissions/ it has nothing else to judge.
    rmSync(join(dir, 'submissions'), { recursive: true });
    const verify = await letscode(['verify', '--strict', '--json', dir]);
    expect(verify.exitCode, verify.stderr).toBe(1);
    expect((JSON.parse(verify.stdout) as { ok: boolean; validation: RobustnessJson }).validation.ok).toBe(false);
  });
});

describe('an answer file the output validator rejects', () => {
  it('is a package error: exit 1, the .ans file named', async () => {
    const dir = copyOf('goldbach');
    writeFileSync(join(dir, 'data/secret/1-four.ans'), '1 3\n');
    const result = await letscode(['validate', dir]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^✗ data\/secret\/1-four\.ans: rejected by output_validator: .*; a correct submission printing the answer would fail$/m);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('INVALID  no input invalid; 1 of 5 answers REJECTED by the output validator: data/secret/1-four.ans');
  });
});
