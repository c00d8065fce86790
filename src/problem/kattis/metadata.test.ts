import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemFileError } from '../../errors.js';
import { createTempFolder, removeTempFolders } from '../__fixtures__/temp-folder.js';
import { readKattisMetadata } from './metadata.js';

afterEach(removeTempFolders);

const MiB = 1024 * 1024;

async function read(yaml: string) {
  const dir = await createTempFolder({ 'problem.yaml': yaml });
  return readKattisMetadata(join(dir, 'problem.yaml'));
}

async function readError(yaml: string): Promise<string> {
  const dir = await createTempFolder({ 'problem.yaml': yaml });
  const file = join(dir, 'problem.yaml');
  const error = await readKattisMetadata(file).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProblemFileError);
  const message = (error as ProblemFileError).message;
  expect(message).not.toMatch(/\n|ZodError|Invalid input/);
  expect(message.startsWith(`${file}: `)).toBe(true);
  return message.slice(file.length + 2);
}

describe('readKattisMetadata: legacy', () => {
  it('gives the defaults for an empty problem.yaml', async () => {
    expect(await read('')).toEqual({
      version: 'legacy',
      name: undefined,
      interactive: false,
      customValidation: undefined,
      validatorFlags: [],
      timeLimitMs: undefined,
      acToTimeLimit: 5,
      resolutionMs: 1000,
      // problemtools' defaults for legacy packages (format-defaults.ts), not letscode's own 256 MiB / 64 MiB.
      memoryBytes: 1024 * MiB,
      outputBytes: 8 * MiB,
      codeBytes: 128 * 1024,
    });
  });

  it('reads the legacy keys and ignores the ones letscode does not use', async () => {
    const metadata = await read([
      'name: Sum',
      'author: Someone',
      'uuid: 0b1c',
      'grading: { objective: max }',
      'validation: custom score',
      'validator_flags: float_tolerance 1e-6  case_sensitive',
      'limits: { time_multiplier: 3, time_safety_margin: 2, memory: 512, output: 16, code: 128, compilation_time: 60 }',
    ].join('\n'));
    expect(metadata).toMatchObject({
      version: 'legacy',
      name: 'Sum',
      customValidation: true,
      interactive: false,
      validatorFlags: ['float_tolerance', '1e-6', 'case_sensitive'],
      acToTimeLimit: 3,
      resolutionMs: 1000,
      memoryBytes: 512 * MiB,
      outputBytes: 16 * MiB,
    });
  });

  it.each(['legacy', 'legacy-icpc'])('treats problem_format_version %s as legacy', async (version) => {
    expect((await read(`problem_format_version: ${version}\nlimits: { time_multiplier: 4 }`)).acToTimeLimit).toBe(4);
  });

  it.each([
    ['custom interactive', { customValidation: true, interactive: true }],
    ['custom interactive score', { customValidation: true, interactive: true }],
    ['default', { customValidation: false, interactive: false }],
  ])('reads validation: %s', async (validation, expected) => {
    expect(await read(`validation: ${validation}`)).toMatchObject(expected);
  });

  it('reads the code limit in KiB', async () => {
    expect((await read('limits: { code: 64 }')).codeBytes).toBe(64 * 1024);
  });

  it('checks time_safety_margin, which it does not use', async () => {
    expect(await readError('limits: { time_safety_margin: 0.5 }')).toBe('limits.time_safety_margin: must be at least 1, got 0.5 (write it like time_safety_margin: 2)');
  });

  it('ignores the newer time multipliers in a legacy package', async () => {
    expect((await read('limits: { time_multipliers: { ac_to_time_limit: 2 } }')).acToTimeLimit).toBe(5);
  });
});

