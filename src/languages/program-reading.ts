// Reading a program that letscode may not be able to run: an example submission of a
// contest archive, or a validator a package brings. Three outcomes instead of an error:
// a program (its language and source), a program in a language letscode does not run
// (Python 2, Haskell before it exists, ...) to be skipped with the reason, or something
// that is not a program at all (a README). readProgram stays strict for the solution a
// user names; this is for the files a package holds, where one unsupported language must
// never stop the others.

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import { pathKind } from '../common/fs-checks.js';
import { contestLanguageOf } from './contest-languages.js';
import type { Language } from './language.js';
import type { ProgramSource } from './prepare.js';
import { readProgram, type ReadOptions } from './read-program.js';
import { languages } from './registry.js';
import { listFolderFiles } from './source-folder.js';

export type ProgramReading =
  | { kind: 'program'; language: Language; source: ProgramSource }
  /** A program letscode cannot run; `source` is its text when it is one file (tags are read from it). */
  | { kind: 'unsupported'; reason: string; source: Buffer | null }
  | { kind: 'not-a-program'; reason: string };

/** `#!/usr/bin/env python2`: the line problemtools tells Python 2 from Python 3 by. */
const PYTHON2_SHEBANG = /^#!.*\bpython2\b/;

/**
 * Why this program, read as `language`, is one letscode cannot run: a Python file whose
 * #! line names python2 (every Python file of a folder, when one of them does and none
 * names python3). Null when it can run. A program read with an explicit language (--lang,
 * submissions.yaml's language) is taken at its word, so callers skip this for those.
 */
export function unrunnableReason(language: Pick<Language, 'extensions'>, source: ProgramSource): string | null {
  if (!language.extensions.includes('.py')) return null;
  const files = Buffer.isBuffer(source) ? [source] : source.files.filter((file) => file.path.endsWith('.py')).map((file) => file.data);
  const firstLines = files.map((data) => data.subarray(0, 200).toString('utf8').split('\n')[0]!);
  const python2 = firstLines.some((line) => PYTHON2_SHEBANG.test(line)) && !firstLines.some((line) => /^#!.*\bpython3\b/.test(line));
  return python2 ? 'Python 2 (its #! line names python2), and letscode runs Python 3' : null;
}

export async function readProgramOrSkip(path: string, shownAs: string, langOption: string | undefined, options: ReadOptions = {}): Promise<ProgramReading> {
  try {
    const { language, source } = await readProgram(path, shownAs, langOption, options);
    const unrunnable = langOption === undefined ? unrunnableReason(language, source) : null;
    if (unrunnable !== null) return { kind: 'unsupported', reason: unrunnable, source: Buffer.isBuffer(source) ? source : null };
    return { kind: 'program', language, source };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const isFile = (await pathKind(path)) === 'file';
    const files = isFile ? [path] : await listFolderFiles(path).catch(() => []);
    const source = isFile ? await readFile(path).catch(() => null) : null;
    // Written in a language letscode has, but not runnable as it is (a folder whose main
    // file cannot be told): the registry's own words say why.
    if (langOption === undefined && files.some((file) => languages.byExtension.has(extname(file).toLowerCase()))) {
      return { kind: 'unsupported', reason: error.message, source };
    }
    const language = langOption === undefined ? contestLanguageIn(files) : null;
    if (language === null) return { kind: 'not-a-program', reason: whyNotAProgram(error.message) };
    return { kind: 'unsupported', reason: `${language}, a language letscode does not run (see letscode languages)`, source };
  }
}

/** The contest language of a file, or of a folder's files (the first one that has one). */
function contestLanguageIn(files: readonly string[]): string | null {
  for (const file of files) {
    const language = contestLanguageOf(extname(file));
    if (language !== null) return language;
  }
  return null;
}

/** "it has the unknown extension ".md"" out of the language registry's longer message. */
function whyNotAProgram(message: string): string {
  return /it (has the unknown extension "[^"]*"|has no extension)/.exec(message)?.[0] ?? message;
}
