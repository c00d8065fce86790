import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemFileError } from '../errors.js';
import { createTempFolder, removeTempFolders } from './__fixtures__/temp-folder.js';
import { loadNativeProblem } from './load-native.js';
import { DEFAULT_LIMITS, wallTimeFor } from './model.js';

afterEach(removeTempFolders);

const NO_FLAGS = { checkerFlags: [], inputValidatorFlags: [] };
const MiB = 1024 * 1024;

async function load(yaml: string, files: Record<string, string> = {}) {
  const dir = await createTempFolder({ 'problem.yaml': yaml, ...files });
  return { dir, problem: await loadNativeProblem(join(dir, 'problem.yaml')) };
}

/** Loads a broken problem and returns the error with its message split at the file name. */
async function loadError(yaml: string, files: Record<string, string> = {}) {
  const dir = await createTempFolder({ 'problem.yaml': yaml, ...files });
  const file = join(dir, 'problem.yaml');
  const error = await loadNativeProblem(file).then(
    () => { throw new Error('expected the problem to be rejected'); },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProblemFileError);
  const problemError = error as ProblemFileError;
  expect(problemError.message).not.toMatch(/\n|ZodError|Invalid input|at .*\.ts:/);
  const prefix = `${problemError.file}: `;
  expect(problemError.message.startsWith(prefix)).toBe(true);
  return { dir, file, error: problemError, afterFile: problemError.message.slice(prefix.length) };
}

const ONE_TEST = 'tests:\n  - { input: "1\\n", output: "1\\n" }\n';

