// A language is data: how to name, compile and run a solution, which image has the
// toolchain, and a tiny program that proves the toolchain works. The registry validates
// every entry against this schema when it loads.

import { isAbsolute } from 'node:path';
import { z } from 'zod';

/**
 * Placeholders allowed in compile and run commands:
 *   {source}     the main source's path inside the box
 *   {sources}    every source file of the language (the main one included), one argument
 *                each; only as a whole argument of a command
 *   {sourceStem} the main source's path relative to {box}, without its extension
 *                (solution, main, lib/main): names what the compiler makes of it
 *   {out}        the directory the compile step writes its artifacts to
 *   {box}        the directory the run step finds the sources and artifacts in
 *   {mainClass}  the entry class, with its package (x.y.Main), when the language has a
 *                mainClass rule
 *   {fileClass}  the class a single source file is named after (Java: its public class);
 *                only in sourceName, where a package would not make a file name
 *   {memoryMiB}  the memory limit; {heapMiB} the share a managed runtime may use for its heap
 *   {stackMiB}   the stack size granted to the program
 */
export const PLACEHOLDERS = ['source', 'sources', 'sourceStem', 'out', 'box', 'mainClass', 'fileClass', 'memoryMiB', 'heapMiB', 'stackMiB'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
/** Placeholders that stand for several arguments. */
export const LIST_PLACEHOLDERS: readonly Placeholder[] = ['sources'];

const command = z.array(z.string().min(1)).min(1);
/**
 * Lower case: detection ignores the case of a file's extension (sol.R is R, Main.JAVA is
 * Java), so two extensions that differ only in case would be one.
 */
const extension = z.string().regex(/^\.[a-z0-9+]+$/, {
  message: 'must be a dot and lower-case letters, digits or + (detection ignores case: write .r for .R)',
});

/**
 * One way to pick the main file of a folder solution. The rules of a language are tried
 * in order; the first that picks exactly one file wins.
 *   stem        the top-level file `<stem><extension>` (main.py, Main.java)
 *   folderName  the top-level file named like the folder (two-sum/two-sum.py)
 *   containing  the one file whose text matches `pattern` (the one that declares main)
 *   notImported the one file no other file imports: `pattern`, with {stem} for the
 *               imported file's name without its extension, matches an import of it
 *   only        the only source file
 *   any         the first source file in path order: for languages that compile all
 *               their files together, where no file is special
 */
export const mainFileRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stem'), stem: z.string().regex(/^[\p{L}\p{N}_$.-]+$/u) }).strict(),
  z.object({ kind: z.literal('folderName') }).strict(),
  z.object({ kind: z.literal('containing'), pattern: z.string().min(1), description: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('notImported'), pattern: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('only') }).strict(),
  z.object({ kind: z.literal('any') }).strict(),
]);
export type MainFileRule = z.infer<typeof mainFileRuleSchema>;

/** A notImported rule's pattern for one file's stem (matched multi-line, like `containing`). */
export function importPatternFor(pattern: string, stem: string): string {
  return pattern.replaceAll('{stem}', stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

export const languageSchema = z.object({
  /** Short id used by --lang and in reports: cpp, python, ... */
  id: z.string().regex(/^[a-z][a-z0-9+#-]*$/),
  name: z.string().min(1),
  /** File extensions with the dot, lower case. */
  extensions: z.array(extension).min(1),
  /**
   * Extensions of files a folder solution may hold next to its sources (C headers): they
   * are written into the box but neither passed in {sources} nor counted for detection.
   */
  includeExtensions: z.array(extension).default([]),
  /**
   * Extensions whose single files keep their own name in the box instead of sourceName:
   * the name changes what the file means (Node runs a .mjs file as an ES module).
   */
  keepNameExtensions: z.array(extension).default([]),
  /**
   * Extensions of another language this one takes over for a single file whose text
   * matches `pattern`: Prolog's .pl, Perl's otherwise, for a file with a `:-` clause (as
   * problemtools tells Python 2 from Python 3 by the first line).
   */
  claims: z.array(z.object({ extension, pattern: z.string().min(1) }).strict()).default([]),
  /**
   * The language this one is a variant of (C++20 of C++17, PyPy of Python): the same
   * files, but a file's extension never picks it, only its name does (--lang cpp20); a
   * problem's files for the other language (include/cpp/) serve it too.
   */
  variantOf: z.string().optional(),
  /** Other names accepted by --lang (c++, py, js, ...). */
  aliases: z.array(z.string()).default([]),
  /**
   * Folder under images/ holding the Dockerfile; several languages may share one. A
   * languages.yaml may also name a folder of its own, which is then an absolute path.
   */
  image: z.string().refine((value) => /^[a-z0-9-]+$/.test(value) || isAbsolute(value), {
    message: 'must be the name of a folder under images/ (gcc, python, ...) or the path of a folder with a Dockerfile',
  }),
  /** File name of a single-file solution inside the box; may use {fileClass}. */
  sourceName: z.string().min(1),
  /** How the main file ({source}) of a folder solution is found; see mainFileRuleSchema. */
  mainFile: z.array(mainFileRuleSchema).min(1).default([{ kind: 'only' }]),
  /**
   * How to find {mainClass} and {fileClass} in the (main) source, for languages that run
   * a class (main-class.ts). Patterns are matched against the top-level code (comments,
   * literals and nested bodies blanked out); group 1 names the class.
   */
  mainClass: z
    .object({
      /** A top-level class declaration; every match is a candidate for the entry class. */
      pattern: z.string(),
      /** The entry is the first candidate whose declaration (header and body) matches this: it declares main. */
      entry: z.string().optional(),
      /** The top-level class the single source file must be named after (Java: the public one). */
      fileClass: z.string().optional(),
      /** The package declaration; group 1 (x.y) goes in front of the entry class. */
      package: z.string().optional(),
      /**
       * Top-level code that makes the file itself the entry (Kotlin: a top-level fun main):
       * the entry is then the file's class, its name in letters, digits and _ with a capital
       * first letter, plus `suffix` (main.kt -> MainKt), or what `nameAnnotation` names.
       */
      fileEntry: z.object({ pattern: z.string(), suffix: z.string(), nameAnnotation: z.string().optional() }).strict().optional(),
      /** The class when the source names none (a folder's main file name comes first). */
      fallback: z.string(),
    })
    .strict()
    .optional(),
  /** Null when the language has no compile step (the run step reads the source). */
  compile: command.nullable(),
  run: command,
  /** Environment for compile and run on top of the image's. */
  env: z.record(z.string(), z.string()).default({}),
  /**
   * Name of the seccomp profile (seccomp/<name>.json) its boxes get. Every runtime here
   * works under the tight `judge` profile; one that needs more gets its own profile.
   */
  seccompProfile: z.string().regex(/^[a-z0-9-]+$/).default('judge'),
  /** Share of the memory limit a managed runtime gets as heap (the rest is the VM itself). */
  heapShare: z.number().gt(0).lte(1).default(1),
  /**
   * Text a runtime prints on stderr when it dies of memory exhaustion below the box's
   * limit (its own heap cap): such a run is an MLE, not a runtime error.
   */
  outOfMemoryMarkers: z.array(z.string().min(1)).default([]),
  /** A program that echoes its input; run by `letscode languages test`. */
  selfTest: z.object({ source: z.string().min(1), input: z.string(), output: z.string() }),
});

export type Language = z.infer<typeof languageSchema>;
export type LanguageInput = z.input<typeof languageSchema>;
