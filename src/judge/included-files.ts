// The problem's included files (Kattis include/) merged into a submission before it
// compiles, as the format says: the folder of the submission's language if the problem
// has one, else include/default/; an included file replaces a submitted file of the same
// name. A single-file submission becomes a folder program, so the language's main-file
// rules pick the driver (main.cpp, main.py, the Java class with main) among the files.

import { basename } from 'node:path';
import { sourceNameFor, withoutExtension } from '../languages/commands.js';
import type { Language } from '../languages/language.js';
import type { ProgramSource } from '../languages/prepare.js';
import { comparePaths, extensionOf, type SourceFile, type SourceFolder } from '../languages/source-folder.js';
import { resolveClassNames } from '../languages/main-class.js';
import type { IncludedFiles } from '../problem/model.js';

/**
 * The files a submission in `language` gets: its language's folder replaces the default
 * one whole. A variant (C++20) takes its language's folder (include/cpp/) unless it has one.
 */
export function includedFilesFor(included: IncludedFiles | undefined, language: Language): readonly SourceFile[] {
  if (!included) return [];
  const variantOf = language.variantOf === undefined ? undefined : included.byLanguage.get(language.variantOf);
  return included.byLanguage.get(language.id) ?? variantOf ?? included.default ?? [];
}

/**
 * The submission with `files` added. `solutionName` is what the submission is called
 * (a path or a file name); a single file keeps its name, so a driver can import it.
 */
export function withIncludedFiles(language: Language, solution: { name: string; source: ProgramSource }, files: readonly SourceFile[]): ProgramSource {
  if (files.length === 0) return solution.source;
  const submitted = Buffer.isBuffer(solution.source) ? asFolder(language, solution.name, solution.source) : solution.source;
  const replaced = new Set(files.map((file) => file.path));
  const merged = [...submitted.files.filter((file) => !replaced.has(file.path)), ...files].sort((a, b) => comparePaths(a.path, b.path));
  return { name: submitted.name, files: merged };
}

/**
 * One file as a folder of one. The folder is named after the file, so a language that
 * falls back to "the file named like the folder" still finds it when no driver is included.
 */
function asFolder(language: Language, solutionName: string, data: Buffer): SourceFolder {
  const path = submittedFileName(language, basename(solutionName), data);
  return { name: withoutExtension(path), files: [{ path, data }] };
}

function submittedFileName(language: Language, name: string, data: Buffer): string {
  // javac wants a public class in the file of its name (Java's sourceName says so); a
  // file without one keeps its name rather than take the driver's (Main.java).
  if (language.mainClass && language.sourceName.includes('{fileClass}')) {
    return sourceNameFor(language, resolveClassNames(language, data.toString('utf8'), { fileStem: withoutExtension(name) })?.fileClass);
  }
  // A name the language would not compile (--lang on a .txt, serve's code) gets the usual one.
  return language.extensions.includes(extensionOf(name)) ? name : sourceNameFor(language);
}
