// A folder solution: which language it is written in (the language with the most files
// in it) and which of its files is the main one (the language's mainFile rules, in order).

import { UsageError } from '../errors.js';
import { importPatternFor, type Language, type MainFileRule } from './language.js';
import { languageOfFile, resolveLanguage, type LanguageRegistry } from './registry.js';
import { withoutExtension } from './commands.js';
import { comparePaths, extensionOf, sourceExtensionsOf, type SourceFile, type SourceFolder } from './source-folder.js';

/**
 * The language of a folder solution: `--lang` when given, else the language with the
 * most files in it (by extension, or by a claim on the text of a file whose extension
 * another language claims: Prolog's .pl). A tie, or no file of any language, is a
 * UsageError that says what was found.
 */
export function detectFolderLanguage(
  registry: LanguageRegistry,
  shownAs: string,
  paths: readonly string[],
  langOption?: string,
  textOf: (path: string) => string | undefined = () => undefined,
): Language {
  if (langOption !== undefined) return resolveLanguage(registry, langOption, 'for --lang');
  const counts = new Map<Language, number>();
  const others = new Set<string>();
  for (const path of paths) {
    const extension = extensionOf(path);
    const language = languageOfFile(registry, extension, textOf(path));
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
    else others.add(extension === '' ? 'files without an extension' : extension);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first && (!second || second[1] < first[1])) return first[0];

  const found = ranked.map(([language, count]) => `${count} ${language.id} file${count === 1 ? '' : 's'}`);
  if (others.size > 0) found.push(`other files: ${[...others].join(', ')}`);
  const what =
    paths.length === 0
      ? 'it has no files'
      : ranked.length === 0
        ? `none of its files has a known extension (found ${[...others].join(', ')})`
        : `no language has the most files (found ${found.join(', ')})`;
  throw new UsageError(`cannot tell the language of folder ${shownAs}: ${what}; pass --lang (${registry.all.map((l) => l.id).join(', ')})`);
}

/** A folder solution laid out for one language: its main file and every file it compiles. */
export interface FolderLayout {
  /** The main source ({source}), a member of `sources`. */
  main: SourceFile;
  /** The files with the language's own extensions ({sources}), in path order. */
  sources: SourceFile[];
}

export function layoutFolder(language: Language, folder: SourceFolder, shownAs: string): FolderLayout {
  // A language's own extensions, and those it claims (a Prolog folder's .pl files are all Prolog).
  const extensions = sourceExtensionsOf(language);
  const sources = folder.files
    .filter((file) => extensions.includes(extensionOf(file.path)))
    .sort((a, b) => comparePaths(a.path, b.path));
  if (sources.length === 0) {
    throw new UsageError(`folder ${shownAs} has no ${extensions.join(' ')} file for ${language.name}: check the folder or --lang`);
  }
  const misses: string[] = [];
  for (const rule of language.mainFile) {
    const picked = pickMain(rule, sources, folder.name, language);
    if (picked.length === 1) return { main: picked[0]!, sources };
    misses.push(describeRule(rule, folder.name, language, picked));
  }
  // One source file among notes and data (DOMjudge's extra-file-* examples) is the program,
  // unless the language looks inside (Java's main): then "none declares main" says more.
  if (sources.length === 1 && !language.mainFile.some((rule) => rule.kind === 'containing')) return { main: sources[0]!, sources };
  throw new UsageError(`cannot tell the main file of folder ${shownAs} for ${language.name}: expected ${misses.join(', or ')}`);
}

/** The files a rule points at: exactly one means it decided. */
function pickMain(rule: MainFileRule, sources: readonly SourceFile[], folderName: string, language: Language): SourceFile[] {
  switch (rule.kind) {
    case 'stem':
      return sources.filter((file) => isTopLevelNamed(file.path, rule.stem, language));
    case 'folderName':
      return sources.filter((file) => isTopLevelNamed(file.path, folderName, language));
    case 'containing': {
      const pattern = new RegExp(rule.pattern, 'mu');
      return sources.filter((file) => pattern.test(file.data.toString('utf8')));
    }
    case 'notImported':
      return sources.filter((file) => !isImported(file, sources, rule.pattern));
    case 'only':
      return sources.length === 1 ? [...sources] : [];
    case 'any':
      return sources.slice(0, 1);
  }
}

/** Whether another source imports `file` (by its stem, the way `pattern` says). */
function isImported(file: SourceFile, sources: readonly SourceFile[], pattern: string): boolean {
  const stem = withoutExtension(file.path.split('/').pop() ?? file.path);
  const imports = new RegExp(importPatternFor(pattern, stem), 'mu');
  return sources.some((other) => other !== file && imports.test(other.data.toString('utf8')));
}

function isTopLevelNamed(path: string, stem: string, language: Language): boolean {
  return !path.includes('/') && language.extensions.some((extension) => path === `${stem}${extension}`);
}

function describeRule(rule: MainFileRule, folderName: string, language: Language, picked: readonly SourceFile[]): string {
  const extension = language.extensions[0] ?? '';
  switch (rule.kind) {
    case 'stem':
      return `${rule.stem}${extension}`;
    case 'folderName':
      return `${folderName}${extension} (named like the folder)`;
    case 'containing':
      return picked.length === 0
        ? `one file that ${rule.description} (none does)`
        : `one file that ${rule.description} (${picked.length} do: ${picked.map((file) => file.path).join(', ')})`;
    case 'notImported':
      return picked.length === 0
        ? 'one file that no other file imports (each is imported)'
        : `one file that no other file imports (${picked.length} are not: ${picked.map((file) => file.path).join(', ')})`;
    case 'only':
      return `a single ${extension} file`;
    case 'any':
      return `a ${extension} file`;
  }
}