describe('loadNativeProblem: happy paths', () => {
  it('loads the list form with every field written out', async () => {
    const { dir, problem } = await load(
      [
        'name: Sum of a list',
        'time_limit: 1s',
        'memory_limit: 256MiB',
        'output_limit: 64MiB',
        'pids_limit: 32',
        'checker: exact',
        'tests:',
        '  - name: sample',
        '    input: "3\\n1 2 3\\n"',
        '    output: "6\\n"',
        '    sample: true',
        '  - input_file: tests/big.in',
        '    output_file: tests/big.out',
        '  - input: |',
        '      1',
        '      5',
        '    answer_file: tests/five.ans',
      ].join('\n'),
      { 'tests/big.in': '1\n7\n', 'tests/big.out': '7\n', 'tests/five.ans': '5\n' },
    );
    expect(problem).toEqual({
      name: 'Sum of a list',
      dir,
      sourceFile: join(dir, 'problem.yaml'),
      format: 'native',
      limits: { timeMs: 1000, wallTimeMs: wallTimeFor(1000), memoryBytes: 256 * MiB, outputBytes: 64 * MiB, pidsLimit: 32 },
      timeLimitSource: { kind: 'given' },
      checker: { name: 'exact' },
      interactor: null,
      inputValidators: [],
      submissionsDir: null,
      tests: [
        { name: 'sample', input: { kind: 'inline', content: '3\n1 2 3\n' }, answer: { kind: 'inline', content: '6\n' }, sample: true, ...NO_FLAGS },
        {
          name: 'big',
          input: { kind: 'file', path: join(dir, 'tests/big.in') },
          answer: { kind: 'file', path: join(dir, 'tests/big.out') },
          sample: false,
          ...NO_FLAGS,
        },
        { name: '3', input: { kind: 'inline', content: '1\n5\n' }, answer: { kind: 'file', path: join(dir, 'tests/five.ans') }, sample: false, ...NO_FLAGS },
      ],
    });
  });

  it('loads a checker program, an interactor and input validators, resolved in the problem folder', async () => {
    const { dir, problem } = await load(
      ['checker: { program: check.cpp, protocol: testlib }', 'interactor: interact.py', 'input_validators: [validate.py]', ONE_TEST].join('\n'),
      { 'check.cpp': '', 'interact.py': '', 'validate.py': '' },
    );
    expect(problem.checker).toEqual({ name: 'external', protocol: 'testlib', program: { path: join(dir, 'check.cpp') } });
    expect(problem.interactor).toEqual({ protocol: 'kattis', program: { path: join(dir, 'interact.py') } });
    expect(problem.inputValidators).toEqual([{ path: join(dir, 'validate.py') }]);
  });

  it.each([
    ['checker: { program: check.cpp }', 'checker.protocol: a checker program needs protocol:'],
    ['checker: { program: missing.cpp, protocol: kattis }', 'checker.program: not found:'],
    ['checker: { type: tokens, program: check.cpp, protocol: kattis }', 'checker.program: type and program are both given'],
    ['checker: { type: tokens, protocol: kattis }', 'checker.protocol: protocol only applies to a checker program'],
    ['interactor: { program: interact.py, protocol: testlib }', 'interactor.protocol:'],
    ['input_validators: [nope.py]', 'input_validators.0: not found:'],
  ])('rejects %s', async (line, message) => {
    await expect(load([line, ONE_TEST].join('\n'), { 'check.cpp': '', 'interact.py': '' })).rejects.toThrow(message);
  });

  it('fills in defaults: folder name, limits, tokens checker, 1-based test names', async () => {
    const { dir, problem } = await load('tests:\n  - { input: "1\\n", output: "1\\n" }\n  - { input: "2\\n", output: "2\\n" }\n');
    expect(problem.name).toBe(basename(dir));
    expect(problem.limits).toEqual({ ...DEFAULT_LIMITS, wallTimeMs: wallTimeFor(DEFAULT_LIMITS.timeMs) });
    expect(problem.checker).toEqual({ name: 'tokens' });
    expect(problem.tests.map((test) => [test.name, test.sample])).toEqual([['1', false], ['2', false]]);
  });

  it('loads the folder form in natural order, marking sample* cases as samples', async () => {
    const { dir, problem } = await load('tests: tests/\n', {
      'tests/10.in': '', 'tests/10.out': '',
      'tests/2.in': '', 'tests/2.ans': '',
      'tests/sample1.in': '', 'tests/sample1.out': '',
      'tests/Sample2.in': '', 'tests/Sample2.out': '',
    });
    expect(problem.tests.map((test) => [test.name, test.sample])).toEqual([
      ['2', false], ['10', false], ['sample1', true], ['Sample2', true],
    ]);
    expect(problem.tests[0]?.answer).toEqual({ kind: 'file', path: join(dir, 'tests/2.ans') });
  });

  it.each([
    ['time_limit: 1500ms', { timeMs: 1500, wallTimeMs: 3000 }],
    ['time_limit: 0.5s', { timeMs: 500, wallTimeMs: 1500 }],
    ['time_limit: 2.5', { timeMs: 2500, wallTimeMs: 5000 }],
    ['memory_limit: 512MB', { memoryBytes: 512 * MiB }],
    ['memory_limit: 1GiB', { memoryBytes: 1024 * MiB }],
    ['memory_limit: 1GB', { memoryBytes: 1024 * MiB }],
    ['memory_limit: 65536KiB', { memoryBytes: 64 * MiB }],
    ['memory_limit: 128', { memoryBytes: 128 * MiB }],
    ['output_limit: 1MiB', { outputBytes: MiB }],
    ['output_limit: 8', { outputBytes: 8 * MiB }],
    ['pids_limit: 16', { pidsLimit: 16 }],
  ])('reads %s', async (line, expectedLimits) => {
    const { problem } = await load(`${line}\n${ONE_TEST}`);
    expect(problem.limits).toMatchObject(expectedLimits);
  });

  it.each([
    ['checker: float', { name: 'float', absTolerance: 1e-6, relTolerance: 1e-6 }],
    ['checker: { type: float, absolute_tolerance: 1e-4 }', { name: 'float', absTolerance: 1e-4, relTolerance: 1e-6 }],
    ['checker: { type: float, absolute_tolerance: 0.01, relative_tolerance: 0 }', { name: 'float', absTolerance: 0.01, relTolerance: 0 }],
    ['checker: { type: lines }', { name: 'lines' }],
    ['checker: tokens', { name: 'tokens' }],
  ])('reads %s', async (line, expectedChecker) => {
    const { problem } = await load(`${line}\n${ONE_TEST}`);
    expect(problem.checker).toEqual(expectedChecker);
  });

  it('accepts a name YAML reads as a number', async () => {
    const { problem } = await load('name: 2023\ntests:\n  - { name: 7, input: "", output: "" }\n');
    expect(problem.name).toBe('2023');
    expect(problem.tests[0]?.name).toBe('7');
  });
});

