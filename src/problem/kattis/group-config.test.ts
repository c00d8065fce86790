import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemFileError } from '../../errors.js';
import { createTempFolder, removeTempFolders } from '../__fixtures__/temp-folder.js';
import { readConfigFlags } from './group-config.js';

afterEach(removeTempFolders);

async function read(yaml: string, name = 'test_group.yaml') {
  const dir = await createTempFolder({ [name]: yaml });
  return { file: join(dir, name), flags: await readConfigFlags(join(dir, name)) };
}

/** The message after "<file>: ". */
async function readError(yaml: string, name = 'test_group.yaml'): Promise<string> {
  const dir = await createTempFolder({ [name]: yaml });
  const file = join(dir, name);
  const error = await readConfigFlags(file).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProblemFileError);
  const message = (error as ProblemFileError).message;
  expect(message.startsWith(`${file}: `)).toBe(true);
  return message.slice(file.length + 2);
}

describe('readConfigFlags: the keys of every version', () => {
  it('allows the 2025-09 test_group.yaml keys, reading only the validator args', async () => {
    const { file, flags } = await read([
      'max_score: 30', 'score_aggregation: min', 'static_validation_score: pass-fail', 'static_validator_args: [--x]',
      'require_pass: [sample]', 'args: [--fast]', 'input_validator_args: [--n, 5]', 'output_validator_args: [case_sensitive]',
      'input_visualizer_args: [--svg]', 'output_visualizer_args: [--png]', 'full_feedback: true',
    ].join('\n'));
    expect(flags).toEqual({
      output: { flags: ['case_sensitive'], file, field: 'output_validator_args' },
      input: { flags: ['--n', '5'], file, field: 'input_validator_args' },
    });
  });

  it('allows a 2025-09 NAME.yaml\'s hint and description', async () => {
    expect((await read('hint: think small\ndescription: n = 1\n', '1.yaml')).flags).toEqual({ output: undefined, input: undefined });
  });

  it('allows the legacy testdata.yaml keys (graders, scores) and the 2023-07 drafts\' scoring', async () => {
    const { file, flags } = await read([
      'on_reject: continue', 'grading: custom', 'grader_flags: sum', 'accept_score: 1', 'reject_score: 0', 'range: 0 100',
      'scoring: { score: 10 }', 'input_validator_flags: --max 5',
    ].join('\n'), 'testdata.yaml');
    expect(flags.input).toEqual({ flags: ['--max', '5'], file, field: 'input_validator_flags' });
  });
});

describe('readConfigFlags: unknown keys', () => {
  it.each([
    ['output_validator_arg: [any_order]', 'output_validator_arg: unknown field (did you mean output_validator_args?)'],
    ['input_validator_arg: [--n, 5]', 'input_validator_arg: unknown field (did you mean input_validator_args?)'],
    ['output_validator_flag: case_sensitive', 'output_validator_flag: unknown field (did you mean output_validator_flags?)'],
    ['descripton: big', 'descripton: unknown field (did you mean description?)'],
  ])('names a typo and the key it was meant to be: %s', async (yaml, message) => {
    expect(await readError(yaml)).toBe(message);
  });

  it('rejects a key of no version, listing the known ones', async () => {
    expect(await readError('vendor_timeout: 5\n', '1.yaml')).toMatch(/^vendor_timeout: unknown field \(expected one of: output_validator_flags, output_validator_args, input_validator_flags, input_validator_args, max_score, .*, scoring\)$/);
  });
});

describe('readConfigFlags: input_validator_args as a map (2025-09)', () => {
  it('keeps each validator\'s flags by the name written', async () => {
    const { file, flags } = await read('input_validator_args:\n  validate: [--max-abs, 100]\n  strict.py: --strict  --ascii\n  other:\n');
    expect(flags.input).toEqual({ byName: new Map([['validate', ['--max-abs', '100']], ['strict.py', ['--strict', '--ascii']], ['other', []]]), file, field: 'input_validator_args' });
  });

  it('reports a value that is no flags at its validator\'s key', async () => {
    expect(await readError('input_validator_args: { validate: { max: 5 } }')).toBe('input_validator_args.validate: expected flags as text or a list, got a mapping (write them like output_validator_args: [float_tolerance, 1e-6] or validator_flags: float_tolerance 1e-6)');
  });

  it('still refuses the map together with the legacy key', async () => {
    expect(await readError('input_validator_args: { validate: [--x] }\ninput_validator_flags: --y')).toBe('input_validator_flags: is given together with input_validator_args (keep one of them: input_validator_args (2025-09) or input_validator_flags (legacy))');
  });
});
