import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { gradeProblem } from './__fixtures__/grade-data.js';
import { collectSingleProblem } from './collect-items.js';
import { discoverStudents, studentIdOf } from './discover.js';

afterEach(removeTempFolders);

describe('discoverStudents', () => {
  it('takes one entry per student from a class folder, sorted, skipping hidden files and the results folder', async () => {
    const root = await createTempFolder({ 'class/zoe.py': 'print(1)', 'class/bob/main.cpp': 'int main(){}', 'class/.DS_Store': 'x', 'class/grade-results/results.jsonl': '' });
    const found = await discoverStudents({ submissions: ['class'], cwd: root, outDir: join(root, 'class/grade-results') }, 'single');
    expect(found.entries.map(({ student, path }) => ({ student, path }))).toEqual([
      { student: 'bob', path: 'bob/' },
      { student: 'zoe', path: 'zoe.py' },
    ]);
    expect(found.root).toBe(join(root, 'class'));
  });

  it('expands globs in a list and refuses one that matches nothing', async () => {
    const root = await createTempFolder({ 'a/x.py': '1', 'a/y.py': '2', 'a/z.cpp': '3' });
    const found = await discoverStudents({ submissions: ['a/*.py', 'a/z.cpp'], cwd: root }, 'single');
    expect(found.entries.map((entry) => entry.path)).toEqual(['a/x.py', 'a/y.py', 'a/z.cpp']);
    await expect(discoverStudents({ submissions: ['a/*.rs'], cwd: root }, 'single')).rejects.toThrow('SUBMISSIONS a/*.rs: the pattern matches nothing');
  });

  it('refuses a missing or empty class folder, and two entries of one student, before judging', async () => {
    const root = await createTempFolder({ 'empty/': '', 'twice/alice.py': '1', 'twice/alice.cpp': '2' });
    await expect(discoverStudents({ submissions: ['nope'], cwd: root }, 'single')).rejects.toThrow('SUBMISSIONS nope: no such file or folder (check the path)');
    await expect(discoverStudents({ submissions: ['empty'], cwd: root }, 'single')).rejects.toThrow('SUBMISSIONS empty: holds no submission (put one file or folder per student in it)');
    await expect(discoverStudents({ submissions: ['twice'], cwd: root }, 'single')).rejects.toThrow('alice.cpp and alice.py are both student "alice"');
  });

  it('puts results beside a class folder, or beside listed files, and never takes them for a student', async () => {
    const root = await createTempFolder({ 'class/amy.py': '1', 'loose/ann.py': '1', 'loose/grade-results/results.jsonl': '' });
    expect((await discoverStudents({ submissions: ['class'], cwd: root }, 'single')).defaultOutDir).toBe(join(root, 'grade-results'));
    const listed = await discoverStudents({ submissions: ['loose/*'], cwd: root }, 'single');
    expect(listed.defaultOutDir).toBe(join(root, 'loose/grade-results'));
    expect(listed.entries.map((entry) => entry.student)).toEqual(['ann']);
  });

  it('uses the stem of a file and the name of a folder as the student id', () => {
    expect(studentIdOf('alice.py', 'file')).toBe('alice');
    expect(studentIdOf('.hidden', 'file')).toBe('.hidden');
    expect(studentIdOf('bob.v2', 'folder')).toBe('bob.v2');
  });
});

describe('collectSingleProblem', () => {
  it('turns empty, binary and unknown-language files into rows with a reason, not errors', async () => {
    const root = await createTempFolder({ 'c/ok.py': 'print(1)\n', 'c/blank.py': '  \n', 'c/notes.txt': 'hello', 'c/empty-dir/': '' });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(root, 'c/bin.cpp'), Buffer.from([0x7f, 0x45, 0x00, 0x01]));
    const found = await discoverStudents({ submissions: ['c'], cwd: root }, 'single');
    const items = await collectSingleProblem(gradeProblem(), found, { langOption: undefined, letscodeVersion: '0.1.0' });
    expect(items.map((item) => [item.student, item.kind === 'program' ? item.language.id : item.verdict])).toEqual([
      ['bin', 'BINARY'],
      ['blank', 'EMPTY'],
      ['empty-dir', 'EMPTY'],
      ['notes', 'UNKNOWN_LANGUAGE'],
      ['ok', 'python'],
    ]);
  });
});
