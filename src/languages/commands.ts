// A language's compile and run templates turned into the exact argv and environment
// for one submission and one memory limit.

import { BoxPaths } from '../sandbox/sandbox.js';
import type { Language } from './language.js';
import type { ClassNames } from './main-class.js';
import { expandCommand, expandTemplate, type TemplateVars } from './template.js';

const MiB = 1024 * 1024;

/** What a sandbox needs to start one step (the cwd is fixed per step, see commandCwd). */
export interface LanguageCommand {
  argv: string[];
  env: Record<string, string>;
}

export interface CommandOptions {
  /** The step's memory limit; the memory placeholders are derived from it. */
  memoryBytes: number;
  /** The resolved entry and file classes (resolveClassNames), for languages that have them. */
  classes?: ClassNames | undefined;
  /**
   * Where the sources are, relative to the box: the main one ({source}) and every one
   * the language compiles ({sources}). Default: a single file named by sourceNameFor.
   */
  layout?: SourceLayout | undefined;
}

export interface SourceLayout {
  main: string;
  sources: readonly string[];
}

export interface MemoryVars {
  memoryMiB: number;
  /** The managed runtime's heap: heapShare of the limit, the rest is the VM itself. */
  heapMiB: number;
  /** The stack may grow to the memory limit (like Codeforces; no stack rlimit): deep recursion is fine. */
  stackMiB: number;
}

export function memoryVars(language: Pick<Language, 'heapShare'>, memoryBytes: number): MemoryVars {
  const memoryMiB = Math.max(1, Math.floor(memoryBytes / MiB));
  return {
    memoryMiB,
    heapMiB: Math.max(1, Math.floor(memoryMiB * language.heapShare)),
    stackMiB: memoryMiB,
  };
}

/** The source's file name inside the box (Java: named after its public class). */
export function sourceNameFor(language: Pick<Language, 'sourceName'>, fileClass?: string): string {
  return expandTemplate(language.sourceName, fileClass === undefined ? {} : { fileClass });
}

/** A path without the extension of its last segment: lib/main.ts -> lib/main. */
export function withoutExtension(path: string): string {
  return path.replace(/(?<=[^/])\.[^./]*$/, '');
}

function templateVars(language: Language, options: CommandOptions): TemplateVars {
  const main = options.layout?.main ?? sourceNameFor(language, options.classes?.fileClass);
  const sources = options.layout?.sources ?? [main];
  const vars: TemplateVars = {
    ...memoryVars(language, options.memoryBytes),
    out: BoxPaths.compileOutput,
    box: BoxPaths.program,
    source: `${BoxPaths.program}/${main}`,
    sources: sources.map((path) => `${BoxPaths.program}/${path}`),
    sourceStem: withoutExtension(main),
  };
  if (options.classes !== undefined) {
    vars.mainClass = options.classes.mainClass;
    vars.fileClass = options.classes.fileClass;
  }
  return vars;
}

function expandEnv(env: Record<string, string>, vars: TemplateVars): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([name, value]) => [name, expandTemplate(value, vars)]));
}

/** Null when the language has no compile step. Runs with cwd BoxPaths.compileOutput. */
export function compileCommand(language: Language, options: CommandOptions): LanguageCommand | null {
  if (!language.compile) return null;
  const vars = templateVars(language, options);
  return { argv: expandCommand(language.compile, vars), env: expandEnv(language.env, vars) };
}

/** A solution runs with cwd BoxPaths.solutionCwd (a problem's program: BoxPaths.tmp); compiled files are in BoxPaths.program. */
export function runCommand(language: Language, options: CommandOptions): LanguageCommand {
  const vars = templateVars(language, options);
  return { argv: expandCommand(language.run, vars), env: expandEnv(language.env, vars) };
}
