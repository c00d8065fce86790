// One submission made ready for the sandbox: its file name inside the box and the exact
// compile and run commands. This is the whole of what the judge needs from a language.

import { compileCommand, runCommand, sourceNameFor, type LanguageCommand } from './commands.js';
import type { Language } from './language.js';
import { resolveMainClass } from './template.js';

/** The compile step's memory limit when the caller does not give one (the compile box's default). */
export const DEFAULT_COMPILE_MEMORY_BYTES = 1024 * 1024 * 1024;

export interface PreparedProgram {
  /** File name of the source inside /box (Java: named after its public class). */
  sourceName: string;
  source: Buffer;
  compile: LanguageCommand | null;
  run: LanguageCommand;
  /** stderr text by which the runtime says it ran out of memory (an MLE, not an RE). */
  outOfMemoryMarkers: readonly string[];
}

export function prepareProgram(
  language: Language,
  source: Buffer,
  memoryBytes: number,
  compileMemoryBytes: number = DEFAULT_COMPILE_MEMORY_BYTES,
): PreparedProgram {
  const mainClass = resolveMainClass(language, source.toString('utf8'));
  return {
    sourceName: sourceNameFor(language, mainClass),
    source,
    compile: compileCommand(language, { memoryBytes: compileMemoryBytes, mainClass }),
    run: runCommand(language, { memoryBytes, mainClass }),
    outOfMemoryMarkers: language.outOfMemoryMarkers,
  };
}
