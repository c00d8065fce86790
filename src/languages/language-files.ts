// languages.yaml: a user's or a contest's changes to the built-in languages and languages
// of their own, without touching code. Read in order, each on top of what came before:
//   1. $XDG_CONFIG_HOME/letscode/languages.yaml (~/.config/...): the user's, if it exists
//   2. --languages FILE, else $LETSCODE_LANGUAGES: a contest's; it must exist
// Each file maps a language id to its fields, the same as the built-in data (language.ts).
// An id letscode knows changes only the fields given (a field is replaced whole); a new id
// is a new language and needs every required field. The result is validated exactly like
// the built-in data, and a mistake is one line naming the file, the field and the fix.
// Nothing here runs for the built-in data alone: no file, no I/O beyond two stats.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { ProblemFileError, UsageError } from '../errors.js';
import { imagesDir, seccompDir } from '../paths.js';
import { closestMatch } from '../common/did-you-mean.js';
import { explainIssues, type FieldHelp } from '../common/issue-to-error.js';
import { describeValue } from '../common/schema-fields.js';
import { readYamlFile } from '../common/yaml-file.js';
import { languageSchema, type LanguageInput } from './language.js';
import { builtInLanguages, createRegistry, LanguageDefinitionError, type LanguageRegistry } from './registry.js';

/** Where the files come from; the environment and the command line are passed in, for tests. */
export interface LanguageFileOptions {
  /** --languages FILE, relative to the current folder. */
  option?: string | undefined;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export interface LanguageFile {
  path: string;
  /** A file named on purpose must exist; the user's config file may not. */
  required: boolean;
}

/** The files to read, in order (later ones win). */
export function languageFiles(options: LanguageFileOptions = {}): LanguageFile[] {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const configHome = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  const files: LanguageFile[] = [{ path: join(configHome, 'letscode', 'languages.yaml'), required: false }];
  const contest = options.option ?? env.LETSCODE_LANGUAGES;
  if (contest !== undefined && contest !== '') files.push({ path: resolve(cwd, contest), required: true });
  return files;
}

/**
 * What the files of `languageFiles` are right now (path, size, modification time): two
 * commands with the same stamp see the same languages. The warm helper judges only
 * commands whose stamp is the one it loaded its languages with.
 */
export function languageFilesStamp(options: LanguageFileOptions = {}): string {
  return JSON.stringify(
    languageFiles(options).map((file) => {
      const stat = statSync(file.path, { throwIfNoEntry: false });
      return [file.path, stat ? `${stat.size}:${stat.mtimeMs}` : 'missing'];
    }),
  );
}

/** The built-in languages with every file's changes, validated; the built-in registry itself when no file exists. */
export async function loadLanguages(options: LanguageFileOptions = {}): Promise<LanguageRegistry> {
  const files = languageFiles(options).filter((file) => file.required || existsSync(file.path));
  if (files.length === 0) return builtInLanguages;
  for (const file of files) {
    if (!existsSync(file.path)) {
      throw new UsageError(`cannot read the languages file ${file.path}: it does not exist (check --languages or $LETSCODE_LANGUAGES)`);
    }
  }
  let data: LanguageInput[] = [...builtInLanguages.all];
  const touchedBy = new Map<string, string>();
  for (const file of files) {
    data = applyFile(data, file.path, await readYamlFile(file.path, 'check the path given by --languages or $LETSCODE_LANGUAGES'));
    for (const entry of data) if (touched(entry)) touchedBy.set(entry.id, file.path);
  }
  try {
    return createRegistry(data.map(untouched));
  } catch (error) {
    if (!(error instanceof LanguageDefinitionError)) throw error;
    // A rule between languages may fail on one the files did not change: blame the last file.
    const file = touchedBy.get(error.languageId) ?? files[files.length - 1]!.path;
    throw new ProblemFileError(file, [error.languageId, error.field].filter(Boolean).join('.'), error.problem, error.fix ?? README_FIX);
  }
}

const README_FIX = 'see "Languages" in the README';
const TOUCHED = Symbol('touched by a languages.yaml');
type Touched = LanguageInput & { [TOUCHED]?: true };

const touched = (entry: Touched): boolean => entry[TOUCHED] === true;
const untouched = ({ [TOUCHED]: _, ...entry }: Touched): LanguageInput => entry;

/** The languages after one file's changes and additions. */
function applyFile(data: readonly LanguageInput[], file: string, yaml: unknown): LanguageInput[] {
  if (yaml === null) return [...data];
  if (typeof yaml !== 'object' || Array.isArray(yaml)) {
    throw new ProblemFileError(file, undefined, `expected a mapping from language ids to their fields, got ${describeValue(yaml)}`, README_FIX);
  }
  const result: Touched[] = [...data];
  for (const [id, fields] of Object.entries(yaml as Record<string, unknown>)) {
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
      throw new ProblemFileError(file, id, `expected the language's fields, got ${describeValue(fields)}`, 'write them indented under the id, like compile: [...]');
    }
    const given = { ...(fields as Record<string, unknown>) };
    if ('id' in given && given.id !== id) throw new ProblemFileError(file, `${id}.id`, `is "${String(given.id)}"`, `leave it out: the key, ${id}, is the id`);
    if (typeof given.image === 'string') given.image = resolveImage(file, id, given.image);
    if (typeof given.seccompProfile === 'string') checkProfile(file, id, given.seccompProfile);
    const index = result.findIndex((entry) => entry.id === id);
    const entry = { ...(index === -1 ? {} : result[index]), ...given, id, [TOUCHED]: true } as Touched;
    checkSchema(file, id, entry, index === -1);
    if (index === -1) result.push(entry);
    else result[index] = entry;
  }
  return result;
}

