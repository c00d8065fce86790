import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemFileError } from '../../errors.js';
import { createTempFolder, removeTempFolders } from '../__fixtures__/temp-folder.js';
import { readKattisOutputCases, type OutputCasesOptions } from './output-cases.js';

afterEach(removeTempFolders);

/** A data/ folder holding `files` (paths under data/). */
async function data(files: Record<string, string>): Promise<string> {
  const root = await createTempFolder(Object.fromEntries(Object.entries(files).map(([path, content]) => [`data/${path}`, content])));
  return join(root, 'data');
}

/** NAME.in, NAME.ans and NAME.out under data/. */
function outputCase(name: string, output = '3\n'): Record<string, string> {
  return { [`${name}.in`]: '1 2\n', [`${name}.ans`]: '3\n', [`${name}.out`]: output };
}

function options(dataDir: string, extra: Partial<OutputCasesOptions> = {}): OutputCasesOptions {
  return { dataDir, problemFlags: { flags: [], file: 'problem.yaml', field: 'validator_flags' }, inputValidators: [], ...extra };
}

async function readError(dataDir: string, extra: Partial<OutputCasesOptions> = {}): Promise<string> {
  const error = await readKattisOutputCases(options(dataDir, extra)).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProblemFileError);
  return (error as ProblemFileError).message;
}

describe('readKattisOutputCases: which files', () => {
  it('is empty without data/invalid_output/ and data/valid_output/', async () => {
    expect(await readKattisOutputCases(options(await data({ 'secret/1.in': '', 'secret/1.ans': '' })))).toEqual([]);
  });

  it('reads invalid_output/ then valid_output/, nested, in the spec\'s order, each with its three files', async () => {
    const dir = await data({ ...outputCase('valid_output/a'), ...outputCase('invalid_output/b'), ...outputCase('invalid_output/a/1'), ...outputCase('invalid_output/A') });
    const cases = await readKattisOutputCases(options(dir));
    expect(cases.map((item) => [item.name, item.expected])).toEqual([
      ['invalid_output/A', 'invalid'],
      ['invalid_output/a/1', 'invalid'],
      ['invalid_output/b', 'invalid'],
      ['valid_output/a', 'valid'],
    ]);
    expect(cases[3]).toEqual({
      name: 'valid_output/a',
      expected: 'valid',
      input: { kind: 'file', path: join(dir, 'valid_output/a.in') },
      answer: { kind: 'file', path: join(dir, 'valid_output/a.ans') },
      output: { kind: 'file', path: join(dir, 'valid_output/a.out') },
      checkerFlags: [],
      inputValidatorFlags: [],
    });
  });
});

describe('readKattisOutputCases: flags', () => {
  it('puts problem.yaml\'s flags first, then data/\'s, the group\'s and NAME.yaml\'s own, like a test case\'s', async () => {
    const dir = await data({
      'test_group.yaml': 'input_validator_args: [--root]\n',
      ...outputCase('invalid_output/1'),
      ...outputCase('invalid_output/g/1'),
      ...outputCase('invalid_output/g/2'),
      'invalid_output/g/test_group.yaml': 'output_validator_args: [float_tolerance, "1e-9"]\n',
      'invalid_output/g/2.yaml': 'output_validator_args: [case_sensitive]\ndescription: case matters here\n',
      ...outputCase('valid_output/legacy/1'),
      'valid_output/legacy/testdata.yaml': 'output_validator_flags: space_change_sensitive\n',
    });
    const cases = await readKattisOutputCases(options(dir, { problemFlags: { flags: ['float_tolerance', '1e-6'], file: 'problem.yaml', field: 'validator_flags' } }));
    expect(cases.map((item) => [item.name, item.checkerFlags.join(' '), item.inputValidatorFlags.join(' ')])).toEqual([
      ['invalid_output/1', 'float_tolerance 1e-6', '--root'],
      ['invalid_output/g/1', 'float_tolerance 1e-6 float_tolerance 1e-9', '--root'],
      ['invalid_output/g/2', 'float_tolerance 1e-6 case_sensitive', '--root'],
      ['valid_output/legacy/1', 'float_tolerance 1e-6 space_change_sensitive', '--root'],
    ]);
  });

  it('refuses flags the default validator cannot read, at the file and key that set them', async () => {
    const dir = await data({ ...outputCase('valid_output/1'), 'valid_output/1.yaml': 'output_validator_args: [loose]\n' });
    const checkFlags = (flags: readonly string[]) => (flags.includes('loose') ? 'unknown validator flag "loose"' : undefined);
    expect(await readError(dir, { checkFlags })).toBe(`${join(dir, 'valid_output/1.yaml')}: output_validator_args: unknown validator flag "loose" (fix the flags, or give the problem its own output validator)`);
  });
});

describe('readKattisOutputCases: mistakes', () => {
  it.each([
    ['.ans', "the judge's answer"],
    ['.out', 'the output to check'],
  ])('names a case without its %s file', async (extension, what) => {
    const files = outputCase('invalid_output/wrong');
    delete files[`invalid_output/wrong${extension}`];
    const dir = await data(files);
    expect(await readError(dir)).toBe(
      `${join(dir, 'invalid_output/wrong.in')}: has no wrong${extension} beside it (${what}; every case of invalid_output/ needs .in, .ans and .out) (add wrong${extension}, or remove the case)`,
    );
  });

  it('refuses an output or answer without its input', async () => {
    const dir = await data({ ...outputCase('valid_output/1'), 'valid_output/2.out': '3\n' });
    expect(await readError(dir)).toBe(`${join(dir, 'valid_output/2.out')}: has no input file 2.in (add the input, or remove it)`);
  });

  it('refuses a valid_output file where the folder should be', async () => {
    const dir = await data({ valid_output: '3\n' });
    expect(await readError(dir)).toBe(`${join(dir, 'valid_output')}: is a file, but valid_output must be a folder (make it a folder of NAME.in, NAME.ans and NAME.out files, or remove it)`);
  });
});
