import { describe, expect, it } from 'vitest';
import { ProblemFileError } from '../../errors.js';
import { inputValidatorFlagsFor, type ProgramRef } from '../model.js';
import { caseInputValidatorFlags } from './input-validator-flags.js';

const VALIDATE_PY = { path: '/pkg/input_validators/validate.py' };
const STRICT_DIR = { path: '/pkg/input_validators/strict' };
const VALIDATORS = [STRICT_DIR, VALIDATE_PY];
const FILE = '/pkg/data/secret/test_group.yaml';

function byName(entries: Record<string, string[]>) {
  return { input: { byName: new Map(Object.entries(entries)), file: FILE, field: 'input_validator_args' } };
}

function errorOf(entries: Record<string, string[]>, validators: readonly ProgramRef[] = VALIDATORS): string {
  try {
    caseInputValidatorFlags(byName(entries), validators);
  } catch (error) {
    expect(error).toBeInstanceOf(ProblemFileError);
    return (error as ProblemFileError).message.slice(FILE.length + 2);
  }
  throw new Error('expected a ProblemFileError');
}

describe('caseInputValidatorFlags', () => {
  it('gives every validator the same flags for the list form, and none without flags', () => {
    const listed = caseInputValidatorFlags({ input: { flags: ['--n', '5'], file: FILE, field: 'input_validator_flags' } }, VALIDATORS);
    expect(listed).toEqual({ inputValidatorFlags: ['--n', '5'] });
    expect(VALIDATORS.map((validator) => inputValidatorFlagsFor(listed, validator))).toEqual([['--n', '5'], ['--n', '5']]);
    expect(caseInputValidatorFlags({}, VALIDATORS)).toEqual({ inputValidatorFlags: [] });
  });

  it('gives each named validator its own flags and the others none (2025-09 map form)', () => {
    const flags = caseInputValidatorFlags(byName({ 'validate.py': ['--max-abs', '100'] }), VALIDATORS);
    expect(flags).toEqual({ inputValidatorFlags: [], inputValidatorFlagsByPath: new Map([[VALIDATE_PY.path, ['--max-abs', '100']]]) });
    expect(inputValidatorFlagsFor(flags, VALIDATE_PY)).toEqual(['--max-abs', '100']);
    expect(inputValidatorFlagsFor(flags, STRICT_DIR)).toEqual([]);
  });

  it('names a file validator with or without its extension, a folder by its name', () => {
    const flags = caseInputValidatorFlags(byName({ validate: ['--a'], strict: ['--b'] }), VALIDATORS);
    expect(VALIDATORS.map((validator) => inputValidatorFlagsFor(flags, validator))).toEqual([['--b'], ['--a']]);
  });
});

describe('caseInputValidatorFlags: names that fit no validator, or several', () => {
  it('suggests the closest name and lists the validators', () => {
    expect(errorOf({ validat: ['--a'] })).toBe("input_validator_args.validat: no input validator is named validat (did you mean validate.py? the package's input validators: strict, validate.py)");
    expect(errorOf({ checker: ['--a'] })).toBe("input_validator_args.checker: no input validator is named checker (the package's input validators: strict, validate.py)");
  });

  it('refuses a name when the package has no input validators', () => {
    expect(errorOf({ validate: ['--a'] }, [])).toBe('input_validator_args.validate: names an input validator, but the package has none (add it to input_validators/, or write the flags as a list)');
  });

  it('refuses a name two validators answer to, and one validator named twice', () => {
    const both = [VALIDATE_PY, { path: '/pkg/input_validators/validate.cpp' }];
    expect(errorOf({ validate: ['--a'] }, both)).toBe('input_validator_args.validate: names 2 input validators (validate.py, validate.cpp) (write the file name with its extension)');
    expect(errorOf({ 'validate.py': ['--a'], validate: ['--b'] })).toBe('input_validator_args.validate: names the same input validator as validate.py (keep one of the two keys)');
  });
});
