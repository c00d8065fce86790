import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findLanguage, languages } from './registry.js';
import { comparePaths, listFolderFiles, MAX_FOLDER_FILES, readSourceFolder } from './source-folder.js';

const trees: string[] = [];
afterAll(() => trees.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'letscode-folder-'));
  trees.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const cpp = findLanguage(languages, 'cpp')!;

describe('listFolderFiles', () => {
  it('lists every file, top level first, and skips hidden files and folders', async () => {
    const root = tree({ 'main.cpp': '', 'b/x.cpp': '', 'a.h': '', '.git/config': '', '.hidden.cpp': '', 'b/.cache/y.cpp': '' });
    expect(await listFolderFiles(root)).toEqual(['a.h', 'main.cpp', 'b/x.cpp']);
  });

  it('follows links to files but not to folders (no loops)', async () => {
    const root = tree({ 'main.py': '' });
    symlinkSync(join(root, 'main.py'), join(root, 'alias.py'));
    symlinkSync(root, join(root, 'loop'));
    expect(await listFolderFiles(root)).toEqual(['alias.py', 'main.py']);
  });

  it('refuses a folder that is far too large to be a solution', async () => {
    const files = Object.fromEntries(Array.from({ length: MAX_FOLDER_FILES + 1 }, (_, i) => [`f${i}.txt`, '']));
    await expect(listFolderFiles(tree(files), 'big/')).rejects.toThrow(/^big\/ holds more than 1000 files/);
  });
});

describe('readSourceFolder', () => {
  it('reads only the files the language uses: sources and headers', async () => {
    const root = tree({ 'main.cpp': 'int main() {}', 'helper.hpp': '#pragma once', 'input.txt': '1 2', 'gen.py': '' });
    const folder = await readSourceFolder(root, await listFolderFiles(root), cpp);
    expect(folder.files.map((file) => [file.path, file.data.toString()])).toEqual([
      ['helper.hpp', '#pragma once'],
      ['main.cpp', 'int main() {}'],
    ]);
    expect(folder.name).toMatch(/^letscode-folder-/);
  });
});

describe('comparePaths', () => {
  it('puts a folder\'s own files before those of its subfolders', () => {
    expect(['z/a.c', 'b.c', 'a/b/c.c', 'a.c'].sort(comparePaths)).toEqual(['a.c', 'b.c', 'z/a.c', 'a/b/c.c']);
  });
});
