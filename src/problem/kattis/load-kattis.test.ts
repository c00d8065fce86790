import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemFileError } from '../../errors.js';
import { createTempFolder, removeTempFolders } from '../__fixtures__/temp-folder.js';
import { DEFAULT_LIMITS, wallTimeFor } from '../model.js';
import { loadKattisProblem } from './load-kattis.js';

afterEach(removeTempFolders);

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/kattis/', import.meta.url));
const MiB = 1024 * 1024;

/** A package with one secret case and whatever else `files` adds. */
async function pack(files: Record<string, string>) {
  return createTempFolder({ 'data/secret/1.in': '1\n', 'data/secret/1.ans': '1\n', ...files });
}

async function loadError(dir: string, options = {}): Promise<string> {
  const error = await loadKattisProblem(dir, options).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProblemFileError);
  return (error as ProblemFileError).message;
}

describe('loadKattisProblem: the fixture packages', () => {
  it('loads sum-groups (legacy): tests, flags, .timelimit, limits, submissions', async () => {
    const dir = join(FIXTURES, 'sum-groups');
    const problem = await loadKattisProblem(dir);
    expect(problem).toMatchObject({
      name: 'Sum of Groups',
      dir,
      sourceFile: join(dir, 'problem.yaml'),
      format: 'kattis',
      limits: { timeMs: 1500, wallTimeMs: wallTimeFor(1500), memoryBytes: 512 * MiB, outputBytes: 16 * MiB, pidsLimit: DEFAULT_LIMITS.pidsLimit },
      timeLimitSource: { kind: 'given' },
      checker: { name: 'kattis-default' },
      interactor: null,
      inputValidators: [{ path: join(dir, 'input_validators/validate.py') }],
      submissionsDir: join(dir, 'submissions'),
    });
    expect(problem.tests.map((test) => [test.name, test.sample, test.checkerFlags.join(' '), test.inputValidatorFlags.join(' ')])).toEqual([
      ['sample/1', true, 'case_sensitive', ''],
      ['sample/2', true, 'case_sensitive', ''],
      ['secret/group1/01-small', false, 'case_sensitive', ''],
      ['secret/group1/02-big', false, 'case_sensitive', ''],
      ['secret/group2/01-negative', false, 'case_sensitive float_tolerance 1e-6', '--max-abs 1000000000000'],
      ['secret/group2/02-linked', false, 'case_sensitive float_tolerance 1e-6', '--max-abs 1000000000000'],
    ]);
    expect(problem.tests[5]?.input).toEqual({ kind: 'file', path: join(dir, 'data/secret/group2/02-linked.in') });
  });

  it('loads invalid-inputs (2025-09): data/invalid_input/, with the arguments its test_group.yaml and NAME.yaml set', async () => {
    const dir = join(FIXTURES, 'invalid-inputs');
    const problem = await loadKattisProblem(dir);
    expect(problem.tests.map((test) => test.name)).toEqual(['sample/1', 'secret/01-one', 'secret/02-bounds']);
    expect(problem.invalidInputs.map((invalid) => [invalid.name, invalid.inputValidatorFlags.join(' ')])).toEqual([
      ['invalid_input/01-empty', ''],
      ['invalid_input/02-letters', ''],
      ['invalid_input/03-trailing-space', ''],
      ['invalid_input/bounds/01-over-group-bound', '--max-abs 100'],
      ['invalid_input/bounds/02-over-case-bound', '--max-abs 10'],
    ]);
    expect(problem.invalidInputs[0]?.input).toEqual({ kind: 'file', path: join(dir, 'data/invalid_input/01-empty.in') });
    expect((await loadKattisProblem(join(FIXTURES, 'sum-groups'))).invalidInputs).toEqual([]);
  });

  it('loads the output cases of average (default validator) and factor-pair (its own), flags included', async () => {
    const average = await loadKattisProblem(join(FIXTURES, 'average'));
    expect(average.outputCases.map((item) => [item.name, item.expected, item.checkerFlags.join(' ')])).toEqual([
      ['invalid_output/01-off-by-1e-5', 'invalid', 'float_tolerance 1e-6'],
      ['invalid_output/02-two-decimals', 'invalid', 'float_tolerance 1e-6'],
      ['invalid_output/03-empty', 'invalid', 'float_tolerance 1e-6'],
      ['invalid_output/04-words', 'invalid', 'float_tolerance 1e-6'],
      ['invalid_output/tight/01-seven-decimals', 'invalid', 'float_tolerance 1e-6 float_tolerance 1e-9'],
      ['valid_output/01-seven-decimals', 'valid', 'float_tolerance 1e-6'],
      ['valid_output/02-scientific', 'valid', 'float_tolerance 1e-6'],
      ['valid_output/03-spaces', 'valid', 'float_tolerance 1e-6'],
      ['valid_output/04-loose', 'valid', 'float_tolerance 1e-6 float_tolerance 1e-2'],
    ]);
    const factorPair = await loadKattisProblem(join(FIXTURES, 'factor-pair'));
    expect(factorPair.checker).toEqual({ name: 'external', protocol: 'kattis', program: { path: join(FIXTURES, 'factor-pair/output_validator') } });
    expect(factorPair.outputCases.filter((item) => item.checkerFlags.length > 0).map((item) => [item.name, item.checkerFlags])).toEqual([['valid_output/any-order/01-swapped', ['any_order']]]);
    expect((await loadKattisProblem(join(FIXTURES, 'sum-groups'))).outputCases).toEqual([]);
  });

  it('loads no-timelimit (2023-07): the time limit is left to derive from the accepted submissions', async () => {
    const dir = join(FIXTURES, 'no-timelimit');
    const problem = await loadKattisProblem(dir);
    expect(problem).toMatchObject({
      name: 'Greetings',
      limits: { timeMs: 0, wallTimeMs: 0, memoryBytes: 1024 * MiB, outputBytes: 8 * MiB },
      timeLimitSource: {
        kind: 'derive',
        acceptedSubmissions: [join(dir, 'submissions/accepted/greet.cpp'), join(dir, 'submissions/accepted/greet.py')],
        acToTimeLimit: 3,
        resolutionMs: 500,
      },
      checker: { name: 'kattis-default' },
    });
    expect(problem.tests.map((test) => test.name)).toEqual(['sample/01', 'secret/01-short', 'secret/02-other']);
  });
});

