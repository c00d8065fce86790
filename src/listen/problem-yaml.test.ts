import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { loadNativeProblem } from '../problem/load-native.js';
import { readTestData } from '../problem/test-data.js';
import { join } from 'node:path';
import { companionTaskSchema } from './payload.js';
import { INLINE_TESTS_BYTES, problemFilesFor } from './problem-yaml.js';

afterEach(removeTempFolders);

const task = (fields: Record<string, unknown>) => companionTaskSchema.parse({ name: 'A. Sum', group: 'Round 1', url: 'https://judge.example/1/A', memoryLimit: 256, timeLimit: 1500, tests: [], ...fields });

/** Writes the files and loads them back the way `letscode judge` would. */
async function roundTrip(files: ReturnType<typeof problemFilesFor>) {
  const entries: Record<string, string> = { 'problem.yaml': files.problemYaml };
  for (const file of files.testFiles) entries[`tests/${file.name}`] = file.data;
  if (!files.testsInline && files.testFiles.length === 0) entries['tests/'] = '';
  const dir = await createTempFolder(entries);
  return loadNativeProblem(join(dir, 'problem.yaml'));
}

describe('problemFilesFor', () => {
  it('writes name, limits and inline samples, with where the problem came from in comments', async () => {
    const files = problemFilesFor(task({ tests: [{ input: '1 2\n', output: '3\n' }, { input: '5 5\n', output: '10\n' }] }));
    expect(files.problemYaml).toMatch(/^# A\. Sum\n# Round 1\n# https:\/\/judge\.example\/1\/A\n/);
    expect(files.problemYaml).toMatch(/^time_limit: 1500ms$/m);
    expect(files.problemYaml).toMatch(/^memory_limit: 256MiB$/m);
    expect(files.testsInline).toBe(true);
    expect(files.notes).toEqual([]);
    const problem = await roundTrip(files);
    expect(problem.name).toBe('A. Sum');
    expect(problem.limits).toMatchObject({ timeMs: 1500, memoryBytes: 256 * 1024 * 1024 });
    expect(problem.tests.map((test) => [test.name, test.sample, test.input, test.answer])).toEqual([
      ['sample-1', true, { kind: 'inline', content: '1 2\n' }, { kind: 'inline', content: '3\n' }],
      ['sample-2', true, { kind: 'inline', content: '5 5\n' }, { kind: 'inline', content: '10\n' }],
    ]);
  });

  it('keeps awkward sample text exactly: no final newline, trailing spaces, blank lines, quotes, CRLF', async () => {
    const samples = [
      { input: '3', output: 'yes' },
      { input: 'a  \n\n  b\n\n\n', output: '"quoted" # not a comment\n' },
      { input: '1\r\n2\r\n', output: '- dash\n: colon\n' },
      { input: '', output: '\n' },
    ];
    const problem = await roundTrip(problemFilesFor(task({ tests: samples })));
    for (const [index, sample] of samples.entries()) {
      const test = problem.tests[index]!;
      expect((await readTestData(test.input)).toString()).toBe(sample.input);
      expect((await readTestData(test.answer)).toString()).toBe(sample.output);
    }
  });

  it('puts large samples in tests/ as sample-N.in and sample-N.out', async () => {
    const big = `${'1 '.repeat(INLINE_TESTS_BYTES)}\n`;
    const files = problemFilesFor(task({ tests: [{ input: big, output: '1\n' }, { input: '2\n', output: '2\n' }] }));
    expect(files.testsInline).toBe(false);
    expect(files.problemYaml).toMatch(/^tests: tests\/$/m);
    expect(files.testFiles.map((file) => file.name)).toEqual(['sample-1.in', 'sample-1.out', 'sample-2.in', 'sample-2.out']);
    const problem = await roundTrip(files);
    expect(problem.tests.map((test) => [test.name, test.sample])).toEqual([['sample-1', true], ['sample-2', true]]);
    expect((await readTestData(problem.tests[0]!.input)).toString()).toBe(big);
  });

  it('notes what letscode cannot honour instead of dropping it silently', () => {
    const files = problemFilesFor(task({ interactive: true, timeLimit: 0, memoryLimit: 0, input: { type: 'file', fileName: 'input.txt' }, output: { type: 'file', fileName: 'output.txt' } }));
    expect(files.problemYaml).not.toMatch(/time_limit|memory_limit/);
    expect(files.notes.join('\n')).toMatch(/no usable time limit/);
    expect(files.notes.join('\n')).toMatch(/no usable memory limit/);
    expect(files.notes.join('\n')).toMatch(/no sample tests were sent/);
    expect(files.notes.join('\n')).toMatch(/interactive problem/);
    expect(files.notes.join('\n')).toMatch(/input\.txt: letscode feeds stdin/);
    expect(files.notes.join('\n')).toMatch(/output\.txt: letscode reads stdout/);
  });

  it('a name or group spanning lines cannot break out of its comment', () => {
    const files = problemFilesFor(task({ group: 'Round 1\ntime_limit: 99s', tests: [{ input: '1\n', output: '1\n' }] }));
    expect(files.problemYaml).not.toMatch(/^time_limit: 99s/m);
  });
});
