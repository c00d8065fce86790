// A language is data: how to name, compile and run a solution, which image has the
// toolchain, and a tiny program that proves the toolchain works. The registry validates
// every entry against this schema when it loads.

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
 *   {mainClass}  the entry class/module name, when the language detects one
 *   {memoryMiB}  the memory limit; {heapMiB} the share a managed runtime may use for its heap
 *   {stackMiB}   the stack size granted to the program
 */
export const PLACEHOLDERS = ['source', 'sources', 'sourceStem', 'out', 'box', 'mainClass', 'memoryMiB', 'heapMiB', 'stackMiB'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
/** Placeholders that stand for several arguments. */
export const LIST_PLACEHOLDERS: readonly Placeholder[] = ['sources'];

const command = z.array(z.string().min(1)).min(1);
const extension = z.string().regex(/^\.[a-z0-9+]+$/);

/**
 * One way to pick the main file of a folder solution. The rules of a language are tried
 * in order; the first that picks exactly one file wins.
 *   stem        the top-level file `<stem><extension>` (main.py, Main.java)
 *   folderName  the top-level file named like the folder (two-sum/two-sum.py)
 *   containing  the one file whose text matches `pattern` (the one that declares main)
 *   only        the only source file
 *   any         the first source file in path order: for languages that compile all
 *               their files together, where no file is special
 */
export const mainFileRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stem'), stem: z.string().regex(/^[\p{L}\p{N}_$.-]+$/u) }).strict(),
  z.object({ kind: z.literal('folderName') }).strict(),
  z.object({ kind: z.literal('containing'), pattern: z.string().min(1), description: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('only') }).strict(),
  z.object({ kind: z.literal('any') }).strict(),
]);
export type MainFileRule = z.infer<typeof mainFileRuleSchema>;

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
  /** Other names accepted by --lang (c++, py, js, ...). */
  aliases: z.array(z.string()).default([]),
  /** Directory under images/ holding the Dockerfile. Several languages may share one. */
  image: z.string().regex(/^[a-z0-9-]+$/),
  /** File name of a single-file solution inside the box; may use {mainClass}. */
  sourceName: z.string().min(1),
  /** How the main file ({source}) of a folder solution is found; see mainFileRuleSchema. */
  mainFile: z.array(mainFileRuleSchema).min(1).default([{ kind: 'only' }]),
  /**
   * How to find {mainClass} in the (main) source (Java: the public class). The first
   * capture group of the first match wins; `fallback` is used when nothing matches (in a
   * folder solution: the main file's name, when it is a valid class name).
   */
  mainClass: z.object({ pattern: z.string(), fallback: z.string() }).optional(),
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