describe('readKattisMetadata: 2023-07 and 2025-09', () => {
  it.each(['2023-07-draft', '2023-07', '2025-09-draft', '2025-09', 'draft'])('reads problem_format_version %s', async (version) => {
    const metadata = await read(`problem_format_version: "${version}"\nname: Hello\nuuid: 1234\nlimits: { time_limit: 2.5 }`);
    expect(metadata).toMatchObject({ version: 'modern', name: 'Hello', timeLimitMs: 2500, acToTimeLimit: 2, resolutionMs: 1000 });
  });

  it('takes the English name from a map of languages, else the first one', async () => {
    expect((await read('problem_format_version: 2025-09\nname: { sv: Hej, en: Hello }')).name).toBe('Hello');
    expect((await read('problem_format_version: 2025-09\nname: { sv: Hej, de: Hallo }')).name).toBe('Hej');
  });

  it('reads the time multipliers, the resolution, memory and output', async () => {
    const metadata = await read([
      'problem_format_version: 2023-07-draft',
      'limits:',
      '  time_multipliers: { ac_to_time_limit: 3, time_limit_to_tle: 1.5 }',
      '  time_resolution: 0.25',
      '  memory: 2048',
      '  output: 8',
      '  validation_passes: 2',
    ].join('\n'));
    expect(metadata).toMatchObject({ timeLimitMs: undefined, acToTimeLimit: 3, resolutionMs: 250, memoryBytes: 2048 * MiB, outputBytes: 8 * MiB });
  });

  it.each([
    ['interactive', true],
    ['[pass-fail, interactive]', true],
    ['[scoring]', false],
    ['pass-fail', false],
  ])('reads type: %s', async (type, interactive) => {
    expect((await read(`problem_format_version: 2025-09\ntype: ${type}`)).interactive).toBe(interactive);
  });

  it('gives 2023-07 and later 2048 MiB of memory, 8 MiB of output and 128 KiB of code by default', async () => {
    expect(await read('problem_format_version: 2023-07-draft')).toMatchObject({ memoryBytes: 2048 * MiB, outputBytes: 8 * MiB, codeBytes: 128 * 1024, acToTimeLimit: 2, resolutionMs: 1000 });
  });

  it('checks time_multipliers.time_limit_to_tle, which it does not use', async () => {
    expect(await readError('problem_format_version: 2025-09\nlimits: { time_multipliers: { time_limit_to_tle: 0 } }')).toBe('limits.time_multipliers.time_limit_to_tle: must be at least 1, got 0 (write it like time_limit_to_tle: 1.5)');
  });

  it('ignores the legacy time multiplier in a newer package', async () => {
    expect((await read('problem_format_version: 2025-09\nlimits: { time_multiplier: 7 }')).acToTimeLimit).toBe(2);
  });

  it('rounds a time limit to whole milliseconds', async () => {
    expect((await read('problem_format_version: 2025-09\nlimits: { time_limit: 0.0004 }')).timeLimitMs).toBe(1);
  });
});

describe('readKattisMetadata: mistakes in the keys letscode uses', () => {
  it.each([
    ['problem_format_version: 2023-7', 'problem_format_version: the text "2023-7" is not a format version letscode reads (did you mean 2023-07? write one of legacy, legacy-icpc, 2025-09, 2023-07, 2025-09-draft, 2023-07-draft, draft (quoted, so YAML keeps it text))'],
    ['problem_format_version: 2099-01', 'problem_format_version: the text "2099-01" is not a format version letscode reads (write one of legacy, legacy-icpc, 2025-09, 2023-07, 2025-09-draft, 2023-07-draft, draft (quoted, so YAML keeps it text))'],
    ['problem_format_version: 2025', 'problem_format_version: the number 2025 is not a format version letscode reads (did you mean 2025-09? write one of legacy, legacy-icpc, 2025-09, 2023-07, 2025-09-draft, 2023-07-draft, draft (quoted, so YAML keeps it text))'],
    ['name: [a, b]', 'name: expected a name or a mapping from language to name, got a list (write it like name: Hello World or name: { en: Hello World })'],
    ['name: { en: [x] }', 'name.en: expected a name, got a list (write it like en: Hello World, or remove the line to use the default)'],
    ['type: interactiv', 'type: "interactiv" is not a problem type (did you mean interactive?)'],
    ['type: [pass-fail, multi-pass]', 'type.1: letscode cannot judge multi-pass problems (judge it with a system that supports them)'],
    ['validation: special', 'validation: "special" does not start with default or custom (write validation: default, or custom followed by interactive and/or score)'],
    ['validation: custom fast', 'validation: "custom fast" is not a validation mode (write validation: default, or custom followed by interactive and/or score)'],
    ['validator_flags: { a: 1 }', 'validator_flags: expected flags as text or a list, got a mapping (write them like output_validator_args: [float_tolerance, 1e-6] or validator_flags: float_tolerance 1e-6)'],
    ['limits: 5', 'limits: expected a mapping, got the number 5 (write limits as a mapping, e.g. limits: { time_limit: 2, memory: 2048 })'],
    ['limits: { time_limit: 2s }', 'limits.time_limit: expected a number of seconds, got the text "2s" (write it like time_limit: 2.5)'],
    ['limits: { time_limit: 0 }', 'limits.time_limit: must be greater than 0, got 0 (write it like time_limit: 2.5)'],
    ['limits: { time_multiplier: 0.5 }', 'limits.time_multiplier: must be at least 1, got 0.5 (write it like time_multiplier: 5)'],
    ['limits: { time_multipliers: { ac_to_time_limit: "2" } }', 'limits.time_multipliers.ac_to_time_limit: expected a number of times the slowest accepted run, got the text "2" (write it like ac_to_time_limit: 2.0)'],
    ['limits: { time_resolution: -1 }', 'limits.time_resolution: must be greater than 0, got -1 (write it like time_resolution: 1.0)'],
    ['limits: { memory: 1.5 }', 'limits.memory: expected a whole number, got the number 1.5 (write it like memory: 2048 (MiB))'],
    ['limits: { output: 0 }', 'limits.output: 0 is out of range (use a whole number from 1 to 65536)'],
  ])('%s', async (yaml, message) => {
    expect(await readError(yaml)).toBe(message);
  });

  it('rejects a problem.yaml that is not a mapping', async () => {
    expect(await readError('- a\n- b\n')).toBe('expected a mapping of keys, got a list (write problem.yaml as key: value lines)');
  });
});

