// The class a JVM program starts from ({mainClass}) and the class its single source file
// must be named after ({fileClass}), found in the source by the language's mainClass
// patterns, as DOMjudge and Kattis find them after compiling: the top-level class that
// declares main, with its package in front (package x.y; -> x.y.Main).

import type { Language } from './language.js';
import { blockEnd, codeOnly, topLevelCode } from './source-text.js';

/** A name that is safe as a file name and a class name: letters, digits, `_` and `$`. */
const SAFE_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
/** A dotted package name (x.y), once the spaces around its dots are gone. */
const SAFE_PACKAGE = /^[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*$/u;

export interface ClassNames {
  /** The entry class, with its package: what the run command starts. */
  mainClass: string;
  /** The simple name the single source file is named after (Java: its public class). */
  fileClass: string;
}

type MainClassConfig = NonNullable<Language['mainClass']>;

/** Compiles a language's pattern; the registry calls this to reject bad ones early. */
export function mainClassRegExp(pattern: string, flags = 'mu'): RegExp {
  return new RegExp(pattern, flags);
}

export interface ResolveOptions {
  /** The main file's name without extension, when it is known (a folder's); a fallback class name too. */
  fileStem?: string | undefined;
  /** Names the single file from its file class (the language's sourceName), for file-class entries. */
  fileStemFor?: (fileClass: string) => string;
}

/**
 * The entry class and the file class of `source`; undefined for languages without a
 * main class. In order: the file's own class when the file itself declares the entry
 * (`fileEntry`, Kotlin's top-level fun main), the first top-level class whose
 * declaration matches `entry`, the class `fileClass` names (Java's public class), the
 * main file's stem when it is a valid name, and `fallback`.
 */
export function resolveClassNames(language: Pick<Language, 'mainClass'>, source: string, options: ResolveOptions = {}): ClassNames | undefined {
  const config = language.mainClass;
  if (!config) return undefined;
  const code = codeOnly(source);
  const top = topLevelCode(source);
  const stem = options.fileStem !== undefined && SAFE_NAME.test(options.fileStem) ? options.fileStem : undefined;
  const named = config.fileClass === undefined ? undefined : firstName(mainClassRegExp(config.fileClass).exec(top));
  const entry = entryClass(config, code, top);
  const fileClass = named ?? entry ?? stem ?? config.fallback;
  const facade = fileEntryClass(config, source, top, options.fileStem ?? options.fileStemFor?.(fileClass));
  const simple = facade ?? entry ?? named ?? stem ?? config.fallback;
  const pkg = packageOf(config, top);
  return { mainClass: pkg === undefined ? simple : `${pkg}.${simple}`, fileClass };
}

/** The first top-level declaration `pattern` finds whose text, header and body, matches `entry`. */
function entryClass(config: MainClassConfig, code: string, top: string): string | undefined {
  if (config.entry === undefined) return undefined;
  const entry = mainClassRegExp(config.entry);
  const declarations = [...top.matchAll(mainClassRegExp(config.pattern, 'gmu'))];
  for (const [index, match] of declarations.entries()) {
    const name = firstName(match);
    if (name === undefined || match.index === undefined) continue;
    // A declaration's text ends with its body, and never runs into the next declaration.
    const next = declarations[index + 1]?.index ?? code.length;
    const end = Math.min(blockEnd(code, match.index), next);
    if (entry.test(code.slice(match.index, Math.max(end, match.index + match[0].length)))) return name;
  }
  return undefined;
}

/** Kotlin's file class: `<Stem>Kt` for main.kt, or what @file:JvmName says, when the file itself declares main. */
function fileEntryClass(config: MainClassConfig, source: string, top: string, fileStem: string | undefined): string | undefined {
  const rule = config.fileEntry;
  if (rule === undefined || !mainClassRegExp(rule.pattern).test(top)) return undefined;
  if (rule.nameAnnotation !== undefined) {
    const named = firstName(mainClassRegExp(rule.nameAnnotation).exec(codeOnly(source, { literals: false })));
    if (named !== undefined) return named;
  }
  return fileStem === undefined ? undefined : `${fileClassName(fileStem)}${rule.suffix}`;
}

/**
 * How Kotlin names a file's class: every character but letters and digits becomes `_`,
 * and a first ASCII lower-case letter is upper-cased (two-sum.kt -> Two_sumKt).
 */
export function fileClassName(stem: string): string {
  const sanitized = stem.replace(/[^\p{L}\p{N}]/gu, '_');
  return /^[a-z]/.test(sanitized) ? sanitized[0]!.toUpperCase() + sanitized.slice(1) : sanitized;
}

function packageOf(config: MainClassConfig, top: string): string | undefined {
  if (config.package === undefined) return undefined;
  const found = mainClassRegExp(config.package).exec(top)?.[1]?.replace(/\s+/g, '');
  return found !== undefined && SAFE_PACKAGE.test(found) ? found : undefined;
}

function firstName(match: RegExpExecArray | RegExpMatchArray | null): string | undefined {
  const name = match?.[1];
  return name !== undefined && SAFE_NAME.test(name) ? name : undefined;
}
