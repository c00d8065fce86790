// One submission made ready for the sandbox: the files to write into the box and the
// exact compile and run commands. This is the whole of what the judge needs from a
// language. A submission is one file, or a folder (several sources, one of them main).

import { compileCommand, runCommand, sourceNameFor, withoutExtension, type LanguageCommand, type SourceLayout } from './commands.js';
import { layoutFolder } from './folder-language.js';
import type { Language } from './language.js';
import { comparePaths, languageUsesFile, type SourceFile, type SourceFolder } from './source-folder.js';
import { resolveClassNames, type ClassNames } from './main-class.js';

/** The compile step's memory limit when the caller does not give one (the compile box's default). */
export const DEFAULT_COMPILE_MEMORY_BYTES = 1024 * 1024 * 1024;

export interface PreparedProgram {
  /**
   * Path of the main source ({source}) relative to /box. A single file gets the language's
   * sourceName (Java: named after its public class); a folder's files keep their paths.
   */
  sourceName: string;
  /**
   * Every file written read-only under /box/ before the program compiles and runs: the
   * main source, the language's other sources and the files they include (C headers).
   * Paths are relative and '/'-separated, in path order.
   */
  sources: SourceFile[];
  compile: LanguageCommand | null;
  run: LanguageCommand;
  /** stderr text by which the runtime says it ran out of memory (an MLE, not an RE). */
  outOfMemoryMarkers: readonly string[];
}

/** A submission: one file's bytes, or a folder's files (see readSourceFolder). */
export type ProgramSource = Buffer | SourceFolder;

/** A UsageError when a folder has no file of the language or no main file can be told. */
export function prepareProgram(
  language: Language,
  source: ProgramSource,
  memoryBytes: number,
  compileMemoryBytes: number = DEFAULT_COMPILE_MEMORY_BYTES,
): PreparedProgram {
  const { layout, classes, sources } = Buffer.isBuffer(source) ? singleFile(language, source) : folder(language, source);
  return {
    sourceName: layout.main,
    sources,
    compile: compileCommand(language, { memoryBytes: compileMemoryBytes, classes, layout }),
    run: runCommand(language, { memoryBytes, classes, layout }),
    outOfMemoryMarkers: language.outOfMemoryMarkers,
  };
}

interface Placement {
  layout: SourceLayout;
  classes: ClassNames | undefined;
  sources: SourceFile[];
}

function singleFile(language: Language, data: Buffer): Placement {
  const fileStemFor = (fileClass: string) => withoutExtension(sourceNameFor(language, fileClass));
  const classes = resolveClassNames(language, data.toString('utf8'), { fileStemFor });
  const main = sourceNameFor(language, classes?.fileClass);
  return { layout: { main, sources: [main] }, classes, sources: [{ path: main, data }] };
}

const SAFE_RELATIVE_PATH = /^[^/\\\0]+(?:\/[^/\\\0]+)*$/;

/** Only the folder's files of this language go into the box: its sources and what they include. */
function folder(language: Language, source: SourceFolder): Placement {
  const files = source.files.filter((file) => languageUsesFile(language, file.path)).sort((a, b) => comparePaths(a.path, b.path));
  const unsafe = files.find((file) => !SAFE_RELATIVE_PATH.test(file.path) || file.path.split('/').includes('..'));
  if (unsafe) throw new Error(`source path "${unsafe.path}" must be relative, '/'-separated, without ".."`);
  const { main, sources } = layoutFolder(language, { ...source, files }, `${source.name}/`);
  const stem = withoutExtension(main.path.split('/').pop() ?? main.path);
  const classes = resolveClassNames(language, main.data.toString('utf8'), { fileStem: stem });
  return { layout: { main: main.path, sources: sources.map((file) => file.path) }, classes, sources: files };
}
