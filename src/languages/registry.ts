// The language registry: every entry of languages-data.ts validated (schema, then the
// rules the schema cannot express), indexed by extension and by name, and the place that
// decides which language a solution file is written in (a folder: folder-language.ts).

import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import { closestMatch } from '../common/did-you-mean.js';
import { languageSchema, type Language, type LanguageInput } from './language.js';
import { languagesData } from './languages-data.js';
import { isListPlaceholder, mainClassRegExp, placeholdersIn, unknownPlaceholders } from './template.js';

export interface LanguageRegistry {
  /** In the order of the data. */
  readonly all: readonly Language[];
  /** Extension with the dot, lower case -> language. */
  readonly byExtension: ReadonlyMap<string, Language>;
  /** Id or alias, lower case -> language. */
  readonly byName: ReadonlyMap<string, Language>;
}

/** A language entry is malformed: a bug in the data, reported with the entry and the field. */
export class LanguageDefinitionError extends Error {
  readonly languageId: string;
  readonly field: string | undefined;
  constructor(languageId: string, field: string | undefined, problem: string) {
    super(`language "${languageId}"${field ? `: ${field}` : ''}: ${problem}`);
    this.name = 'LanguageDefinitionError';
    this.languageId = languageId;
    this.field = field;
  }
}

const strictSchema = languageSchema.strict();

export function createRegistry(data: readonly LanguageInput[]): LanguageRegistry {
  const all = data.map((entry, index) => parseLanguage(entry, index));
  const byExtension = new Map<string, Language>();
  const byName = new Map<string, Language>();
  for (const language of all) {
    for (const [index, extension] of language.extensions.entries()) {
      claim(byExtension, extension, language, `extensions.${index}`, 'extension');
    }
    claim(byName, language.id, language, 'id', 'name');
    for (const [index, alias] of language.aliases.entries()) {
      claim(byName, alias.toLowerCase(), language, `aliases.${index}`, 'name');
    }
  }
  return { all, byExtension, byName };
}

function claim(index: Map<string, Language>, key: string, language: Language, field: string, what: string): void {
  const owner = index.get(key);
  if (owner) {
    const whose = owner === language ? 'this language' : `language "${owner.id}"`;
    throw new LanguageDefinitionError(language.id, field, `${what} "${key}" is already used by ${whose}`);
  }
  index.set(key, language);
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

/** What the schema cannot say: placeholders exist and have a value where they are used. */
function checkRules(language: Language): void {
  const fail = (field: string, problem: string): never => {
    throw new LanguageDefinitionError(language.id, field, problem);
  };
  const templates: [string, string][] = [
    ['sourceName', language.sourceName],
    ...(language.compile ?? []).map((arg, i): [string, string] => [`compile.${i}`, arg]),
    ...language.run.map((arg, i): [string, string] => [`run.${i}`, arg]),
    ...Object.entries(language.env).map(([name, value]): [string, string] => [`env.${name}`, value]),
  ];
  for (const [field, text] of templates) {
    const unknown = unknownPlaceholders(text)[0];
    if (unknown !== undefined) fail(field, `unknown placeholder {${unknown}}`);
    if (placeholdersIn(text).includes('mainClass') && !language.mainClass) {
      fail(field, 'uses {mainClass} but the language has no mainClass pattern');
    }
    if (field.startsWith('run.') && placeholdersIn(text).includes('out')) {
      fail(field, 'the run step cannot use {out}: compiled files are copied to {box}');
    }
    const list = placeholdersIn(text).find(isListPlaceholder);
    const isCommand = field.startsWith('run.') || field.startsWith('compile.');
    if (list !== undefined && (!isCommand || text !== `{${list}}`)) {
      fail(field, `{${list}} stands for several arguments: it must be a whole argument of a command`);
    }
  }
  for (const [i, extension] of language.includeExtensions.entries()) {
    if (language.extensions.includes(extension)) fail(`includeExtensions.${i}`, `"${extension}" is already one of the extensions`);
  }
  for (const [i, rule] of language.mainFile.entries()) {
    if (rule.kind !== 'containing') continue;
    try {
      new RegExp(rule.pattern, 'mu');
    } catch (error) {
      fail(`mainFile.${i}.pattern`, `is not a valid regular expression (${(error as Error).message})`);
    }
  }
  if (placeholdersIn(language.sourceName).some((name) => name !== 'mainClass') || /[/\\]/.test(language.sourceName)) {
    fail('sourceName', 'must be a plain file name; only {mainClass} may be used in it');
  }
  for (const [i, alias] of language.aliases.entries()) {
    if (!/^\S+$/.test(alias)) fail(`aliases.${i}`, `"${alias}" must be one word`);
  }
  if (language.mainClass) {
    let pattern: RegExp | undefined;
    try {
      pattern = mainClassRegExp(language.mainClass.pattern);
    } catch (error) {
      fail('mainClass.pattern', `is not a valid regular expression (${(error as Error).message})`);
    }
    if (pattern && captureGroups(pattern) < 1) fail('mainClass.pattern', 'needs a capture group for the class name');
    if (!/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(language.mainClass.fallback)) {
      fail('mainClass.fallback', `"${language.mainClass.fallback}" is not a valid class name`);
    }
  }
}

function captureGroups(pattern: RegExp): number {
  return (new RegExp(`${pattern.source}|`, pattern.flags).exec('')?.length ?? 1) - 1;
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
 * file's extension. Anything unknown is a UsageError that lists what is known.
 */
export function detectLanguage(registry: LanguageRegistry, filePath: string, langOption?: string): Language {
  if (langOption !== undefined) return resolveLanguage(registry, langOption, 'for --lang');
  const extension = extname(filePath).toLowerCase();
  const language = registry.byExtension.get(extension);
  if (language) return language;
  const what = extension === '' ? 'has no extension' : `has the unknown extension "${extension}"`;
  throw new UsageError(
    `cannot tell the language of ${filePath}: it ${what} (known: ${[...registry.byExtension.keys()].join(' ')}); rename it or pass --lang (${registry.all.map((l) => l.id).join(', ')})`,
  );
}

/** "c, cpp (c++, cc, cpp17), python (py, python3), ..." */
export function describeNames(registry: LanguageRegistry): string {
  return registry.all
    .map((language) => (language.aliases.length > 0 ? `${language.id} (${language.aliases.join(', ')})` : language.id))
    .join(', ');
}

/** The languages letscode ships, validated when this module loads. */
export const languages: LanguageRegistry = createRegistry(languagesData);