describe('loadKattisProblem: the time limit', () => {
  it('prefers limits.time_limit to .timelimit', async () => {
    const dir = await pack({ 'problem.yaml': 'limits: { time_limit: 3 }', '.timelimit': '2\n' });
    expect((await loadKattisProblem(dir)).limits.timeMs).toBe(3000);
  });

  it.each([['2\n', 2000], ['1.5', 1500], [' 0.25 \n', 250]])('reads .timelimit %j', async (content, timeMs) => {
    const dir = await pack({ 'problem.yaml': '', '.timelimit': content });
    expect((await loadKattisProblem(dir)).limits).toMatchObject({ timeMs, wallTimeMs: wallTimeFor(timeMs) });
  });

  it.each(['', 'two', '0', '-1', '2s'])('rejects .timelimit %j', async (content) => {
    const dir = await pack({ 'problem.yaml': '', '.timelimit': content });
    expect(await loadError(dir)).toBe(`${join(dir, '.timelimit')}: expected the time limit in seconds, got ${JSON.stringify(content)} (write a number of seconds, e.g. 2 or 1.5)`);
  });

  it('derives with the legacy multiplier and a one-second resolution', async () => {
    const dir = await pack({ 'problem.yaml': 'limits: { time_multiplier: 4 }', 'submissions/accepted/a.py': '', 'submissions/accepted/b/main.cpp': '', 'submissions/accepted/.hidden.py': '' });
    expect((await loadKattisProblem(dir)).timeLimitSource).toEqual({
      kind: 'derive',
      acceptedSubmissions: [join(dir, 'submissions/accepted/a.py'), join(dir, 'submissions/accepted/b')],
      acToTimeLimit: 4,
      resolutionMs: 1000,
    });
  });

  it('says how to give a time limit when there is none and nothing to derive it from', async () => {
    const dir = await pack({ 'problem.yaml': 'problem_format_version: 2025-09', 'submissions/wrong_answer/a.py': '' });
    expect(await loadError(dir)).toBe(`${join(dir, 'problem.yaml')}: limits.time_limit: is not set, and there is no .timelimit file nor an accepted submission to derive it from (set limits.time_limit (seconds), add submissions/accepted/, or pass --time-limit)`);
  });

  it('accepts a package with nothing to derive from when --time-limit is given', async () => {
    const dir = await pack({ 'problem.yaml': '' });
    expect((await loadKattisProblem(dir, { timeLimitMs: 700 })).timeLimitSource).toEqual({ kind: 'derive', acceptedSubmissions: [], acToTimeLimit: 5, resolutionMs: 1000 });
  });
});

