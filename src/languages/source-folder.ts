// A solution that is a folder, on disk: the names of its files (for language detection)
// and then the contents of the files its language uses. Hidden files and folders (.git,
// .vscode, .DS_Store) are never part of a solution.

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Language } from './language.js';

/** One file of a program: its path relative to the folder ('/'-separated) and its bytes. */
export interface SourceFile {
  path: string;
  data: Buffer;
}

/** The files of a folder solution that its language uses, in path order. */
export interface SourceFolder {
  /** The folder's own name (some languages look for `<name>.<ext>` as the main file). */
  name: string;
  files: SourceFile[];
}

/** A folder with more is almost surely not a solution (a repository root, a home folder). */
export const MAX_FOLDER_FILES = 1000;
/** Total size of the source files a folder solution may have. */
export const MAX_FOLDER_SOURCE_BYTES = 16 * 1024 * 1024;

/** The extension a language would see: lower case, with the dot ('' when there is none). */
export function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}

/** Every non-hidden file under `dir`, relative and '/'-separated, in sorted order. */
export async function listFolderFiles(dir: string, shownAs = dir): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      // Symbolic links are followed to files only, so a link cannot make the walk loop.
      else if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(join(dir, path))))) found.push(path);
      if (found.length > MAX_FOLDER_FILES) {
        throw new UsageError(`${shownAs} holds more than ${MAX_FOLDER_FILES} files: judge the folder of the solution only`);
      }
    }
  };
  await walk('');
  return found.sort(comparePaths);
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** Path order: a folder's own files before those of its subfolders, then by name. */
export function comparePaths(a: string, b: string): number {
  const depth = a.split('/').length - b.split('/').length;
  if (depth !== 0) return depth;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A language's source extensions: its own, and those it claims by content (Prolog's .pl). */
export function sourceExtensionsOf(language: Pick<Language, 'extensions' | 'claims'>): string[] {
  return [...language.extensions, ...language.claims.map((claim) => claim.extension)];
}

/** Whether a language uses a file of a folder solution: one of its sources, or a file they include. */
export function languageUsesFile(language: Pick<Language, 'extensions' | 'claims' | 'includeExtensions'>, path: string): boolean {
  const extension = extensionOf(path);
  return sourceExtensionsOf(language).includes(extension) || language.includeExtensions.includes(extension);
}

/** Reads the files of `paths` that `language` uses (the others stay on disk). */
export async function readSourceFolder(dir: string, paths: readonly string[], language: Language, shownAs = dir): Promise<SourceFolder> {
  const files: SourceFile[] = [];
  let totalBytes = 0;
  for (const path of paths.filter((each) => languageUsesFile(language, each))) {
    const data = await readFile(join(dir, path));
    totalBytes += data.length;
    if (totalBytes > MAX_FOLDER_SOURCE_BYTES) {
      throw new UsageError(`${shownAs}: the ${language.name} files are larger than ${MAX_FOLDER_SOURCE_BYTES / 1024 / 1024} MiB together`);
    }
    files.push({ path, data });
  }
  return { name: basename(dir), files };
}