describe('loadNativeProblem: mistakes in the file itself', () => {
  it('reports YAML syntax errors with line and column', async () => {
    const { afterFile, error } = await loadError('time_limit: 1s\ntests: [\n');
    expect(error.field).toMatch(/^line \d+:\d+$/);
    expect(afterFile).toMatch(/^line 3:1: invalid YAML: Flow sequence .* \(fix the YAML syntax there/);
  });

  it('reports a repeated field with its line', async () => {
    const { afterFile } = await loadError(`time_limit: 1s\ntime_limit: 2s\n${ONE_TEST}`);
    expect(afterFile).toBe('line 2:1: invalid YAML: Map keys must be unique (each field may appear once; remove or rename the repeated one)');
  });

  it('reports an empty file', async () => {
    const { afterFile } = await loadError('# nothing yet\n');
    expect(afterFile).toBe('is empty (describe the problem, at least with tests: tests/ or a list of tests)');
  });

  it('reports a file that is not a mapping', async () => {
    const { afterFile, error } = await loadError('- 1\n- 2\n');
    expect(error.field).toBeUndefined();
    expect(afterFile).toMatch(/^expected a mapping, got a list \(problem.yaml is a mapping of fields/);
  });

  it('reports a problem.yaml that does not exist', async () => {
    const dir = await createTempFolder();
    const file = join(dir, 'problem.yaml');
    await expect(loadNativeProblem(file)).rejects.toThrow(`${file}: does not exist (check the path, or pass the problem folder with -p)`);
  });
});

describe('loadNativeProblem: field mistakes name the field and the fix', () => {
  it.each([
    // Unknown fields, with and without a close match.
    [`time_limt: 1s\n${ONE_TEST}`, 'time_limt: unknown field (did you mean time_limit?)'],
    [`author: me\n${ONE_TEST}`, 'author: unknown field (expected one of: name, time_limit, memory_limit, output_limit, pids_limit, checker, interactor, input_validators, tests)'],
    ['tests:\n  - { inptu: "1", output: "1" }\n', 'tests.0.inptu: unknown field (did you mean input?)'],
    [`checker: { type: float, abs_tolerance: 1 }\n${ONE_TEST}`, 'checker.abs_tolerance: unknown field (did you mean absolute_tolerance?)'],
    // Limits.
    [`time_limit: fast\n${ONE_TEST}`, 'time_limit: expected a duration such as 1s, 1500ms or 2.5 (seconds), got "fast" (write it like time_limit: 2s)'],
    [`time_limit: 1min\n${ONE_TEST}`, 'time_limit: unknown time unit "min": expected a duration such as 1s, 1500ms or 2.5 (seconds) (write it like time_limit: 2s)'],
    [`time_limit: 0\n${ONE_TEST}`, 'time_limit: 0s is out of range (use a value from 1ms to 60s)'],
    [`time_limit: -1s\n${ONE_TEST}`, 'time_limit: -1s is out of range (use a value from 1ms to 60s)'],
    [`time_limit: 61s\n${ONE_TEST}`, 'time_limit: 61s is out of range (use a value from 1ms to 60s)'],
    [`memory_limit: 512KiB\n${ONE_TEST}`, 'memory_limit: 512KiB is out of range (use a value from 1MiB to 64GiB)'],
    [`memory_limit: 128GiB\n${ONE_TEST}`, 'memory_limit: 128GiB is out of range (use a value from 1MiB to 64GiB)'],
    [`memory_limit: 256 MeB\n${ONE_TEST}`, 'memory_limit: unknown size unit "MeB": expected a size such as 256MiB, 512MB or 1GiB (a bare number means MiB) (write it like memory_limit: 256MiB)'],
    [`output_limit: [1]\n${ONE_TEST}`, 'output_limit: expected a size such as 256MiB, 512MB or 1GiB (a bare number means MiB), got a list (write it like output_limit: 64MiB)'],
    [`pids_limit: 2.5\n${ONE_TEST}`, 'pids_limit: expected a whole number, got the number 2.5 (write it like pids_limit: 64)'],
    [`pids_limit: "64"\n${ONE_TEST}`, 'pids_limit: expected a whole number, got the text "64" (write it like pids_limit: 64)'],
    [`pids_limit: 0\n${ONE_TEST}`, 'pids_limit: 0 is out of range (use a whole number from 1 to 4096)'],
    [`name: ""\n${ONE_TEST}`, 'name: expected a name, got the text "" (write it like name: Sum of a list, or remove the line to use the default)'],
    // Checker.
    [`checker: flaot\n${ONE_TEST}`, 'checker: the text "flaot" is not allowed here (did you mean float?)'],
    [`checker: diff\n${ONE_TEST}`, 'checker: the text "diff" is not allowed here (expected one of: exact, lines, tokens, float)'],
    [`checker: 5\n${ONE_TEST}`, 'checker: expected a checker name (exact, lines, tokens, float) or a mapping with type: or program:, got the number 5 (write it like checker: tokens, checker: { type: float, absolute_tolerance: 1e-6 } or checker: { program: checker.cpp, protocol: testlib })'],
    [`checker: { absolute_tolerance: 1 }\n${ONE_TEST}`, 'checker.type: needs type: or program: (write type: float (a built-in checker) or program: checker.cpp with protocol: kattis or testlib)'],
    [`checker: { type: tokens, relative_tolerance: 0.1 }\n${ONE_TEST}`, 'checker.relative_tolerance: relative_tolerance only applies to the float checker (remove it, or write type: float)'],
    [`checker: { type: float, absolute_tolerance: -1 }\n${ONE_TEST}`, 'checker.absolute_tolerance: -1 is out of range (use a number from 0 to 1000000000)'],
    [`checker: { type: float, relative_tolerance: small }\n${ONE_TEST}`, 'checker.relative_tolerance: expected a number, got the text "small" (write it like relative_tolerance: 1e-6)'],
    // Tests.
    ['name: x\n', 'tests: is missing (write tests: tests/ or a list of tests, each with input and output)'],
    ['tests: []\n', 'tests: the list is empty (add at least one test, or name a folder such as tests: tests/)'],
    ['tests: 5\n', 'tests: expected a list of tests or a folder such as tests/, got the number 5 (write tests: tests/ or a list of tests, each with input and output)'],
    ['tests: ""\n', 'tests: is empty (write tests: tests/ or a list of tests, each with input and output)'],
    ['tests:\n  - 1.in\n', 'tests.0: expected a mapping, got the text "1.in" (write each test as a mapping, e.g. - { input: "1 2\\n", output: "3\\n" })'],
    ['tests:\n  - { output: "1" }\n', 'tests.0: has no input (add input: with the text, or input_file: with a path relative to the problem folder)'],
    ['tests:\n  - { input: "1" }\n', 'tests.0: has no output (add output: with the text, or output_file or answer_file: with a path relative to the problem folder)'],
    ['tests:\n  - { input: "1", input_file: a.in, output: "1" }\n', 'tests.0.input_file: input and input_file are both given (keep only one of them)'],
    ['tests:\n  - { input: "1", output_file: a.out, answer_file: a.ans }\n', 'tests.0.answer_file: output_file and answer_file are both given (keep only one of them)'],
    [`${ONE_TEST}  - { input: "1", output: "1", sample: yes }\n`, 'tests.1.sample: expected true or false, got the text "yes" (write sample: true or sample: false)'],
    ['tests:\n  - { input: 5, output: "5" }\n', 'tests.0.input: expected text, got the number 5 (quote the text, e.g. input: "3\\n1 2 3\\n", or write it as a block under input: |)'],
    ['tests:\n  - { input: "1", output: }\n', 'tests.0.output: expected text, got an empty value (quote the text, e.g. output: "6\\n", or write it as a block under output: |)'],
    ['tests:\n  - { input_file: "", output: "1" }\n', 'tests.0.input_file: is empty (write a path relative to the problem folder, e.g. input_file: tests/1.in)'],
  ])('%j', async (yaml, expected) => {
    const { afterFile } = await loadError(yaml);
    expect(afterFile).toBe(expected);
  });

  it('reports an unknown field before other mistakes, since a typo often causes them', async () => {
    const { afterFile } = await loadError('tests:\n  - { inptu: "1", output: "1", sample: maybe }\n');
    expect(afterFile).toBe('tests.0.inptu: unknown field (did you mean input?)');
  });
});

describe('loadNativeProblem: mistakes about files on disk', () => {
  it('names the field and the path of a missing test file', async () => {
    const { dir, afterFile } = await loadError(`${ONE_TEST}  - { input_file: tests/2.in, output_file: tests/2.out }\n`, { 'tests/2.out': '' });
    expect(afterFile).toBe(`tests.1.input_file: file not found: ${join(dir, 'tests/2.in')} (check the path; it is relative to the problem folder ${dir})`);
  });

  it('names answer_file when that is the key used', async () => {
    const { dir, afterFile } = await loadError('tests:\n  - { input: "1", answer_file: a.ans }\n');
    expect(afterFile).toBe(`tests.0.answer_file: file not found: ${join(dir, 'a.ans')} (check the path; it is relative to the problem folder ${dir})`);
  });

  it('rejects a folder where a test file should be', async () => {
    const { dir, afterFile } = await loadError('tests:\n  - { input_file: data, output: "1" }\n', { 'data/': '' });
    expect(afterFile).toBe(`tests.0.input_file: ${join(dir, 'data')} is a folder, not a file (check the path; it is relative to the problem folder ${dir})`);
  });

  it('names a missing tests folder', async () => {
    const { dir, afterFile } = await loadError('tests: data/\n');
    expect(afterFile).toBe(`tests: folder not found: ${join(dir, 'data')} (name a folder of NAME.in and NAME.out files, relative to the problem folder)`);
  });

  it('rejects a file where the tests folder should be', async () => {
    const { dir, afterFile } = await loadError('tests: tests.txt\n', { 'tests.txt': '' });
    expect(afterFile).toBe(`tests: ${join(dir, 'tests.txt')} is a file, not a folder (name a folder of NAME.in and NAME.out files, relative to the problem folder)`);
  });

  it('reports an empty tests folder, naming the folder', async () => {
    const dir = await createTempFolder({ 'problem.yaml': 'tests: tests/\n', 'tests/': '' });
    await expect(loadNativeProblem(join(dir, 'problem.yaml'))).rejects.toThrow(`${join(dir, 'tests')}: contains no tests`);
  });

  it('reports an input without an answer in the tests folder, naming the input', async () => {
    const dir = await createTempFolder({ 'problem.yaml': 'tests: tests\n', 'tests/1.in': '' });
    await expect(loadNativeProblem(join(dir, 'problem.yaml'))).rejects.toThrow(`${join(dir, 'tests/1.in')}: has no answer file`);
  });
});

describe('loadNativeProblem: duplicate test names', () => {
  it('rejects two tests given the same name', async () => {
    const { afterFile } = await loadError('tests:\n  - { name: a, input: "", output: "" }\n  - { name: a, input: "", output: "" }\n');
    expect(afterFile).toBe('tests.1.name: duplicate test name "a" (tests.0 has it too) (give each test a different name)');
  });

  it('rejects a given name that collides with a default one', async () => {
    const { afterFile } = await loadError('tests:\n  - { name: "2", input: "", output: "" }\n  - { input: "", output: "" }\n');
    expect(afterFile).toBe('tests.1: duplicate test name "2" (tests.0 has it too) (add a name: to tell them apart)');
  });

  it('rejects two file tests whose inputs share a stem', async () => {
    const { afterFile } = await loadError(
      'tests:\n  - { input_file: a/1.in, output: "" }\n  - { input_file: b/1.in, output: "" }\n',
      { 'a/1.in': '', 'b/1.in': '' },
    );
    expect(afterFile).toBe('tests.1: duplicate test name "1" (tests.0 has it too) (add a name: to tell them apart)');
  });
});
