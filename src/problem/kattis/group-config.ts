// What a folder of data/ says about its test cases: test_group.yaml (2025-09) or
// testdata.yaml (legacy, 2023-07 drafts) for the whole group, NAME.yaml for the one case
// NAME. letscode reads only the validator flags; scoring and feedback keys are ignored.

import { z } from 'zod';
import { ProblemFileError } from '../../errors.js';
import { problemFileErrorFromIssues } from '../issue-to-error.js';
import { addIssue, describeValue } from '../schema-fields.js';
import { readYamlFile } from '../yaml-file.js';
import { flagsField } from './flags-field.js';

/** Flags and where they were written, so a bad flag can be reported at its line. */
export interface FlagsFrom {
  flags: readonly string[];
  file: string;
  field: string;
}

/** A group's or case's own flags; an absent key inherits the parent group's. */
export interface ConfigFlags {
  output?: FlagsFrom;
  input?: FlagsFrom;
}

/** Preferred first: a folder holding both is read as 2025-09. */
export const GROUP_CONFIG_FILES = ['test_group.yaml', 'testdata.yaml'] as const;

// input_validator_args may map validator names to their own flags (2025-09). The model has
// one list per test, so that form gives every validator none.
const inputArgs = z.unknown().transform((value, ctx): string[] => {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return [];
  const parsed = flagsField.safeParse(value);
  if (parsed.success) return parsed.data;
  addIssue(ctx, `expected flags as a list or a mapping, got ${describeValue(value)}`, 'write them like input_validator_args: [--max-n, 1000]');
  return z.NEVER;
});

const configSchema = z.looseObject({
  output_validator_flags: flagsField.optional(),
  output_validator_args: flagsField.optional(),
  input_validator_flags: flagsField.optional(),
  input_validator_args: inputArgs.optional(),
});


export async function readConfigFlags(file: string): Promise<ConfigFlags> {
  const data = (await readYamlFile(file)) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ProblemFileError(file, undefined, `expected a mapping of keys, got ${describeValue(data)}`, 'write it as key: value lines');
  }
  const parsed = configSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw problemFileErrorFromIssues(file, parsed.error.issues, { knownFields: {}, fieldFixes: {} });
  const config = parsed.data;
  return {
    output: pick(file, ['output_validator_args', config.output_validator_args], ['output_validator_flags', config.output_validator_flags]),
    input: pick(file, ['input_validator_args', config.input_validator_args], ['input_validator_flags', config.input_validator_flags]),
  };
}

type Keyed = [key: string, flags: string[] | undefined];

/** The 2025-09 key or the legacy one; both at once is a mistake. */
function pick(file: string, [argsKey, args]: Keyed, [flagsKey, flags]: Keyed): FlagsFrom | undefined {
  if (args !== undefined && flags !== undefined) {
    throw new ProblemFileError(file, flagsKey, `is given together with ${argsKey}`, `keep one of them: ${argsKey} (2025-09) or ${flagsKey} (legacy)`);
  }
  if (args !== undefined) return { flags: args, file, field: argsKey };
  if (flags !== undefined) return { flags, file, field: flagsKey };
  return undefined;
}
