// A case's input validator flags in the model's form. The 2025-09 map form of
// input_validator_args keys them by validator name: the spec names a program by "the base
// name of the file or the name of the directory", and packages write both validate.py
// and validate for input_validators/validate.py, so either names it. Resolved to paths
// here, at load time, so a name that fits no validator (a typo, or a validator since
// renamed, which would otherwise run without its flags) is an error at the key that
// wrote it; so is a name that fits several, or one validator named twice.

import { basename, extname } from 'node:path';
import { ProblemFileError } from '../../errors.js';
import { closestMatch } from '../../common/did-you-mean.js';
import type { InputValidatorFlags, ProgramRef } from '../model.js';
import type { ConfigFlags, FlagsByNameFrom } from './group-config.js';

/** `validators`: the package's input validators, which the map's names must name. */
export function caseInputValidatorFlags(flags: ConfigFlags, validators: readonly ProgramRef[]): InputValidatorFlags {
  const input = flags.input;
  if (input === undefined) return { inputValidatorFlags: [] };
  if ('flags' in input) return { inputValidatorFlags: [...input.flags] };
  return { inputValidatorFlags: [], inputValidatorFlagsByPath: flagsByPath(input, validators) };
}

function flagsByPath(args: FlagsByNameFrom, validators: readonly ProgramRef[]): Map<string, readonly string[]> {
  const byPath = new Map<string, readonly string[]>();
  const keyFor = new Map<string, string>();
  for (const [name, flags] of args.byName) {
    const validator = validatorNamed(name, args, validators);
    const earlier = keyFor.get(validator.path);
    if (earlier !== undefined) {
      throw new ProblemFileError(args.file, `${args.field}.${name}`, `names the same input validator as ${earlier}`, 'keep one of the two keys');
    }
    keyFor.set(validator.path, name);
    byPath.set(validator.path, flags);
  }
  return byPath;
}

function validatorNamed(name: string, args: FlagsByNameFrom, validators: readonly ProgramRef[]): ProgramRef {
  const matches = validators.filter((validator) => namesOf(validator).includes(name));
  const [only] = matches;
  if (only !== undefined && matches.length === 1) return only;
  const field = `${args.field}.${name}`;
  const listed = validators.map((validator) => basename(validator.path)).join(', ');
  if (matches.length > 1) {
    throw new ProblemFileError(args.file, field, `names ${matches.length} input validators (${matches.map((validator) => basename(validator.path)).join(', ')})`, 'write the file name with its extension');
  }
  if (validators.length === 0) {
    throw new ProblemFileError(args.file, field, 'names an input validator, but the package has none', 'add it to input_validators/, or write the flags as a list');
  }
  const guess = closestMatch(name, validators.flatMap(namesOf));
  throw new ProblemFileError(args.file, field, `no input validator is named ${name}`, `${guess === undefined ? '' : `did you mean ${guess}? `}the package's input validators: ${listed}`);
}

/** input_validators/validate.py answers to "validate.py" and "validate". */
function namesOf(validator: ProgramRef): string[] {
  const name = basename(validator.path);
  const stem = name.slice(0, name.length - extname(name).length);
  return stem === name ? [name] : [name, stem];
}
