// A language is data: how to name, compile and run a solution, which image has the
// toolchain, and a tiny program that proves the toolchain works. The registry validates
// every entry against this schema when it loads.

import { z } from 'zod';

/**
 * Placeholders allowed in compile and run commands:
 *   {source}    the solution's path inside the box
 *   {out}       the directory the compile step writes its artifacts to
 *   {box}       the directory the run step finds the source and artifacts in
 *   {mainClass} the entry class/module name, when the language detects one
 *   {memoryMiB} the memory limit; {heapMiB} the share a managed runtime may use for its heap
 *   {stackMiB}  the stack size granted to the program
 */
export const PLACEHOLDERS = ['source', 'out', 'box', 'mainClass', 'memoryMiB', 'heapMiB', 'stackMiB'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const command = z.array(z.string().min(1)).min(1);

export const languageSchema = z.object({
  /** Short id used by --lang and in reports: cpp, python, ... */
  id: z.string().regex(/^[a-z][a-z0-9+#-]*$/),
  name: z.string().min(1),
  /** File extensions with the dot, lower case. */
  extensions: z.array(z.string().regex(/^\.[a-z0-9+]+$/)).min(1),
  /** Other names accepted by --lang (c++, py, js, ...). */
  aliases: z.array(z.string()).default([]),
  /** Directory under images/ holding the Dockerfile. Several languages may share one. */
  image: z.string().regex(/^[a-z0-9-]+$/),
  /** File name of the source inside the box; may use {mainClass}. */
  sourceName: z.string().min(1),
  /**
   * How to find {mainClass} in the source (Java: the public class). The first capture
   * group of the first match wins; `fallback` is used when nothing matches.
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