describe('readKattisMetadata: unknown keys', () => {
  it.each([
    ['limits: { time_limt: 1 }', 'limits.time_limt: unknown field (did you mean time_limit?)'],
    ['limits: { memroy: 512 }', 'limits.memroy: unknown field (did you mean memory?)'],
    ['limits: { time_multipliers: { ac_to_time_limt: 3 } }', 'limits.time_multipliers.ac_to_time_limt: unknown field (did you mean ac_to_time_limit?)'],
    ['validator_flag: case_sensitive', 'validator_flag: unknown field (did you mean validator_flags?)'],
    ['problem_format_versoin: 2025-09', 'problem_format_versoin: unknown field (did you mean problem_format_version?)'],
    ['time_limit: 2', 'time_limit: unknown field (did you mean limits.time_limit? write it under limits:, e.g. limits: { time_limit: ... })'],
  ])('names a typo and the key it was meant to be: %s', async (yaml, message) => {
    expect(await readError(yaml)).toBe(message);
  });

  it('rejects a key of no version, listing the known ones', async () => {
    expect(await readError('problem_format_version: 2025-09\nvendor_rating: 5')).toMatch(/^vendor_rating: unknown field \(expected one of: problem_format_version, name, type, validation, validator_flags, limits, uuid, .*, grading\)$/);
    expect(await readError('limits: { gpu: 1 }')).toMatch(/^limits\.gpu: unknown field \(expected one of: time_limit, .*, validation_passes\)$/);
  });

  it('allows every key of legacy, whatever the version says', async () => {
    await read([
      'problem_format_version: legacy', 'type: scoring', 'name: Sum', 'uuid: 0b1c', 'author: A and B', 'source: NWERC', 'source_url: https://nwerc.example',
      'license: cc by', 'rights_owner: NWERC', 'validation: custom score', 'validator_flags: x', 'grading: { objective: min, show_test_data_groups: true }', 'keywords: sum easy',
      'limits: { time_multiplier: 3, time_safety_margin: 2, memory: 512, output: 8, code: 128, compilation_time: 60, compilation_memory: 2048, validation_time: 60, validation_memory: 2048, validation_output: 8 }',
    ].join('\n'));
  });

  it('allows every key of 2025-09', async () => {
    await read([
      'problem_format_version: 2025-09', 'type: [pass-fail, interactive]', 'name: { en: Sum }', 'uuid: 0b1c', 'version: 1.2', 'credits: { authors: A }',
      'source: { name: NWERC, url: https://nwerc.example }', 'license: cc0', 'rights_owner: NWERC', 'embargo_until: 2030-01-01', 'keywords: [sum]',
      'languages: [cpp, python3]', 'allow_file_writing: true', 'constants: { max_n: 100 }',
      'limits:', '  time_multipliers: { ac_to_time_limit: 2, time_limit_to_tle: 1.5 }', '  time_limit: 1', '  time_resolution: 0.5', '  memory: 2048', '  output: 8',
      '  code: 128', '  compilation_time: 60', '  compilation_memory: 2048', '  validation_time: 60', '  validation_memory: 2048', '  validation_output: 8', '  validation_passes: 2',
    ].join('\n'));
  });
});
