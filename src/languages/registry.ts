// The language registry: every entry validated (schema, then language-rules.ts, then the
// rules between entries), indexed by extension and by name, and the place that decides
// which language a solution file is written in (a folder: folder-language.ts).

import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import { closestMatch } from '../common/did-you-mean.js';
import { languageSchema, type Language, type LanguageInput } from './language.js';
import { checkRules, LanguageDefinitionError } from './language-rules.js';
import { languagesData } from './languages-data.js';

export { LanguageDefinitionError } from './language-rules.js';

/** A language that takes over another's extension for a file whose text matches. */
export interface ExtensionClaim {
  language: Language;
  pattern: RegExp;
}

export interface LanguageRegistry {
  /** In the order of the data. */
  readonly all: readonly Language[];
  /** Extension with the dot, lower case -> the language it picks (variants pick none). */
  readonly byExtension: ReadonlyMap<string, Language>;
  /** Id or alias, lower case -> language. */
  readonly byName: ReadonlyMap<string, Language>;
  /** Extension -> the languages that claim a file of it by its text (Prolog's .pl). */
  readonly claims: ReadonlyMap<string, readonly ExtensionClaim[]>;
}

const strictSchema = languageSchema.strict();

export function createRegistry(data: readonly LanguageInput[]): LanguageRegistry {
  const all = data.map((entry, index) => parseLanguage(entry, index));
  const byExtension = new Map<string, Language>();
  const byName = new Map<string, Language>();
  for (const language of all) {
    if (language.variantOf === undefined) {
      for (const [index, extension] of language.extensions.entries()) {
        claim(byExtension, extension, language, `extensions.${index}`, 'extension');
      }
    }
    claim(byName, language.id, language, 'id', 'name');
    for (const [index, alias] of language.aliases.entries()) {
      claim(byName, alias.toLowerCase(), language, `aliases.${index}`, 'name');
    }
  }
  for (const language of all) checkVariant(language, all);
  return { all, byExtension, byName, claims: indexClaims(all, byExtension) };
}

function claim(index: Map<string, Language>, key: string, language: Language, field: string, what: string): void {
  const owner = index.get(key);
  if (owner) {
    const whose = owner === language ? 'this language' : `language "${owner.id}"`;
    const fix = owner === language ? 'remove the repeated one' : `remove it here, or change ${owner.id}'s`;
    throw new LanguageDefinitionError(language.id, field, `${what} "${key}" is already used by ${whose}`, fix);
  }
  index.set(key, language);
}

/** A variant names a language that is not itself a variant. */
function checkVariant(language: Language, all: readonly Language[]): void {
  if (language.variantOf === undefined) return;
  const base = all.find((other) => other.id === language.variantOf);
  if (base === undefined || base === language || base.variantOf !== undefined) {
    const ids = all.filter((other) => other.variantOf === undefined && other !== language).map((other) => other.id);
    const guess = closestMatch(language.variantOf, ids);
    throw new LanguageDefinitionError(language.id, 'variantOf', `"${language.variantOf}" is not a language this one can be a variant of`,
      guess ? `did you mean ${guess}?` : 'name the id of a language that is not a variant itself');
  }
}

function indexClaims(all: readonly Language[], byExtension: ReadonlyMap<string, Language>): Map<string, ExtensionClaim[]> {
  const claims = new Map<string, ExtensionClaim[]>();
  for (const language of all) {
    for (const [index, { extension, pattern }] of language.claims.entries()) {
      const owner = byExtension.get(extension);
      if (owner === undefined || owner === language) {
        throw new LanguageDefinitionError(language.id, `claims.${index}.extension`, `"${extension}" is not another language's extension`,
          owner ? 'remove the claim: the extension is this language\'s already' : 'add it to extensions instead');
      }
      claims.set(extension, [...(claims.get(extension) ?? []), { language, pattern: new RegExp(pattern, 'mu') }]);
    }
  }
  return claims;
}

function parseLanguage(entry: LanguageInput, index: number): Language {
  const rawId: unknown = (entry as { id?: unknown } | null)?.id;
  const label = typeof rawId === 'string' && rawId !== '' ? rawId : `#${index}`;
  const parsed = strictSchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.filter((key): key is string | number => typeof key !== 'symbol') ?? [];
    throw new LanguageDefinitionError(label, path.length > 0 ? path.join('.') : undefined, issue?.message ?? 'is invalid');
  }
  checkRules(parsed.data);
  return parsed.data;
}

/** The language named by an id or alias, any case. */
export function findLanguage(registry: LanguageRegistry, name: string): Language | undefined {
  return registry.byName.get(name.trim().toLowerCase());
}

/**
 * The language named by an id or alias, any case; anything else is a UsageError that
 * suggests the closest name and lists them all. `context` says where the name came from.
 */
export function resolveLanguage(registry: LanguageRegistry, name: string, context = ''): Language {
  const language = findLanguage(registry, name);
  if (language) return language;
  const guess = closestMatch(name.trim().toLowerCase(), [...registry.byName.keys()]);
  const hint = guess ? `did you mean ${guess}? ` : '';
  throw new UsageError(`unknown language "${name}"${context ? ` ${context}` : ''}: ${hint}known: ${describeNames(registry)}`);
}

/**
 * The language of a solution: `--lang` when given (id or alias, any case), else the
 * file's extension, in any case (sol.R is R): a language that claims the extension by
 * the file's text when `text` is given and matches, else the extension's own language.
 * Anything unknown is a UsageError that lists what is known.
 */
export function detectLanguage(registry: LanguageRegistry, filePath: string, langOption?: string, text?: string): Language {
  if (langOption !== undefined) return resolveLanguage(registry, langOption, 'for --lang');
  const extension = extname(filePath).toLowerCase();
  const language = languageOfFile(registry, extension, text);
  if (language) return language;
  const what = extension === '' ? 'has no extension' : `has the unknown extension "${extension}"`;
  throw new UsageError(
    `cannot tell the language of ${filePath}: it ${what} (known: ${[...registry.byExtension.keys()].join(' ')}); rename it or pass --lang (${registry.all.map((l) => l.id).join(', ')})`,
  );
}

/** A file's language by its extension: one that claims the extension by the text, when given and matched, else the extension's own. */
export function languageOfFile(registry: LanguageRegistry, extension: string, text: string | undefined): Language | undefined {
  const claimed = text === undefined ? undefined : registry.claims.get(extension)?.find((claim) => claim.pattern.test(text));
  return claimed?.language ?? registry.byExtension.get(extension);
}

/** "c, cpp (c++, cc, cpp17), python (py, python3), ..." */
export function describeNames(registry: LanguageRegistry): string {
  return registry.all
    .map((language) => (language.aliases.length > 0 ? `${language.id} (${language.aliases.join(', ')})` : language.id))
    .join(', ');
}

/** The languages letscode ships, validated when this module loads: data in code, no I/O. */
export const builtInLanguages: LanguageRegistry = createRegistry(languagesData);

/**
 * The languages every command uses: the built-in ones, or, once a command has loaded a
 * languages.yaml (language-files.ts), those with the file's changes and additions.
 */
export let languages: LanguageRegistry = builtInLanguages;

/** Makes `registry` the one every command uses (called once, before the command runs). */
export function useLanguages(registry: LanguageRegistry): void {
  languages = registry;
}
