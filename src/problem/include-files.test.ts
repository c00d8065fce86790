import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemFileError } from '../errors.js';
import { load, loadError, ONE_TEST } from './__fixtures__/load-problem.js';
import { createTempFolder, removeTempFolders } from './__fixtures__/temp-folder.js';
import { readIncludedFiles } from './include-files.js';
import { loadKattisProblem } from './kattis/load-kattis.js';
import type { IncludedFiles } from './model.js';

afterEach(removeTempFolders);

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/kattis/', import.meta.url));

/** Folder -> file paths, to compare without the bytes. */
function layout(included: IncludedFiles | undefined) {
  if (!included) return undefined;
  const paths = (files: readonly { path: string }[]) => files.map((file) => file.path);
  return { default: included.default && paths(included.default), byLanguage: Object.fromEntries([...included.byLanguage].map(([id, files]) => [id, paths(files)])) };
}

async function readError(files: Record<string, string>): Promise<{ dir: string; message: string }> {
  const dir = await createTempFolder(files);
  const error = await readIncludedFiles(join(dir, 'include')).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProblemFileError);
  return { dir, message: (error as ProblemFileError).message };
}

describe('readIncludedFiles', () => {
  it('reads the add-function fixture through the Kattis loader: a folder per language code', async () => {
    const problem = await loadKattisProblem(join(FIXTURES, 'add-function'));
    expect(layout(problem.includedFiles)).toEqual({ default: null, byLanguage: { cpp: ['add.h', 'main.cpp'], python: ['main.py'] } });
    const driver = problem.includedFiles?.byLanguage.get('python')?.[0];
    expect(driver?.data.toString('utf8')).toContain('from solution import add');
  });

  it('reads default/ and resolves codes through the aliases (c++ is cpp); nested paths are kept', async () => {
    const dir = await createTempFolder({
      'include/default/notes.h': '',
      'include/c++/main.cpp': 'int main() {}',
      'include/python3/lib/helper.py': '',
      'include/python3/main.py': '',
      'include/.DS_Store': '',
    });
    expect(layout(await readIncludedFiles(join(dir, 'include')))).toEqual({
      default: ['notes.h'],
      byLanguage: { cpp: ['main.cpp'], python: ['main.py', 'lib/helper.py'] },
    });
  });

  it('is undefined without include/, or with nothing but hidden files in it', async () => {
    const dir = await createTempFolder({ 'data/1.in': '', 'other/include/.gitkeep': '' });
    expect(await readIncludedFiles(join(dir, 'include'))).toBeUndefined();
    expect(await readIncludedFiles(join(dir, 'other/include'))).toBeUndefined();
  });

  it('passes over a folder for a code of the format\'s table that letscode has no language for', async () => {
    const dir = await createTempFolder({ 'include/cpp/main.cpp': '', 'include/julia/main.jl': '', 'include/Cobol/main.cob': '', 'include/python2/': '' });
    expect(layout(await readIncludedFiles(join(dir, 'include')))).toEqual({ default: null, byLanguage: { cpp: ['main.cpp'] } });
    const only = await createTempFolder({ 'include/zig/main.zig': '' });
    expect(await readIncludedFiles(join(only, 'include'))).toBeUndefined();
  });

  it('reads the folders of the format\'s codes letscode now has a language for', async () => {
    const dir = await createTempFolder({ 'include/haskell/Main.hs': '', 'include/prolog/main.pl': '', 'include/lisp/main.lisp': '' });
    expect(layout(await readIncludedFiles(join(dir, 'include')))).toEqual({ default: null, byLanguage: { haskell: ['Main.hs'], lisp: ['main.lisp'], prolog: ['main.pl'] } });
  });

  it('rejects a folder that is no language code, suggesting the closest and listing the known ones', async () => {
    const { dir, message } = await readError({ 'include/pyhton3/main.py': '' });
    expect(message).toMatch(new RegExp(`^${join(dir, 'include/pyhton3')}: "pyhton3" is not a language code \\(did you mean python3\\? name it default, a code of the format's languages table, or a language letscode knows: c \\(c17\\), cpp \\(c\\+\\+, .*\\)\\)$`));
    expect((await readError({ 'include/haskel/Main.hs': '' })).message).toMatch(/"haskel" is not a language code \(did you mean haskell\? /);
  });

  it('rejects an empty folder, as the format wants them non-empty', async () => {
    const { dir, message } = await readError({ 'include/default/x.h': '', 'include/cpp/': '' });
    expect(message).toBe(`${join(dir, 'include/cpp')}: is empty (the format wants every include folder non-empty: add the files, or remove it)`);
  });

  it('rejects a file directly in include/ and two folders for one language', async () => {
    expect((await readError({ 'include/main.cpp': '' })).message).toMatch(/include\/main\.cpp: lies directly in include\/ \(move it into include\/default\/ \(every language\) or include\/<language>\/\)$/);
    expect((await readError({ 'include/cpp/a.h': '', 'include/c++/b.h': '' })).message).toMatch(/include\/cpp: is for C\+\+17 \(g\+\+\), like c\+\+\/ \(keep one of the two folders\)$/);
  });
});

describe('native problem.yaml: include', () => {
  it('reads the folder it names, laid out like a Kattis package’s include/', async () => {
    const { problem } = await load(`include: driver/\n${ONE_TEST}`, { 'driver/python3/main.py': 'import solution\n' });
    expect(layout(problem.includedFiles)).toEqual({ default: null, byLanguage: { python: ['main.py'] } });
    expect((await load(ONE_TEST)).problem.includedFiles).toBeUndefined();
  });

  it('rejects a path that is not a folder', async () => {
    const { afterFile } = await loadError(`include: nowhere/\n${ONE_TEST}`);
    expect(afterFile).toMatch(/^include: not a folder: .*nowhere \(give the folder holding default\/ or <language>\/ folders, relative to the problem folder\)$/);
  });
});
