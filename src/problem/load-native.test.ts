import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempFolders } from './__fixtures__/temp-folder.js';
import { load, ONE_TEST } from './__fixtures__/load-problem.js';
import { DEFAULT_LIMITS, wallTimeFor } from './model.js';

afterEach(removeTempFolders);

const NO_FLAGS = { checkerFlags: [], inputValidatorFlags: [] };
const MiB = 1024 * 1024;


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
      invalidInputs: [],
      outputCases: [],
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
