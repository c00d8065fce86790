import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemFileError } from '../../errors.js';
import { createTempFolder, removeTempFolders } from '../__fixtures__/temp-folder.js';
import type { ProgramRef } from '../model.js';
import { readKattisInvalidInputs } from './invalid-inputs.js';

afterEach(removeTempFolders);

/** A data/ folder holding `files` (paths under data/). */
async function data(files: Record<string, string>): Promise<string> {
  const root = await createTempFolder(Object.fromEntries(Object.entries(files).map(([path, content]) => [`data/${path}`, content])));
  return join(root, 'data');
}

/** The package has no input validators unless `validators` are given. */
async function read(dataDir: string, validators: readonly ProgramRef[] = []) {
  return readKattisInvalidInputs(dataDir, validators);
}

async function readError(dataDir: string, validators: readonly ProgramRef[] = []): Promise<string> {
  const error = await read(dataDir, validators).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProblemFileError);
  return (error as ProblemFileError).message;
}

describe('readKattisInvalidInputs: which files', () => {
  it('is empty without data/invalid_input/', async () => {
    expect(await read(await data({ 'secret/1.in': '', 'secret/1.ans': '' }))).toEqual([]);
  });

  it('reads NAME.in in nested groups, in the spec\'s order, each with its input file', async () => {
    const dir = await data({ 'invalid_input/b.in': '', 'invalid_input/a/2.in': '', 'invalid_input/a/1.in': '', 'invalid_input/A.in': '' });
    const inputs = await read(dir);
    expect(inputs.map((input) => input.name)).toEqual(['invalid_input/A', 'invalid_input/a/1', 'invalid_input/a/2', 'invalid_input/b']);
    expect(inputs[0]).toEqual({ name: 'invalid_input/A', input: { kind: 'file', path: join(dir, 'invalid_input/A.in') }, inputValidatorFlags: [] });
  });

  it('passes over answers (the spec has none here), hidden entries, NAME.files folders and other files', async () => {
    const dir = await data({
      'invalid_input/1.in': '', 'invalid_input/1.ans': '', 'invalid_input/2.ans': '', 'invalid_input/.hidden.in': '',
      'invalid_input/1.files/x.in': '', 'invalid_input/notes.md': '', 'invalid_input/1.yaml': 'description: too big\n',
    });
    expect((await read(dir)).map((input) => input.name)).toEqual(['invalid_input/1']);
  });

  it('follows a symlinked input', async () => {
    const dir = await data({ 'secret/big.in': '' , 'invalid_input/x.in': '' });
    await symlink('../secret/big.in', join(dir, 'invalid_input/linked.in'));
    expect((await read(dir)).map((input) => input.name)).toEqual(['invalid_input/linked', 'invalid_input/x']);
  });
});

describe('readKattisInvalidInputs: validator flags', () => {
  it('inherits data/\'s and each group\'s flags, with NAME.yaml over its group\'s (2025-09 and legacy names)', async () => {
    const dir = await data({
      'testdata.yaml': 'input_validator_flags: --root\n',
      'invalid_input/1.in': '',
      'invalid_input/2.in': '',
      'invalid_input/2.yaml': 'input_validator_args: [--max-n, 10]\ndescription: n over 10\n',
      'invalid_input/g/1.in': '',
      'invalid_input/g/test_group.yaml': 'input_validator_args: [--strict]\noutput_validator_args: [case_sensitive]\n',
      'invalid_input/g/deep/1.in': '',
      'invalid_input/legacy/1.in': '',
      'invalid_input/legacy/testdata.yaml': 'input_validator_flags: --max-n 5\n',
    });
    expect((await read(dir)).map((input) => [input.name, input.inputValidatorFlags.join(' ')])).toEqual([
      ['invalid_input/1', '--root'],
      ['invalid_input/2', '--max-n 10'],
      ['invalid_input/g/1', '--strict'],
      ['invalid_input/g/deep/1', '--strict'],
      ['invalid_input/legacy/1', '--max-n 5'],
    ]);
  });

  it('resolves the 2025-09 map form against the package\'s input validators', async () => {
    const dir = await data({ 'invalid_input/1.in': '', 'invalid_input/test_group.yaml': 'input_validator_args: { validate: [--max-abs, 100] }\n' });
    const validate = { path: join(dir, '../input_validators/validate.py') };
    const [input] = await read(dir, [validate]);
    expect(input?.inputValidatorFlagsByPath).toEqual(new Map([[validate.path, ['--max-abs', '100']]]));
    expect(await readError(dir)).toBe(`${join(dir, 'invalid_input/test_group.yaml')}: input_validator_args.validate: names an input validator, but the package has none (add it to input_validators/, or write the flags as a list)`);
  });
});

describe('readKattisInvalidInputs: mistakes', () => {
  it('names a config it cannot read, at the key', async () => {
    const dir = await data({ 'invalid_input/1.in': '', 'invalid_input/test_group.yaml': 'input_validator_args: [[1]]\n' });
    expect(await readError(dir)).toContain(`${join(dir, 'invalid_input/test_group.yaml')}: input_validator_args.0: expected a flag (text or a number), got a list`);
  });

  it('names a dangling symlink', async () => {
    const dir = await data({ 'invalid_input/1.in': '' });
    await symlink('nowhere.in', join(dir, 'invalid_input/2.in'));
    expect(await readError(dir)).toBe(`${join(dir, 'invalid_input/2.in')}: is a symlink to nowhere.in, which does not exist (point the link at a file of the package, or remove it)`);
  });

  it('refuses an invalid_input file where the folder should be', async () => {
    const dir = await data({ invalid_input: '1\n' });
    expect(await readError(dir)).toBe(`${join(dir, 'invalid_input')}: is a file, but invalid_input must be a folder (make it a folder of NAME.in files that the input validators must reject, or remove it)`);
  });
});
