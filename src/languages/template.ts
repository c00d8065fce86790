// Filling in a language's command templates, and finding the name a language needs
// from the source itself (Java's public class).
//
// A placeholder is a word in braces, `{source}`, not preceded by `$`. Any other text,
// braces included, is kept as it is, so a template may hold `${HOME}`, `{ }` or `{1}`.

import type { Language, Placeholder } from './language.js';
import { PLACEHOLDERS } from './language.js';
import { topLevelCode } from './source-text.js';

export type TemplateVars = Partial<Record<Placeholder, string | number>>;

const PLACEHOLDER = /(?<!\$)\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** A value the template needs is missing or a placeholder is unknown. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** Every placeholder name (known or not) the text uses, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/** The names in `text` that are not placeholders at all. */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((name) => !isPlaceholder(name));
}

export function expandTemplate(text: string, vars: TemplateVars): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => {
    if (!isPlaceholder(name)) {
      throw new TemplateError(`unknown placeholder {${name}} in "${text}" (known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')})`);
    }
    const value = vars[name];
    if (value === undefined) throw new TemplateError(`placeholder {${name}} in "${text}" has no value here`);
    return String(value);
  });
}

/** Expands every argument of a command; the argument count never changes (no word splitting). */
export function expandCommand(template: readonly string[], vars: TemplateVars): string[] {
  return template.map((arg) => expandTemplate(arg, vars));
}

/** A name that is safe as a file name and a class name: letters, digits, `_` and `$`. */
const SAFE_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/** Compiles a language's main-class pattern; the registry calls this to reject bad ones early. */
export function mainClassRegExp(pattern: string): RegExp {
  return new RegExp(pattern, 'mu');
}

/**
 * The entry class a language needs, found in the source: the first capture group of the
 * first match of `mainClass.pattern` against the top-level code (comments, literals and
 * nested bodies blanked out), else `mainClass.fallback`. Undefined for languages without
 * a main class.
 */
export function resolveMainClass(language: Pick<Language, 'mainClass'>, sourceText: string): string | undefined {
  const config = language.mainClass;
  if (!config) return undefined;
  const found = mainClassRegExp(config.pattern).exec(topLevelCode(sourceText))?.[1];
  return found !== undefined && SAFE_NAME.test(found) ? found : config.fallback;
}
