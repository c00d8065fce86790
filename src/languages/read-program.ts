// Reads a program from disk with its language: a file (language from its extension), or
// a folder (from the extensions of its files; its main file is checked before anything
// starts). Used for solutions and for the programs a problem brings (checkers,
// interactors, validators).

import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { describeFsError, pathKind } from '../common/fs-checks.js';
import { detectFolderLanguage, layoutFolder } from './folder-language.js';
import type { Language } from './language.js';
import type { ProgramSource } from './prepare.js';
import { detectLanguage, languages } from './registry.js';
import { extensionOf, listFolderFiles, readSourceFolder } from './source-folder.js';

export interface ReadOptions {
  /** What the program is, for messages: "solution", "checker", ... */
  role?: string;
  /**
   * For a single file: also bring the header files next to it (testlib.h beside a
   * Polygon checker.cpp is the usual case). Solutions do not get this.
   */
  siblingIncludes?: boolean;
}

export async function readProgram(
  path: string,
  shownAs: string,
  langOption: string | undefined,
  options: ReadOptions = {},
): Promise<{ language: Language; source: ProgramSource }> {
  const role = options.role ?? 'solution';
  const kind = await pathKind(path);
  if (kind === 'missing') throw new UsageError(`cannot read the ${role} ${shownAs}: no such file or folder (check the path)`);
  if (kind === 'file') {
    const source = await readFile(path).catch(() => {
      throw new UsageError(`cannot read the ${role} file ${shownAs}: check the path`);
    });
    // The text too: a language may claim another's extension by it (Prolog's .pl).
    const language = detectLanguage(languages, path, langOption, source.toString('utf8'));
    const includes = options.siblingIncludes ? await siblingIncludes(path, language) : [];
    // A file whose name says what it is (x.mjs) is laid out as a folder of one, keeping its name.
    if (includes.length === 0 && !language.keepNameExtensions.includes(extensionOf(path))) return { language, source };
    return { language, source: { name: basename(dirname(path)), files: [{ path: basename(path), data: source }, ...includes] } };
  }
  const unreadable = (error: unknown): never => {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read the ${role} folder ${shownAs}: ${describeFsError(error)}`);
  };
  const paths = await listFolderFiles(path, shownAs).catch(unreadable);
  // The texts of the files whose extension a language claims by content (Prolog's .pl).
  const claimed = langOption === undefined ? paths.filter((file) => languages.claims.has(extensionOf(file))) : [];
  const texts = new Map(await Promise.all(claimed.map(async (file) => [file, (await readFile(join(path, file)).catch(unreadable)).toString('utf8')] as const)));
  const language = detectFolderLanguage(languages, shownAs, paths, langOption, (file) => texts.get(file));
  const folder = await readSourceFolder(path, paths, language, shownAs).catch(unreadable);
  layoutFolder(language, folder, shownAs);
  return { language, source: folder };
}

async function siblingIncludes(file: string, language: Language): Promise<{ path: string; data: Buffer }[]> {
  if (language.includeExtensions.length === 0) return [];
  const dir = dirname(file);
  const names = (await readdir(dir)).filter((name) => language.includeExtensions.some((extension) => name.toLowerCase().endsWith(extension))).sort();
  return Promise.all(names.map(async (name) => ({ path: name, data: await readFile(join(dir, name)) })));
}
