import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from './__fixtures__/temp-folder.js';
import { addTestToProblem } from './add-test.js';
import { loadKattisProblem } from './kattis/load-kattis.js';
import { loadNativeProblem } from './load-native.js';

afterEach(removeTempFolders);

const found = { stem: 'stress-42', input: Buffer.from('2\n5 5\n'), answer: Buffer.from('1\n') };

describe('addTestToProblem', () => {
  it('adds NAME.in and NAME.out to a native tests/ folder, which then loads it', async () => {
    const dir = await createTempFolder({ 'problem.yaml': 'tests: tests/\n', 'tests/1.in': '1\n', 'tests/1.out': '1\n' });
    const added = await addTestToProblem(await loadNativeProblem(join(dir, 'problem.yaml')), found);
    expect(added).toEqual({ name: 'stress-42', files: [join(dir, 'tests/stress-42.in'), join(dir, 'tests/stress-42.out')] });
    const reloaded = await loadNativeProblem(join(dir, 'problem.yaml'));
    expect(reloaded.tests.map((test) => test.name)).toEqual(['1', 'stress-42']);
  });

  it('follows the folder’s .ans habit and never overwrites: a taken name gets a suffix', async () => {
    const dir = await createTempFolder({ 'problem.yaml': 'tests: cases\n', 'cases/stress-42.in': 'mine\n', 'cases/stress-42.ans': 'mine\n', 'cases/stress-42-2.yaml': '' });
    const added = await addTestToProblem(await loadNativeProblem(join(dir, 'problem.yaml')), found);
    expect(added.name).toBe('stress-42-3');
    expect(await readFile(join(dir, 'cases/stress-42.in'), 'utf8')).toBe('mine\n');
    expect(await readFile(join(dir, 'cases/stress-42-3.ans'), 'utf8')).toBe('1\n');
  });

  it('lists the test in a problem.yaml that lists its tests, with the files in tests/', async () => {
    const dir = await createTempFolder({ 'problem.yaml': '# my problem\ntests:\n  - input: "1\\n"\n    output: "1\\n"\n' });
    const added = await addTestToProblem(await loadNativeProblem(join(dir, 'problem.yaml')), found);
    expect(added.files).toEqual([join(dir, 'tests/stress-42.in'), join(dir, 'tests/stress-42.out'), join(dir, 'problem.yaml')]);
    expect(await readFile(join(dir, 'problem.yaml'), 'utf8')).toMatch(/^# my problem\n/);
    const reloaded = await loadNativeProblem(join(dir, 'problem.yaml'));
    expect(reloaded.tests.map((test) => test.name)).toEqual(['1', 'stress-42']);
  });

  it('writes data/secret/NAME.in and .ans in a Kattis package; an interactive one gets no .ans', async () => {
    const dir = await createTempFolder({ 'problem.yaml': 'name: P\nlimits:\n  time_limit: 1\n', 'data/secret/1.in': '1\n', 'data/secret/1.ans': '1\n' });
    const added = await addTestToProblem(await loadKattisProblem(dir), found);
    expect(added.name).toBe('secret/stress-42');
    expect((await loadKattisProblem(dir)).tests.map((test) => test.name)).toContain('secret/stress-42');

    const interactive = await addTestToProblem({ ...(await loadKattisProblem(dir)), interactor: { program: { path: 'x' }, protocol: 'kattis' } }, { ...found, answer: null });
    expect(interactive).toEqual({ name: 'secret/stress-42-2', files: [join(dir, 'data/secret/stress-42-2.in')] });
  });

  it('gives a native problem an empty answer when none is known', async () => {
    const dir = await createTempFolder({ 'problem.yaml': 'tests: tests/\n', 'tests/1.in': '1\n', 'tests/1.out': '1\n' });
    await writeFile(join(dir, 'tests', 'x'), '');
    await addTestToProblem(await loadNativeProblem(join(dir, 'problem.yaml')), { ...found, answer: null });
    expect(await readFile(join(dir, 'tests/stress-42.out'), 'utf8')).toBe('');
  });
});
