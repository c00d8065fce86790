import { mkdir, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemFileError } from '../../errors.js';
import { createTempFolder, removeTempFolders } from '../__fixtures__/temp-folder.js';
import { inputValidatorFlagsFor } from '../model.js';
import { readKattisTests, type KattisTestsOptions } from './test-cases.js';

afterEach(removeTempFolders);

const NO_FLAGS = { flags: [], file: 'problem.yaml', field: 'validator_flags' };

/** A data/ folder holding `files`; `links` maps a link path to its (relative) target. */
async function data(files: Record<string, string>, links: Record<string, string> = {}) {
  const root = await createTempFolder(Object.fromEntries(Object.entries(files).map(([path, content]) => [`data/${path}`, content])));
  for (const [link, target] of Object.entries(links)) {
    await mkdir(dirname(join(root, 'data', link)), { recursive: true });
    await symlink(target, join(root, 'data', link));
  }
  return join(root, 'data');
}

async function tests(dataDir: string, options: Partial<KattisTestsOptions> = {}) {
  return readKattisTests({ dataDir, interactive: false, problemFlags: NO_FLAGS, inputValidators: [], ...options });
}

async function testsError(dataDir: string, options: Partial<KattisTestsOptions> = {}): Promise<ProblemFileError> {
  const error = await tests(dataDir, options).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProblemFileError);
  return error as ProblemFileError;
}

/** NAME.in and NAME.ans for each name. */
function cases(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => [[`${name}.in`, '1\n'], [`${name}.ans`, '1\n']]));
}

describe('readKattisTests: order and names', () => {
  it('puts samples first, then secret cases, each folder in lexicographic order of names', async () => {
    const dir = await data(cases('secret/b', 'secret/a', 'secret/10', 'secret/9', 'sample/2', 'sample/1', 'secret/A'));
    expect((await tests(dir)).map((test) => [test.name, test.sample])).toEqual([
      ['sample/1', true],
      ['sample/2', true],
      ['secret/10', false],
      ['secret/9', false],
      ['secret/A', false],
      ['secret/a', false],
      ['secret/b', false],
    ]);
  });

  it('walks nested groups depth-first, ordering groups and cases by name together', async () => {
    const dir = await data(cases('secret/g2/01', 'secret/g1/deep/02', 'secret/g1/01', 'secret/g1/deep/01', 'secret/g1a', 'secret/g1-x/01'));
    expect((await tests(dir)).map((test) => test.name)).toEqual([
      'secret/g1/01',
      'secret/g1/deep/01',
      'secret/g1/deep/02',
      'secret/g1-x/01',
      'secret/g1a',
      'secret/g2/01',
    ]);
  });

  it('gives each case its input and answer file', async () => {
    const dir = await data(cases('secret/g/03-big'));
    expect(await tests(dir)).toEqual([{
      name: 'secret/g/03-big',
      input: { kind: 'file', path: join(dir, 'secret/g/03-big.in') },
      answer: { kind: 'file', path: join(dir, 'secret/g/03-big.ans') },
      sample: false,
      checkerFlags: [],
      inputValidatorFlags: [],
    }]);
  });

  it('ignores hidden entries, other files, NAME.files folders and folders other than sample and secret', async () => {
    const dir = await data({
      ...cases('secret/1'),
      'secret/.hidden.in': '', 'secret/1.png': '', 'secret/1.interaction': '', 'secret/1.in.statement': '',
      'secret/1.files/extra.in': '', 'invalid_input/bad.in': '', '.git/x.in': '', 'sample/1.out': '',
    });
    expect((await tests(dir)).map((test) => test.name)).toEqual(['secret/1']);
  });
});

