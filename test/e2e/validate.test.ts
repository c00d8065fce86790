// `letscode validate`: the input validators of a package, compiled and run in the sandbox on
// every test input and every input of data/invalid_input/, and the output validator on the
// outputs of data/invalid_output/ and data/valid_output/. Valid packages exit 0, an invalid
// test input, an invalid input no validator rejects or an output case that gets the other
// answer exits 1 and is named, a validator that crashes is a crash (exit 3), not a verdict.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letscode } from './cli.js';
import { kattisDir, scratchCopies } from './scratch.js';

const copyOf = scratchCopies('validate');

interface ValidateJson {
  ok: boolean;
  inputs: { test: string; input: string | null; validator: string; result: string; message: string }[];
  invalidInputs: { test: string; input: string | null; verdict: string; message: string; runs: { validator: string; result: string; message: string }[] }[];
  outputCases: { test: string; output: string | null; expected: string; verdict: string; ok: boolean; message: string }[];
  notes: string[];
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

describe('a package with data/invalid_input/ (invalid-inputs, 2025-09)', () => {
  const dir = join(kattisDir, 'invalid-inputs');

  it('rejected invalid inputs pass: a ✓ line each with the reason, a count in the summary, exit 0', async () => {
    const result = await letscode(['validate', dir]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain("✓ data/invalid_input/02-letters.in: rejected by input_validators/validate.py: line 2: 'x' is not an integer");
    // Rejected only thanks to the arguments in bounds/test_group.yaml and in the case's own yaml.
    expect(result.stdout).toContain('✓ data/invalid_input/bounds/01-over-group-bound.in: rejected by input_validators/validate.py: line 2: 500 is larger than 100 in absolute value');
    expect(result.stdout).toContain('✓ data/invalid_input/bounds/02-over-case-bound.in: rejected by input_validators/validate.py: line 2: 50 is larger than 10 in absolute value');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('valid  3 inputs × 1 validator: every input valid; 5 invalid inputs rejected');
  });

  it('--json: invalidInputs, each with its verdict, message and runs', async () => {
    const { exitCode, json } = await validateJson([dir]);
    expect(exitCode).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.inputs.map((input) => input.result)).toEqual(['valid', 'valid', 'valid']);
    expect(json.invalidInputs.map((invalid) => [invalid.input, invalid.verdict])).toEqual([
      ['data/invalid_input/01-empty.in', 'rejected'],
      ['data/invalid_input/02-letters.in', 'rejected'],
      ['data/invalid_input/03-trailing-space.in', 'rejected'],
      ['data/invalid_input/bounds/01-over-group-bound.in', 'rejected'],
      ['data/invalid_input/bounds/02-over-case-bound.in', 'rejected'],
    ]);
    expect(json.invalidInputs[0]).toEqual({
      test: 'invalid_input/01-empty',
      input: 'data/invalid_input/01-empty.in',
      verdict: 'rejected',
      message: 'rejected by input_validators/validate.py: expected 2 lines, each ending in a newline; got 0 newline(s)',
      runs: [{ validator: 'input_validators/validate.py', result: 'invalid', message: 'expected 2 lines, each ending in a newline; got 0 newline(s)' }],
    });
  });

  it('one that every validator accepts fails validate (exit 1) and verify (exit 1), named', async () => {
    const copy = copyOf('invalid-inputs');
    writeFileSync(join(copy, 'data/invalid_input/04-fine.in'), '1\n5\n');
    const text = await letscode(['validate', copy]);
    expect(text.exitCode, text.stderr).toBe(1);
    expect(text.stdout).toContain('✗ data/invalid_input/04-fine.in: accepted by every input validator; it must be rejected');
    expect(text.stdout.trim().split('\n').at(-1)).toBe('INVALID  no input invalid; 1 of 6 invalid inputs accepted by every validator: data/invalid_input/04-fine.in');

    const { exitCode, json } = await validateJson([copy]);
    expect(exitCode).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.invalidInputs.find((invalid) => invalid.test === 'invalid_input/04-fine')).toMatchObject({ verdict: 'accepted', runs: [{ result: 'valid' }] });

    const verify = await letscode(['verify', copy]);
    expect(verify.exitCode, verify.stderr).toBe(1);
    expect(verify.stdout).toContain('✗ data/invalid_input/04-fine.in: accepted by every input validator; it must be rejected');
  });

  it('input_validator_args as a map by validator name (2025-09) rejects the same inputs as the list form', async () => {
    const copy = copyOf('invalid-inputs');
    const bounds = join(copy, 'data/invalid_input/bounds');
    writeFileSync(join(bounds, 'test_group.yaml'), 'input_validator_args:\n  validate: [--max-abs, 100]\n');
    writeFileSync(join(bounds, '02-over-case-bound.yaml'), 'input_validator_args: { validate.py: [--max-abs, 10] }\n');
    const list = await validateJson([dir]);
    const map = await validateJson([copy]);
    expect(map.exitCode).toBe(0);
    expect(map.json.invalidInputs).toEqual(list.json.invalidInputs);
    expect(map.json.invalidInputs.at(-1)?.message).toBe('rejected by input_validators/validate.py: line 2: 50 is larger than 10 in absolute value');

    writeFileSync(join(bounds, 'test_group.yaml'), 'input_validator_args: { validat: [--max-abs, 100] }\n');
    const typo = await letscode(['validate', copy]);
    expect(typo.exitCode).toBe(2);
    expect(typo.stderr).toContain(`${join(bounds, 'test_group.yaml')}: input_validator_args.validat: no input validator is named validat (did you mean validate.py? the package's input validators: validate.py)`);
  });
});

