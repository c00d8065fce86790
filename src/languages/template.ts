// Filling in a language's command templates (the class names they use come from
// main-class.ts).
//
// A placeholder is a word in braces, `{source}`, not preceded by `$`. Any other text,
// braces included, is kept as it is, so a template may hold `${HOME}`, `{ }` or `{1}`.
// A list placeholder (`{sources}`) stands for several arguments, so it must be a whole
// argument of a command.

import type { Placeholder } from './language.js';
import { LIST_PLACEHOLDERS, PLACEHOLDERS } from './language.js';

type ListPlaceholder = 'sources';
export type TemplateVars = Partial<Record<Exclude<Placeholder, ListPlaceholder>, string | number>> &
  Partial<Record<ListPlaceholder, readonly string[]>>;

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

/** A placeholder that stands for several arguments ({sources}). */
export function isListPlaceholder(name: string): boolean {
  return (LIST_PLACEHOLDERS as readonly string[]).includes(name);
}

export function expandTemplate(text: string, vars: TemplateVars): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => {
    if (!isPlaceholder(name)) {
      throw new TemplateError(`unknown placeholder {${name}} in "${text}" (known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')})`);
    }
    if (isListPlaceholder(name)) throw new TemplateError(`placeholder {${name}} in "${text}" must be a whole argument of a command`);
    const value = vars[name as Exclude<Placeholder, ListPlaceholder>];
    if (value === undefined) throw new TemplateError(`placeholder {${name}} in "${text}" has no value here`);
    return String(value);
  });
}

/**
 * Expands every argument of a command. Arguments are never split or joined: a list
 * placeholder that is a whole argument becomes one argument per item, anything else
 * stays one argument.
 */
export function expandCommand(template: readonly string[], vars: TemplateVars): string[] {
  return template.flatMap((arg) => {
    const whole = /^\{([A-Za-z][A-Za-z0-9]*)\}$/.exec(arg)?.[1];
    if (whole === undefined || !isListPlaceholder(whole)) return [expandTemplate(arg, vars)];
    const items = vars[whole as ListPlaceholder];
    if (items === undefined) throw new TemplateError(`placeholder {${whole}} has no value here`);
    return [...items];
  });
}
