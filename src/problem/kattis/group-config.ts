// What a folder of data/ says about its test cases: test_group.yaml (2025-09) or
// testdata.yaml (legacy, 2023-07 drafts) for the whole group, NAME.yaml for the one case
// NAME. letscode reads only the validator flags; the format's scoring, feedback and
// visualizer keys are allowed and ignored, and any other key is an error (spec-keys.ts).

import { z } from 'zod';
import { ProblemFileError } from '../../errors.js';
import { problemFileErrorFromIssues } from '../../common/issue-to-error.js';
import { describeValue, oneOfForms } from '../../common/schema-fields.js';
import { readYamlFile } from '../../common/yaml-file.js';
import { flagsField } from './flags-field.js';
import { IGNORED_GROUP_CONFIG_KEYS, ignoredKeys } from './spec-keys.js';

/** Where flags were written, so a bad flag or validator name can be reported at its line. */
interface WrittenIn {
  file: string;
  field: string;
}

/** Flags for every validator. */
export interface FlagsFrom extends WrittenIn {
  flags: readonly string[];
}

/** The 2025-09 map form of input_validator_args: each input validator's own flags, by its name. */
export interface FlagsByNameFrom extends WrittenIn {
  byName: ReadonlyMap<string, readonly string[]>;
}

/** A group's or case's own flags; an absent key inherits the parent group's. */
export interface ConfigFlags {
  output?: FlagsFrom;
  input?: FlagsFrom | FlagsByNameFrom;
}

/** Preferred first: a folder holding both is read as 2025-09. */
export const GROUP_CONFIG_FILES = ['test_group.yaml', 'testdata.yaml'] as const;

// Flags for every input validator, or (2025-09) a mapping from validator name to its own
// flags, resolved against the package's validators by input-validator-flags.ts. An empty
// value is no flags, as flagsField has it.
const inputArgs = z.preprocess((value) => value ?? [], oneOfForms(
  {
    text: flagsField,
    number: flagsField,
    list: flagsField,
    mapping: z.record(z.string(), flagsField).transform((byName) => new Map(Object.entries(byName))),
  },
  { what: 'flags as a list, or a mapping from input validator to flags', fix: 'write them like input_validator_args: [--max-n, 1000] or input_validator_args: { validate: [--max-n, 1000] }' },
));

const configShape = {
  output_validator_flags: flagsField.optional(),
  output_validator_args: flagsField.optional(),
  input_validator_flags: flagsField.optional(),
  input_validator_args: inputArgs.optional(),
  ...ignoredKeys(IGNORED_GROUP_CONFIG_KEYS),
};

const configSchema = z.strictObject(configShape);

export async function readConfigFlags(file: string): Promise<ConfigFlags> {
  const data = (await readYamlFile(file)) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ProblemFileError(file, undefined, `expected a mapping of keys, got ${describeValue(data)}`, 'write it as key: value lines');
  }
  const parsed = configSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw problemFileErrorFromIssues(file, parsed.error.issues, { knownFields: { '': Object.keys(configShape) }, fieldFixes: {} });
  const config = parsed.data;
  const output = pick(file, ['output_validator_args', config.output_validator_args], ['output_validator_flags', config.output_validator_flags]);
  const input = pick(file, ['input_validator_args', config.input_validator_args], ['input_validator_flags', config.input_validator_flags]);
  return {
    output: output && { flags: output.value, file, field: output.field },
    input: input && (input.value instanceof Map ? { byName: input.value, file, field: input.field } : { flags: input.value, file, field: input.field }),
  };
}

type Keyed<Value> = [key: string, value: Value | undefined];

/** The 2025-09 key or the legacy one, with the key it was given under; both at once is a mistake. */
function pick<Value>(file: string, [argsKey, args]: Keyed<Value>, [flagsKey, flags]: Keyed<Value>): { field: string; value: Value } | undefined {
  if (args !== undefined && flags !== undefined) {
    throw new ProblemFileError(file, flagsKey, `is given together with ${argsKey}`, `keep one of them: ${argsKey} (2025-09) or ${flagsKey} (legacy)`);
  }
  if (args !== undefined) return { field: argsKey, value: args };
  if (flags !== undefined) return { field: flagsKey, value: flags };
  return undefined;
}
