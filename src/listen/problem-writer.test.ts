import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { loadNativeProblem } from '../problem/load-native.js';
import { companionTaskSchema } from './payload.js';
import { INLINE_TESTS_BYTES } from './problem-yaml.js';
import { writeProblemFolder } from './problem-writer.js';

afterEach(removeTempFolders);

const task = (fields: Record<string, unknown> = {}) =>
  companionTaskSchema.parse({ name: 'A. Sum', memoryLimit: 256, timeLimit: 1000, tests: [{ input: '1 2\n', output: '3\n' }], ...fields });

describe('writeProblemFolder', () => {
  it('writes <root>/<slug>/problem.yaml, creating the root, leaving nothing else behind', async () => {
    const root = join(await createTempFolder(), 'contest');
    const result = await writeProblemFolder(task(), { root, force: false });
    expect(result).toEqual({ kind: 'written', dir: join(root, 'a-sum'), replaced: false, tests: 1, testsInline: true, notes: [] });
    expect(await readdir(root)).toEqual(['a-sum']);
    expect(await readdir(join(root, 'a-sum'))).toEqual(['problem.yaml']);
    expect((await loadNativeProblem(join(root, 'a-sum', 'problem.yaml'))).tests).toHaveLength(1);
  });

  it('never touches a folder that exists without force', async () => {
    const root = await createTempFolder({ 'a-sum/problem.yaml': 'mine', 'a-sum/sol.cpp': 'int main(){}' });
    const result = await writeProblemFolder(task(), { root, force: false });
    expect(result).toEqual({ kind: 'exists', dir: join(root, 'a-sum') });
    expect(await readFile(join(root, 'a-sum', 'problem.yaml'), 'utf8')).toBe('mine');
    expect((await readdir(join(root, 'a-sum'))).sort()).toEqual(['problem.yaml', 'sol.cpp']);
  });

  it('with force, replaces problem.yaml and tests/ and keeps everything else', async () => {
    const root = await createTempFolder({ 'a-sum/problem.yaml': 'old', 'a-sum/tests/old.in': '0', 'a-sum/tests/old.out': '0', 'a-sum/sol.cpp': 'mine' });
    const big = 'x'.repeat(INLINE_TESTS_BYTES + 1);
    const result = await writeProblemFolder(task({ tests: [{ input: big, output: '1\n' }] }), { root, force: true });
    expect(result).toMatchObject({ kind: 'written', replaced: true, testsInline: false });
    const dir = join(root, 'a-sum');
    expect((await readdir(dir)).sort()).toEqual(['problem.yaml', 'sol.cpp', 'tests']);
    expect(await readdir(join(dir, 'tests'))).toEqual(['sample-1.in', 'sample-1.out']);
    expect(await readFile(join(dir, 'sol.cpp'), 'utf8')).toBe('mine');
    expect((await loadNativeProblem(join(dir, 'problem.yaml'))).tests.map((test) => test.name)).toEqual(['sample-1']);
  });

  it('a problem without samples gets an empty tests/ folder and a note', async () => {
    const root = await createTempFolder();
    const result = await writeProblemFolder(task({ tests: [] }), { root, force: false });
    expect(result).toMatchObject({ kind: 'written', tests: 0, notes: [expect.stringMatching(/no sample tests/)] });
    expect(await readdir(join(root, 'a-sum', 'tests'))).toEqual([]);
  });

  it('a file in the way counts as existing', async () => {
    const root = await createTempFolder();
    await mkdir(root, { recursive: true });
    await writeFile(join(root, 'a-sum'), 'a file');
    expect(await writeProblemFolder(task(), { root, force: false })).toMatchObject({ kind: 'exists' });
  });
});