describe('readKattisTests: symlinks', () => {
  it('follows a relative symlink to another group\'s files', async () => {
    const dir = await data(cases('secret/g1/01-big'), { 'secret/g2/01-linked.in': '../g1/01-big.in', 'secret/g2/01-linked.ans': '../g1/01-big.ans' });
    const linked = (await tests(dir)).find((test) => test.name === 'secret/g2/01-linked');
    expect(linked?.input).toEqual({ kind: 'file', path: join(dir, 'secret/g2/01-linked.in') });
    expect(linked?.answer).toEqual({ kind: 'file', path: join(dir, 'secret/g2/01-linked.ans') });
  });

  it('follows a symlinked group folder', async () => {
    const dir = await data(cases('shared/01'), { 'secret/g': '../shared' });
    expect((await tests(dir)).map((test) => test.name)).toEqual(['secret/g/01']);
  });

  it('names a dangling symlink', async () => {
    const dir = await data(cases('secret/1'), { 'secret/2.in': 'nowhere.in' });
    const error = await testsError(dir);
    expect(error.message).toBe(`${join(dir, 'secret/2.in')}: is a symlink to nowhere.in, which does not exist (point the link at a file of the package, or remove it)`);
  });

  it('stops at a symlink loop', async () => {
    const dir = await data(cases('secret/g/1'), { 'secret/g/again': '..' });
    expect((await testsError(dir)).message).toBe(`${join(dir, 'secret/g/again')}: links back to a folder that contains it (remove the symlink loop)`);
  });
});

describe('readKattisTests: validator flags', () => {
  it('inherits group flags down the tree; a group\'s own key overrides its parent\'s', async () => {
    const dir = await data({
      ...cases('sample/1', 'secret/a/1', 'secret/a/inner/1', 'secret/b/1'),
      'testdata.yaml': 'output_validator_flags: case_sensitive\ninput_validator_flags: --small\n',
      'secret/a/testdata.yaml': 'output_validator_flags: float_tolerance 1e-6\n',
      'secret/b/testdata.yaml': 'output_validator_flags: ""\ninput_validator_flags: --big --strict\n',
    });
    const flags = (await tests(dir)).map((test) => [test.name, test.checkerFlags, test.inputValidatorFlags]);
    expect(flags).toEqual([
      ['sample/1', ['case_sensitive'], ['--small']],
      ['secret/a/1', ['float_tolerance', '1e-6'], ['--small']],
      ['secret/a/inner/1', ['float_tolerance', '1e-6'], ['--small']],
      ['secret/b/1', [], ['--big', '--strict']],
    ]);
  });

  it('puts problem.yaml\'s validator_flags before the group\'s', async () => {
    const dir = await data({ ...cases('secret/1'), 'secret/testdata.yaml': 'output_validator_flags: float_tolerance 1e-3' });
    const [test] = await tests(dir, { problemFlags: { flags: ['case_sensitive'], file: 'problem.yaml', field: 'validator_flags' } });
    expect(test?.checkerFlags).toEqual(['case_sensitive', 'float_tolerance', '1e-3']);
  });

  it('reads 2025-09 test_group.yaml args as lists, preferring it to testdata.yaml', async () => {
    const dir = await data({
      ...cases('secret/1'),
      'secret/test_group.yaml': 'output_validator_args: [float_relative_tolerance, 1e-7]\ninput_validator_args: [--n, 5]\nmax_score: 100\n',
      'secret/testdata.yaml': 'output_validator_flags: case_sensitive\n',
    });
    const [test] = await tests(dir);
    expect(test?.checkerFlags).toEqual(['float_relative_tolerance', '1e-7']);
    expect(test?.inputValidatorFlags).toEqual(['--n', '5']);
  });

  it('lets a case\'s own NAME.yaml override its group', async () => {
    const dir = await data({
      ...cases('secret/1', 'secret/2'),
      'secret/test_group.yaml': 'output_validator_args: [case_sensitive]\n',
      'secret/2.yaml': 'output_validator_args: [space_change_sensitive]\ndescription: the tricky one\n',
    });
    expect((await tests(dir)).map((test) => test.checkerFlags)).toEqual([['case_sensitive'], ['space_change_sensitive']]);
  });

  it('gives each input validator its own flags from the 2025-09 map form, overriding the parent\'s list wholly', async () => {
    const dir = await data({
      ...cases('secret/a/1', 'secret/b/1', 'secret/b/2'),
      'testdata.yaml': 'input_validator_flags: --x\n',
      'secret/b/test_group.yaml': 'input_validator_args: { validate: [--n, 5] }\n',
      'secret/b/2.yaml': 'input_validator_args: [--case]\n',
    });
    const validate = { path: join(dir, '..', 'input_validators', 'validate.py') };
    const other = { path: join(dir, '..', 'input_validators', 'other.cpp') };
    const flags = (await tests(dir, { inputValidators: [other, validate] })).map((test) => [test.name, inputValidatorFlagsFor(test, other), inputValidatorFlagsFor(test, validate)]);
    expect(flags).toEqual([
      ['secret/a/1', ['--x'], ['--x']],
      ['secret/b/1', [], ['--n', '5']],
      ['secret/b/2', ['--case'], ['--case']],
    ]);
  });

  it('names a map key that is no input validator of the package', async () => {
    const dir = await data({ ...cases('secret/1'), 'secret/test_group.yaml': 'input_validator_args: { valdate: [--n, 5] }\n' });
    const error = await testsError(dir, { inputValidators: [{ path: join(dir, '..', 'input_validators', 'validate.py') }] });
    expect(error.message).toBe(`${join(dir, 'secret/test_group.yaml')}: input_validator_args.valdate: no input validator is named valdate (did you mean validate? the package's input validators: validate.py)`);
  });

  it('reports flags the default validator rejects at the file and key that gave them', async () => {
    const dir = await data({ ...cases('secret/g/1'), 'secret/g/testdata.yaml': 'output_validator_flags: float_tolerance\n' });
    const checkFlags = (flags: readonly string[]) => (flags.includes('float_tolerance') ? 'float_tolerance needs a number' : undefined);
    const error = await testsError(dir, { checkFlags });
    expect(error.message).toBe(`${join(dir, 'secret/g/testdata.yaml')}: output_validator_flags: float_tolerance needs a number (fix the flags, or give the problem its own output validator)`);
  });

  it.each([
    ['output_validator_flags: { a: b }', 'output_validator_flags: expected flags as text or a list, got a mapping'],
    ['output_validator_args: [a]\noutput_validator_flags: b', 'output_validator_flags: is given together with output_validator_args'],
    ['input_validator_args: [[1]]', 'input_validator_args.0: expected a flag (text or a number), got a list'],
    ['input_validator_args: true', 'input_validator_args: expected flags as a list, or a mapping from input validator to flags, got true'],
    ['output_validator_arg: [any_order]', 'output_validator_arg: unknown field (did you mean output_validator_args?)'],
    ['- 1', 'expected a mapping of keys, got a list'],
  ])('rejects a config with %j', async (yaml, message) => {
    const dir = await data({ ...cases('secret/1'), 'secret/testdata.yaml': yaml });
    expect((await testsError(dir)).message).toContain(`${join(dir, 'secret/testdata.yaml')}: ${message}`);
  });
});

