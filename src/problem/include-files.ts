// A problem's include/ folder (Kattis package format 2025-09): files added to every
// submission before it compiles. include/default/ serves every language; include/<code>/
// (a language code of the format's table: cpp, python3, java, ...) replaces it for that
// language. The format wants every one of these folders non-empty. A folder for a code of
// the table that letscode has no language for (haskell, cobol) is passed over: packages
// support more languages than letscode, and their C++ submissions must still be judged.
// A name in neither list is a mistake (pyhton3), and an error.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ProblemFileError, UsageError } from '../errors.js';
import type { Language } from '../languages/language.js';
import { describeNames, findLanguage, languages, type LanguageRegistry } from '../languages/registry.js';
import { listFolderFiles, type SourceFile } from '../languages/source-folder.js';
import { closestMatch } from '../common/did-you-mean.js';
import { describeFsError, pathKind } from '../common/fs-checks.js';
import { KATTIS_LANGUAGE_CODES } from './kattis/language-codes.js';
import type { IncludedFiles } from './model.js';

const DEFAULT_FOLDER = 'default';

/** The files under `includeDir`; undefined when the folder does not exist or holds no folder. */
export async function readIncludedFiles(includeDir: string, registry: LanguageRegistry = languages): Promise<IncludedFiles | undefined> {
  const kind = await pathKind(includeDir);
  if (kind === 'missing') return undefined;
  if (kind === 'file') throw new ProblemFileError(includeDir, undefined, 'is a file', 'make it a folder holding default/ or one folder per language');
  const names = await folderNames(includeDir);
  let defaultFiles: readonly SourceFile[] | null = null;
  const byLanguage = new Map<string, readonly SourceFile[]>();
  const folderFor = new Map<string, string>();
  for (const name of names) {
    const dir = join(includeDir, name);
    if (name === DEFAULT_FOLDER) {
      defaultFiles = await readFolder(dir);
      continue;
    }
    const language = languageOfFolder(name, dir, registry);
    if (language === undefined) continue;
    const files = await readFolder(dir);
    const earlier = folderFor.get(language.id);
    if (earlier !== undefined) {
      throw new ProblemFileError(dir, undefined, `is for ${language.name}, like ${earlier}/`, 'keep one of the two folders');
    }
    folderFor.set(language.id, name);
    byLanguage.set(language.id, files);
  }
  if (defaultFiles === null && byLanguage.size === 0) return undefined;
  return { default: defaultFiles, byLanguage };
}

/**
 * The folders directly under include/ (hidden entries skipped). A file lying directly in
 * include/ belongs to no language: an error rather than a file silently left out.
 */
async function folderNames(includeDir: string): Promise<string[]> {
  const entries = await readdir(includeDir).catch(unreadable(includeDir));
  const names = entries.filter((name) => !name.startsWith('.')).sort();
  for (const name of names) {
    if ((await pathKind(join(includeDir, name))) === 'folder') continue;
    throw new ProblemFileError(join(includeDir, name), undefined, 'lies directly in include/', `move it into include/${DEFAULT_FOLDER}/ (every language) or include/<language>/`);
  }
  return names;
}

/** Every file of one include folder (hidden ones skipped), with its path in the folder. */
async function readFolder(dir: string): Promise<SourceFile[]> {
  const paths = await listFolderFiles(dir).catch(unreadable(dir));
  // listFolderFiles only lists files: a folder holding nothing but empty folders is empty too.
  if (paths.length === 0) throw new ProblemFileError(dir, undefined, 'is empty', 'the format wants every include folder non-empty: add the files, or remove it');
  return Promise.all(paths.map(async (path) => ({ path, data: await readFile(join(dir, path)).catch(unreadable(join(dir, path))) })));
}

/** The language include/<name>/ is for; undefined for a code of the format's table that letscode does not implement. */
function languageOfFolder(name: string, dir: string, registry: LanguageRegistry): Language | undefined {
  const language = findLanguage(registry, name);
  if (language) return language;
  const code = name.toLowerCase();
  if (KATTIS_LANGUAGE_CODES.includes(code)) return undefined;
  const guess = closestMatch(code, [...registry.byName.keys(), ...KATTIS_LANGUAGE_CODES, DEFAULT_FOLDER]);
  const hint = guess ? `did you mean ${guess}? ` : '';
  throw new ProblemFileError(dir, undefined, `"${name}" is not a language code`, `${hint}name it ${DEFAULT_FOLDER}, a code of the format's languages table, or a language letscode knows: ${describeNames(registry)}`);
}

function unreadable(path: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof UsageError) throw error;
    throw new ProblemFileError(path, undefined, describeFsError(error), 'make it readable');
  };
}