const FIELD_HELP: FieldHelp = {
  knownFields: {
    '': Object.keys(languageSchema.shape),
    selfTest: ['source', 'input', 'output'],
    mainClass: ['pattern', 'entry', 'fileClass', 'package', 'fileEntry', 'fallback'],
    'mainClass.fileEntry': ['pattern', 'suffix', 'nameAnnotation'],
    'claims.*': ['extension', 'pattern'],
  },
  fieldFixes: {
    id: 'use lower-case letters, digits, +, # and -, starting with a letter',
    extensions: 'write a list like [.zig]',
    'extensions.*': 'write a dot and lower-case letters, digits or + (detection ignores case: .r for .R)',
    'includeExtensions.*': 'write a dot and lower-case letters, digits or +',
    compile: 'write the command as a list, like [zig, build-exe, "{source}"], or null for none',
    run: 'write the command as a list, like ["{box}/solution"]',
    selfTest: 'give source, input and output (an echo program: input "hello 42\\n" and the same output)',
  },
  genericFix: README_FIX,
};

/** The entry as the registry will see it: the schema's mistakes named in the file's terms. */
function checkSchema(file: string, id: string, entry: Touched, isNew: boolean): void {
  const parsed = languageSchema.strict().safeParse(untouched(entry), { reportInput: true });
  if (parsed.success) return;
  const { field, problem, fix } = explainIssues(parsed.error.issues, FIELD_HELP);
  throw new ProblemFileError(file, [id, field].filter(Boolean).join('.'), problem, isNew && problem === 'is missing' ? newLanguageFix(id) : fix);
}

/** A new language misses a field: say what a new one needs, or which existing id was meant. */
function newLanguageFix(id: string): string {
  const guess = closestMatch(id, [...builtInLanguages.byName.keys()]);
  const needs = 'a new language needs name, extensions, image, sourceName, compile, run and selfTest';
  return guess ? `${needs}; or did you mean ${guess}, to change it?` : needs;
}

/**
 * `image: gcc` names a folder under letscode's images/; `image: ./zig` (a path, relative to
 * the file) a folder of one's own whose Dockerfile builds on letscode's base image.
 */
function resolveImage(file: string, id: string, image: string): string {
  const field = `${id}.image`;
  if (!image.includes('/')) {
    if (existsSync(join(imagesDir, image, 'Dockerfile')) && image !== 'base') return image;
    const known = builtInImages();
    const guess = closestMatch(image, known);
    throw new ProblemFileError(file, field, `letscode has no image "${image}"`, `${guess ? `did you mean ${guess}? ` : ''}name one of ${known.join(', ')}, or a folder of yours with a Dockerfile, like ./${image}`);
  }
  const dir = isAbsolute(image) ? image : resolve(dirname(file), image);
  const dockerfile = join(dir, 'Dockerfile');
  if (!existsSync(dockerfile)) throw new ProblemFileError(file, field, `${dir} has no Dockerfile`, 'point it at a folder holding one (relative paths start at this file)');
  if (!/^FROM\s+\$\{?BASE_IMAGE\}?\b/m.test(readFileSync(dockerfile, 'utf8'))) {
    throw new ProblemFileError(file, field, `${dockerfile} does not build on letscode's base image`, 'start it with ARG BASE_IMAGE and FROM ${BASE_IMAGE}: the base holds the sandbox runner');
  }
  return dir;
}

function checkProfile(file: string, id: string, profile: string): void {
  if (existsSync(join(seccompDir, `${profile}.json`))) return;
  throw new ProblemFileError(file, `${id}.seccompProfile`, `there is no seccomp profile "${profile}"`, 'leave it out (the judge profile), or name one in letscode\'s seccomp/ folder');
}

function builtInImages(): string[] {
  return [...new Set(builtInLanguages.all.map((language) => language.image))].sort();
}
