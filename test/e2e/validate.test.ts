// `letscode validate`: the input validators of a package, compiled and run in the sandbox on
// every test input. Valid packages exit 0, an invalid input exits 1 and is named, a
// validator that crashes is a crash (exit 3), not a verdict on the input.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { letscode, repoRoot } from './cli.js';

const kattisDir = join(repoRoot, 'test/fixtures/kattis');
const temp = mkdtempSync(join(tmpdir(), 'letscode-validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface ValidateJson {
  ok: boolean;
  inputs: { test: string; input: string | null; validator: string; result: string; message: string }[];
}

async function validateJson(args: string[], cwd?: string): Promise<{ exitCode: number; json: ValidateJson }> {
  const result = await letscode(['validate', '--json', ...args], cwd ? { cwd } : {});
  try {
    return { exitCode: result.exitCode, json: JSON.parse(result.stdout) as ValidateJson };
  } catch {
    throw new Error(`stdout is not one JSON object (exit ${result.exitCode}):\n${result.stdout}\n--- stderr ---\n${result.stderr}`);
  }
}

describe('a package whose inputs are valid', () => {
  const dir = join(kattisDir, 'sum-groups');

  it('lists input x validator, every one valid, and exits 0', async () => {
    const result = await letscode(['validate', dir]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/data\/secret\/group2\/01-negative\.in +│ input_validators\/validate\.py │ valid/);
    expect(result.stdout.match(/│ valid +│/g)).toHaveLength(6);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('valid  6 inputs × 1 validator: every input valid');
  });

  it('--json, with each test’s input_validator_flags passed on (group2 needs --max-abs)', async () => {
    const { exitCode, json } = await validateJson([dir]);
    expect(exitCode).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.inputs).toHaveLength(6);
    expect(json.inputs[4]).toEqual({ test: 'secret/group2/01-negative', input: 'data/secret/group2/01-negative.in', validator: 'input_validators/validate.py', result: 'valid', message: '' });
  });

  it('finds the package from the current folder when none is named', async () => {
    const { exitCode, json } = await validateJson([], join(dir, 'data/secret'));
    expect(exitCode).toBe(0);
    expect(json.inputs).toHaveLength(6);
  });
});

describe('a package with invalid inputs', () => {
  const dir = join(kattisDir, 'bad-input');

  it('names the invalid files and the validator’s reason, and exits 1', async () => {
    const result = await letscode(['validate', dir]);
    expect(result.exitCode, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/data\/secret\/02-trailing-space\.in +│ input_validators\/validate\.cpp │ INVALID: line 2: expected a newline, found a space/);
    expect(result.stdout).toMatch(/data\/secret\/03-too-many\.in +│ input_validators\/validate\.cpp │ INVALID: line 2: expected a newline/);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('INVALID  2 of 4 inputs invalid: data/secret/02-trailing-space.in, data/secret/03-too-many.in');
  });

  it('--json', async () => {
    const { exitCode, json } = await validateJson([dir]);
    expect(exitCode).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.inputs.map((input) => [input.input, input.result])).toEqual([
      ['data/sample/1.in', 'valid'],
      ['data/secret/01-fine.in', 'valid'],
      ['data/secret/02-trailing-space.in', 'invalid'],
      ['data/secret/03-too-many.in', 'invalid'],
    ]);
  });
});

describe('a validator that crashes', () => {
  it('is reported as a crash on every input, and exits 3 (no input found invalid)', async () => {
    const dir = join(temp, 'crashing');
    cpSync(join(kattisDir, 'sum-groups'), dir, { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(dir, 'input_validators/aborts.py'), 'import os\nos.abort()\n');
    const { exitCode, json } = await validateJson([dir]);
    expect(exitCode).toBe(3);
    expect(json.ok).toBe(false);
    const crashes = json.inputs.filter((input) => input.validator === 'input_validators/aborts.py');
    expect(crashes).toHaveLength(6);
    for (const crash of crashes) expect(crash).toMatchObject({ result: 'crash', message: expect.stringMatching(/^killed by SIGABRT/) });
    expect(json.inputs.filter((input) => input.validator === 'input_validators/validate.py').every((input) => input.result === 'valid')).toBe(true);

    const text = await letscode(['validate', dir]);
    expect(text.exitCode).toBe(3);
    expect(text.stdout).toMatch(/input_validators\/aborts\.py +│ CRASH: killed by SIGABRT/);
    expect(text.stdout).toContain('CRASH  no input invalid, but a validator crashed on 6 of 6 inputs (judge-side failure)');
  });
});

describe('a package without input validators', () => {
  it('says so and exits 0', async () => {
    const dir = join(kattisDir, 'average');
    const result = await letscode(['validate', dir]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Average has no input validators');
    expect(await validateJson([dir])).toEqual({ exitCode: 0, json: { ok: true, inputs: [] } });
  });
});
