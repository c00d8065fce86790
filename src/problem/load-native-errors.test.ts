import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from './__fixtures__/temp-folder.js';
import { loadError, ONE_TEST } from './__fixtures__/load-problem.js';
import { loadNativeProblem } from './load-native.js';

afterEach(removeTempFolders);

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
    [`author: me\n${ONE_TEST}`, 'author: unknown field (expected one of: name, time_limit, memory_limit, output_limit, pids_limit, checker, interactor, input_validators, include, tests, groups)'],
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
