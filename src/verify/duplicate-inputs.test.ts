import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import type { TestCase } from '../problem/model.js';
import { duplicateInputs, groupDuplicates } from './duplicate-inputs.js';

afterEach(removeTempFolders);

describe('groupDuplicates', () => {
  it('groups equal keys, counting a file reached twice once', () => {
    expect(groupDuplicates([
      { test: 'a', key: 'x', file: '/p/a.in' },
      { test: 'b', key: 'y', file: '/p/b.in' },
      { test: 'c', key: 'x', file: '/p/c.in' },
      { test: 'd', key: 'y', file: '/p/b.in' },
      { test: 'e', key: 'x', file: null },
    ])).toEqual([['a', 'c', 'e']]);
  });
});

describe('duplicateInputs', () => {
  const test = (dir: string, name: string, answer = `${name}.ans`): TestCase => ({
    name, input: { kind: 'file', path: join(dir, `${name}.in`) }, answer: { kind: 'file', path: join(dir, answer) }, sample: false, checkerFlags: [], inputValidatorFlags: [],
  });

  it('finds copies, passes over symbolic links and inputs of other sizes', async () => {
    const dir = await createTempFolder({ '1.in': '3\n', '2.in': '4\n', '3.in': '3\n', '4.in': '33\n', '1.ans': 'a', '3.ans': 'b' });
    await symlink(join(dir, '2.in'), join(dir, '5.in'));
    const tests = ['1', '2', '3', '4', '5'].map((name) => test(dir, name));
    expect(await duplicateInputs({ tests, interactor: null })).toEqual([['1', '3']]);
  });

  it('in an interactive problem, tests with the same input and different answers differ', async () => {
    const dir = await createTempFolder({ '1.in': '3\n', '2.in': '3\n', '3.in': '3\n', '1.ans': 'a', '2.ans': 'b', '3.ans': 'a' });
    const tests = ['1', '2', '3'].map((name) => test(dir, name));
    expect(await duplicateInputs({ tests, interactor: { program: { path: 'i.py' }, protocol: 'kattis' } })).toEqual([['1', '3']]);
  });
});