describe('loadKattisProblem: validators', () => {
  it('uses a legacy custom validator: the single entry of output_validators/, a file or a folder', async () => {
    const file = await pack({ 'problem.yaml': 'validation: custom\nlimits: { time_limit: 1 }', 'output_validators/check.cpp': '' });
    expect((await loadKattisProblem(file)).checker).toEqual({ name: 'external', protocol: 'kattis', program: { path: join(file, 'output_validators/check.cpp') } });
    const folder = await pack({ 'problem.yaml': 'validation: custom\nlimits: { time_limit: 1 }', 'output_validators/check/check.cpp': '', 'output_validators/check/testlib.h': '' });
    expect((await loadKattisProblem(folder)).checker).toEqual({ name: 'external', protocol: 'kattis', program: { path: join(folder, 'output_validators/check') } });
  });

  it('ignores output_validators/ in a legacy package that says validation: default', async () => {
    const dir = await pack({ 'problem.yaml': 'limits: { time_limit: 1 }', 'output_validators/a.cpp': '', 'output_validators/b.cpp': '' });
    expect((await loadKattisProblem(dir)).checker).toEqual({ name: 'kattis-default' });
  });

  it('uses output_validator/ of a newer package as the program', async () => {
    const dir = await pack({ 'problem.yaml': 'problem_format_version: 2025-09\nlimits: { time_limit: 1 }', 'output_validator/validator.py': '' });
    expect((await loadKattisProblem(dir)).checker).toEqual({ name: 'external', protocol: 'kattis', program: { path: join(dir, 'output_validator') } });
  });

  it.each([
    ['legacy', 'validation: custom interactive\nlimits: { time_limit: 1 }', 'output_validators/interactor.py', 'output_validators/interactor.py'],
    ['2025-09', 'problem_format_version: 2025-09\ntype: interactive\nlimits: { time_limit: 1 }', 'output_validator/interactor.py', 'output_validator'],
  ])('makes the validator of an interactive %s package the interactor; answers may be missing', async (_, yaml, file, program) => {
    const dir = await createTempFolder({ 'problem.yaml': yaml, [file]: '', 'data/secret/1.in': '5\n' });
    const problem = await loadKattisProblem(dir);
    expect(problem.interactor).toEqual({ program: { path: join(dir, program) }, protocol: 'kattis' });
    expect(problem.checker).toEqual({ name: 'kattis-default' });
    expect(problem.tests[0]?.answer).toEqual({ kind: 'inline', content: '' });
  });

  it('does not check an interactor\'s or a custom validator\'s flags', async () => {
    const dir = await pack({ 'problem.yaml': 'validation: custom\nvalidator_flags: --anything\nlimits: { time_limit: 1 }', 'output_validators/v.py': '' });
    expect((await loadKattisProblem(dir)).tests[0]?.checkerFlags).toEqual(['--anything']);
  });

  it.each([
    ['validation: custom', `validation: validation: custom needs an output validator, and the package has none`],
    ['problem_format_version: 2025-09\ntype: interactive', `type: an interactive problem needs an output validator, and the package has none`],
  ])('rejects %j without a validator program', async (yaml, message) => {
    const dir = await pack({ 'problem.yaml': `${yaml}\nlimits: { time_limit: 1 }` });
    expect(await loadError(dir)).toContain(`${join(dir, 'problem.yaml')}: ${message}`);
  });

  it('rejects a legacy output_validators/ with several programs', async () => {
    const dir = await pack({ 'problem.yaml': 'validation: custom\nlimits: { time_limit: 1 }', 'output_validators/a.cpp': '', 'output_validators/b': '' });
    expect(await loadError(dir)).toBe(`${join(dir, 'output_validators')}: holds 2 programs (a.cpp, b); letscode runs one output validator (keep one program there: a source file, or a folder for a multi-file program)`);
  });

  it('rejects validator_flags the default validator does not know', async () => {
    const dir = await pack({ 'problem.yaml': 'validator_flags: float_tolerance x\nlimits: { time_limit: 1 }' });
    expect(await loadError(dir)).toBe(`${join(dir, 'problem.yaml')}: validator_flags: validator flag float_tolerance needs a number after it, got "x" (fix the flags, or give the problem its own output validator)`);
  });

  it('lists input validators from input_validators/ and input_validator/', async () => {
    const dir = await pack({ 'problem.yaml': 'limits: { time_limit: 1 }', 'input_validators/b.py': '', 'input_validators/a/main.cpp': '', 'input_validator/c.ctd': '' });
    expect((await loadKattisProblem(dir)).inputValidators).toEqual([
      { path: join(dir, 'input_validators/a') },
      { path: join(dir, 'input_validators/b.py') },
      { path: join(dir, 'input_validator/c.ctd') },
    ]);
  });
});

describe('loadKattisProblem: defaults', () => {
  // The format's defaults (format-defaults.ts), no longer letscode's own 256 MiB / 64 MiB:
  // a package written for 1 GiB must not get MLE here, nor a 10 MiB output flood pass.
  it('names the problem after its folder and uses the legacy format defaults', async () => {
    const dir = await pack({ 'problem.yaml': 'limits: { time_limit: 1 }' });
    const problem = await loadKattisProblem(dir);
    expect(problem.name).toBe(basename(dir));
    expect(problem.limits).toEqual({ timeMs: 1000, wallTimeMs: wallTimeFor(1000), memoryBytes: 1024 * MiB, outputBytes: 8 * MiB, pidsLimit: DEFAULT_LIMITS.pidsLimit });
    expect(problem.codeLimitBytes).toBe(128 * 1024);
    expect(problem.submissionsDir).toBeNull();
  });

  it('gives a 2023-07 package 2048 MiB unless it says otherwise', async () => {
    const dir = await pack({ 'problem.yaml': 'problem_format_version: 2023-07-draft\nlimits: { time_limit: 1, output: 16 }' });
    expect((await loadKattisProblem(dir)).limits).toMatchObject({ memoryBytes: 2048 * MiB, outputBytes: 16 * MiB });
  });
});