describe('output cases with the default validator (average: float_tolerance, no input validator)', () => {
  const dir = join(kattisDir, 'average');

  it('invalid outputs rejected and valid ones accepted, each case with its own flags: exit 0', async () => {
    const result = await letscode(['validate', dir]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('✓ data/invalid_output/01-off-by-1e-5.out: rejected by the default output validator: token 1: expected 3.2857142857142856 (abs 1e-6, rel 1e-6), got 3.28573 (diff 1.6e-5)');
    // tight/testdata.yaml's 1e-9 rejects what problem.yaml's 1e-6 accepts in valid_output/01-seven-decimals.
    expect(result.stdout).toContain('✓ data/invalid_output/tight/01-seven-decimals.out: rejected by the default output validator: token 1: expected 3.2857142857142856 (abs 1e-9, rel 1e-9)');
    expect(result.stdout).toContain('✓ data/valid_output/01-seven-decimals.out: accepted by the default output validator');
    expect(result.stdout).toContain('✓ data/valid_output/04-loose.out: accepted by the default output validator');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('valid  no input validators, inputs not checked; 5 invalid outputs rejected; 4 valid outputs accepted');
  });

  it('a valid output off by more than the tolerance fails validate and verify (exit 1), named', async () => {
    const copy = copyOf('average');
    writeFileSync(join(copy, 'data/valid_output/01-seven-decimals.out'), '3.28573\n');
    const { exitCode, json } = await validateJson([copy]);
    expect(exitCode).toBe(1);
    expect(json.outputCases.find((item) => item.test === 'valid_output/01-seven-decimals')).toEqual({
      test: 'valid_output/01-seven-decimals',
      output: 'data/valid_output/01-seven-decimals.out',
      expected: 'valid',
      verdict: 'rejected',
      ok: false,
      message: 'rejected by the default output validator: token 1: expected 3.2857142857142856 (abs 1e-6, rel 1e-6), got 3.28573 (diff 1.6e-5); it must be accepted',
    });
    const verify = await letscode(['verify', copy]);
    expect(verify.exitCode, verify.stderr).toBe(1);
    expect(verify.stdout).toContain('✗ data/valid_output/01-seven-decimals.out: rejected by the default output validator');
    expect(verify.stdout.trim().split('\n').at(-1)).toMatch(/^FAILED {2}a valid output REJECTED · 3\/3 submissions as expected/);
  });
});

describe('output cases with the package\'s own output validator (factor-pair, Python)', () => {
  const dir = join(kattisDir, 'factor-pair');

  it('its verdicts and judge messages, test_group.yaml\'s arguments passed on, the cases\' inputs validated: exit 0', async () => {
    const result = await letscode(['validate', dir]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/data\/valid_output\/any-order\/01-swapped\.in +│ input_validators\/validate\.py │ valid/);
    expect(result.stdout).toContain('✓ data/invalid_output/01-wrong-product.out: rejected by output_validator: 2 * 5 = 10, not 12');
    // The same "6 2" is wrong without any_order and right with it.
    expect(result.stdout).toContain('✓ data/invalid_output/03-swapped.out: rejected by output_validator: 6 > 2: print the smaller factor first');
    expect(result.stdout).toContain('✓ data/valid_output/any-order/01-swapped.out: accepted by output_validator');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('valid  11 inputs × 1 validator: every input valid; 4 invalid outputs rejected; 3 valid outputs accepted; 4 answers accepted by the output validator');
  });

  it('an invalid output that is actually right fails validate and verify (exit 1), named', async () => {
    const copy = copyOf('factor-pair');
    writeFileSync(join(copy, 'data/invalid_output/01-wrong-product.out'), '3 4\n');
    const text = await letscode(['validate', copy]);
    expect(text.exitCode, text.stderr).toBe(1);
    expect(text.stdout).toContain('✗ data/invalid_output/01-wrong-product.out: accepted by output_validator; it must be rejected');
    expect(text.stdout.trim().split('\n').at(-1)).toBe('INVALID  no input invalid; 1 of 4 invalid outputs accepted: data/invalid_output/01-wrong-product.out; 3 valid outputs accepted; 4 answers accepted by the output validator');

    const { exitCode, json } = await validateJson([copy]);
    expect(exitCode).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.outputCases.filter((item) => !item.ok).map((item) => [item.test, item.expected, item.verdict])).toEqual([['invalid_output/01-wrong-product', 'invalid', 'accepted']]);

    const verify = await letscode(['verify', copy]);
    expect(verify.exitCode, verify.stderr).toBe(1);
    expect(verify.stdout).toContain('✗ data/invalid_output/01-wrong-product.out: accepted by output_validator; it must be rejected');
    expect(verify.stdout.trim().split('\n').at(-1)).toMatch(/^FAILED {2}an invalid output ACCEPTED · /);
  });

  it('an output case whose input is invalid fails (exit 1), named in the table', async () => {
    const copy = copyOf('factor-pair');
    writeFileSync(join(copy, 'data/valid_output/01-other-pair.in'), '13\n');
    const { exitCode, json } = await validateJson([copy]);
    expect(exitCode).toBe(1);
    expect(json.inputs.find((input) => input.result === 'invalid')).toEqual({
      test: 'valid_output/01-other-pair', input: 'data/valid_output/01-other-pair.in', validator: 'input_validators/validate.py', result: 'invalid', message: 'n is 13, a prime',
    });
  });

  it('an output validator that fails is a crash on every case (exit 3), not a verdict', async () => {
    const copy = copyOf('factor-pair');
    writeFileSync(join(copy, 'output_validator/output_validator.py'), 'import sys\nsys.exit(1)\n');
    const { exitCode, json } = await validateJson([copy]);
    expect(exitCode).toBe(3);
    expect(json.outputCases.map((item) => item.verdict)).toEqual(Array(7).fill('crash'));
    expect(json.outputCases[0]?.message).toBe('the output validator exited with 1');
  });
});

describe('a validator that crashes', () => {
  it('is reported as a crash on every input, and exits 3 (no input found invalid)', async () => {
    const dir = copyOf('sum-groups');
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

describe('a package without input validators nor output cases', () => {
  it('says so and exits 0', async () => {
    const dir = join(kattisDir, 'no-timelimit');
    const result = await letscode(['validate', dir]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/has no input validators .*: nothing to validate/);
    expect(await validateJson([dir])).toEqual({ exitCode: 0, json: { ok: true, inputs: [], invalidInputs: [], outputCases: [], answers: [], junkInputs: [], duplicateInputs: [], warnings: [], notes: [] } });
  });
});