describe('readKattisTests: missing and stray files', () => {
  it('names an input without an answer', async () => {
    const dir = await data({ ...cases('secret/1'), 'secret/2.in': '2\n' });
    expect((await testsError(dir)).message).toBe(`${join(dir, 'secret/2.in')}: has no answer file (add 2.ans next to it, or remove it)`);
  });

  it('lets an interactive problem leave out answers: the answer is then empty', async () => {
    const dir = await data({ 'secret/1.in': '1\n' });
    expect((await tests(dir, { interactive: true }))[0]?.answer).toEqual({ kind: 'inline', content: '' });
  });

  it('names an answer without an input', async () => {
    const dir = await data({ ...cases('secret/1'), 'secret/2.ans': '2\n' });
    expect((await testsError(dir)).message).toBe(`${join(dir, 'secret/2.ans')}: has no input file 2.in (add the input, or remove the answer)`);
  });

  it('rejects a case directly in data/', async () => {
    const dir = await data({ ...cases('secret/1', 'loose') });
    expect((await testsError(dir)).message).toBe(`${join(dir, 'loose.in')}: is outside data/sample/ and data/secret/ (move it into data/secret/ (or data/sample/ if it is a sample))`);
  });

  it('rejects a data/ folder without cases', async () => {
    const dir = await data({ 'sample/README': '', 'secret/.keep': '' });
    expect((await testsError(dir)).message).toBe(`${dir}: holds no test cases (add data/secret/NAME.in with its answer NAME.ans (and samples in data/sample/))`);
  });

  it('runs samples alone when there is no secret data', async () => {
    const dir = await data(cases('sample/1'));
    expect((await tests(dir)).map((test) => test.name)).toEqual(['sample/1']);
  });
});
