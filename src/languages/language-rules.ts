// What the language schema cannot say about one entry: every placeholder exists and has
// a value where it is used, patterns compile, names are usable. Each broken rule is one
// LanguageDefinitionError naming the field, what is wrong and how to fix it: for the
// built-in data it is a bug, for a languages.yaml the user's mistake.

import { closestMatch } from '../common/did-you-mean.js';
import { importPatternFor, PLACEHOLDERS, type Language } from './language.js';
import { mainClassRegExp } from './main-class.js';
import { isListPlaceholder, placeholdersIn, unknownPlaceholders } from './template.js';

/** A language entry is malformed, reported with the entry, the field (dot path) and the fix. */
export class LanguageDefinitionError extends Error {
  readonly languageId: string;
  readonly field: string | undefined;
  readonly problem: string;
  readonly fix: string | undefined;
  constructor(languageId: string, field: string | undefined, problem: string, fix?: string) {
    super(`language "${languageId}"${field ? `: ${field}` : ''}: ${problem}${fix ? ` (${fix})` : ''}`);
    this.name = 'LanguageDefinitionError';
    this.languageId = languageId;
    this.field = field;
    this.problem = problem;
    this.fix = fix;
  }
}

const CLASS_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
const PATTERN_FIX = 'write a JavaScript regular expression';

export function checkRules(language: Language): void {
  const fail = (field: string, problem: string, fix: string): never => {
    throw new LanguageDefinitionError(language.id, field, problem, fix);
  };
  for (const [field, text] of templates(language)) {
    const unknown = unknownPlaceholders(text)[0];
    if (unknown !== undefined) fail(field, `unknown placeholder {${unknown}}`, placeholderFix(unknown));
    const used = placeholdersIn(text);
    if (used.some((name) => name === 'mainClass' || name === 'fileClass') && !language.mainClass) {
      fail(field, 'uses a class placeholder but the language has no mainClass rule', 'add mainClass, or name the class in the command');
    }
    if (field.startsWith('run.') && used.includes('out')) {
      fail(field, 'the run step cannot use {out}', 'use {box}: the compiled files are copied there');
    }
    if (used.includes('fileClass') && field !== 'sourceName') {
      fail(field, '{fileClass} names the source file only', 'use {mainClass} to start the class');
    }
    const list = used.find(isListPlaceholder);
    const isCommand = field.startsWith('run.') || field.startsWith('compile.');
    if (list !== undefined && (!isCommand || text !== `{${list}}`)) {
      fail(field, `{${list}} stands for several arguments`, `make {${list}} an argument of its own in compile or run`);
    }
  }
  if (placeholdersIn(language.sourceName).some((name) => name !== 'fileClass') || /[/\\]/.test(language.sourceName)) {
    fail('sourceName', 'must be a plain file name', 'write it like solution.ext, with {fileClass} where a class name goes');
  }
  for (const [i, extension] of language.keepNameExtensions.entries()) {
    if (!language.extensions.includes(extension)) fail(`keepNameExtensions.${i}`, `"${extension}" is not one of the extensions`, 'add it to extensions, or remove it here');
  }
  for (const [i, extension] of language.includeExtensions.entries()) {
    if (language.extensions.includes(extension)) fail(`includeExtensions.${i}`, `"${extension}" is already one of the extensions`, 'remove it from one of the lists');
  }
  for (const [i, rule] of language.mainFile.entries()) {
    if (rule.kind === 'containing') checkPattern(fail, `mainFile.${i}.pattern`, rule.pattern);
    if (rule.kind === 'notImported') {
      if (!rule.pattern.includes('{stem}')) fail(`mainFile.${i}.pattern`, 'has no {stem}', 'write {stem} where the imported file\'s name goes');
      checkPattern(fail, `mainFile.${i}.pattern`, importPatternFor(rule.pattern, 'module'));
    }
  }
  for (const [i, claim] of language.claims.entries()) checkPattern(fail, `claims.${i}.pattern`, claim.pattern);
  for (const [i, alias] of language.aliases.entries()) {
    if (!/^\S+$/.test(alias)) fail(`aliases.${i}`, `"${alias}" must be one word`, 'remove the spaces');
  }
  checkMainClass(language, fail);
}

type Fail = (field: string, problem: string, fix: string) => never;

function checkMainClass(language: Language, fail: Fail): void {
  const config = language.mainClass;
  if (!config) return;
  const named: [string, string | undefined][] = [
    ['mainClass.pattern', config.pattern],
    ['mainClass.fileClass', config.fileClass],
    ['mainClass.package', config.package],
    ['mainClass.fileEntry.nameAnnotation', config.fileEntry?.nameAnnotation],
  ];
  for (const [field, pattern] of named) {
    if (pattern === undefined) continue;
    if (captureGroups(checkPattern(fail, field, pattern)) < 1) fail(field, 'needs a capture group for the name', 'put the name part of the pattern in parentheses');
  }
  if (config.entry !== undefined) checkPattern(fail, 'mainClass.entry', config.entry);
  if (config.fileEntry !== undefined) {
    checkPattern(fail, 'mainClass.fileEntry.pattern', config.fileEntry.pattern);
    if (!/^[\p{L}\p{N}_$]*$/u.test(config.fileEntry.suffix)) fail('mainClass.fileEntry.suffix', `"${config.fileEntry.suffix}" cannot end a class name`, 'use letters, digits, _ or $');
  }
  if (!CLASS_NAME.test(config.fallback)) {
    fail('mainClass.fallback', `"${config.fallback}" is not a valid class name`, 'use letters, digits, _ and $, not starting with a digit');
  }
}

function checkPattern(fail: Fail, field: string, pattern: string): RegExp {
  try {
    return mainClassRegExp(pattern);
  } catch (error) {
    return fail(field, `is not a valid regular expression (${(error as Error).message})`, PATTERN_FIX);
  }
}

/** Every text that may hold placeholders, with its field. */
function templates(language: Language): [string, string][] {
  return [
    ['sourceName', language.sourceName],
    ...(language.compile ?? []).map((arg, i): [string, string] => [`compile.${i}`, arg]),
    ...language.run.map((arg, i): [string, string] => [`run.${i}`, arg]),
    ...Object.entries(language.env).map(([name, value]): [string, string] => [`env.${name}`, value]),
  ];
}

function placeholderFix(unknown: string): string {
  const guess = closestMatch(unknown, [...PLACEHOLDERS]);
  const known = PLACEHOLDERS.map((name) => `{${name}}`).join(' ');
  return guess ? `did you mean {${guess}}? known: ${known}` : `known: ${known}`;
}

function captureGroups(pattern: RegExp): number {
  return (new RegExp(`${pattern.source}|`, pattern.flags).exec('')?.length ?? 1) - 1;
}
