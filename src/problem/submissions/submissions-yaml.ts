// submissions/submissions.yaml (Kattis 2025-09): glob patterns over the submissions, each
// with what its submissions must get: `permitted` (every test's verdict is one of these),
// `required` (some test gets one of these), `message` (some judgemessage.txt contains it),
// `use_for_time_limit`, optionally limited to test groups by keys that are themselves
// globs over data/ ("secret/group1", "secret/*-hard"). Parsed by hand rather than with a
// schema because every key is user-chosen: an error names the key path and the fix.
//
// Verdicts are the format's AC, WA, TLE, RTE; RTE covers letscode's RE, MLE and OLE. The
// finer letscode names (RE, MLE, OLE, PE, CE) are accepted too.

import { ProblemFileError } from '../../errors.js';
import type { Verdict } from '../../common/verdicts.js';
import { describeNames, findLanguage, languages } from '../../languages/registry.js';
import { suggestionFor } from '../../common/did-you-mean.js';
import { describeValue } from '../../common/schema-fields.js';

export type UseForTimeLimit = boolean | 'lower' | 'upper';

export interface Constraints {
  permitted: readonly Verdict[] | null;
  required: readonly Verdict[] | null;
  message: string | null;
  useForTimeLimit: UseForTimeLimit | null;
}

export interface SubmissionsYamlEntry {
  /** The key as written: "accepted", "time_limit_exceeded/solves_easy.py", "*\/*.{py,cpp}". */
  pattern: string;
  /** Constraints on every test; null when the entry gives none at its top level. */
  constraints: Constraints | null;
  /** Constraints on the tests a group glob matches. */
  groups: { tests: string; constraints: Constraints }[];
  /** A language name or alias for the matched submissions (overrides the extension). */
  language: string | null;
  /** Keys letscode reads but does not check (score, entrypoint), for a note. */
  unchecked: string[];
}

const VERDICT_WORDS: Record<string, readonly Verdict[]> = {
  AC: ['AC'],
  WA: ['WA'],
  TLE: ['TLE'],
  RTE: ['RE', 'MLE', 'OLE'],
  RE: ['RE'],
  MLE: ['MLE'],
  OLE: ['OLE'],
  PE: ['PE'],
  CE: ['CE'],
};

const CONSTRAINT_KEYS = ['permitted', 'required', 'message', 'use_for_time_limit', 'score'] as const;
const ENTRY_KEYS = [...CONSTRAINT_KEYS, 'language', 'entrypoint', 'authors', 'model_solution'] as const;
const UNCHECKED_KEYS = new Set(['score', 'entrypoint']);

/** The entries of a parsed submissions.yaml, in file order; `null` (an empty file) has none. */
export function parseSubmissionsYaml(data: unknown, file: string): SubmissionsYamlEntry[] {
  if (data === null) return [];
  const top = asMapping(data, file, undefined, 'write one key per glob, like accepted/fast.cpp: { permitted: [AC] }');
  return Object.entries(top).map(([pattern, value]) => entry(pattern, value, file));
}

function entry(pattern: string, value: unknown, file: string): SubmissionsYamlEntry {
  const fields = asMapping(value, file, pattern, `write it like ${pattern}: { permitted: [AC, WA], required: [WA] }`);
  const groups: SubmissionsYamlEntry['groups'] = [];
  const unchecked: string[] = [];
  for (const [key, groupValue] of Object.entries(fields)) {
    if ((ENTRY_KEYS as readonly string[]).includes(key)) {
      if (UNCHECKED_KEYS.has(key)) unchecked.push(key);
      continue;
    }
    const where = `${pattern}.${key}`;
    if (typeof groupValue !== 'object' || groupValue === null || Array.isArray(groupValue)) {
      const typo = suggestionFor(key, ENTRY_KEYS).startsWith('did you mean');
      const problem = typo ? unknownKey(key, ENTRY_KEYS) : `a test group glob needs a mapping, got ${describeValue(groupValue)}`;
      throw new ProblemFileError(file, where, problem, `keys are ${ENTRY_KEYS.join(', ')}, or a test group like secret/group1: { permitted: [AC] }`);
    }
    const groupFields = groupValue as Record<string, unknown>;
    for (const groupKey of Object.keys(groupFields)) {
      if (!(CONSTRAINT_KEYS as readonly string[]).includes(groupKey)) {
        throw new ProblemFileError(file, `${where}.${groupKey}`, unknownKey(groupKey, CONSTRAINT_KEYS), `a test group takes ${CONSTRAINT_KEYS.join(', ')}`);
      }
    }
    if (/\.(in|ans)$/.test(key)) {
      throw new ProblemFileError(file, where, 'a test glob names a test without its extension', `write ${key.replace(/\.(in|ans)$/, '')}`);
    }
    if ('score' in groupFields && !unchecked.includes('score')) unchecked.push('score');
    groups.push({ tests: key, constraints: constraints(groupFields, file, where) });
  }
  const hasOwn = CONSTRAINT_KEYS.some((key) => key !== 'score' && key in fields);
  checkMetadataTypes(fields, file, pattern);
  return {
    pattern,
    constraints: hasOwn ? constraints(fields, file, pattern) : null,
    groups,
    language: fields.language === undefined ? null : language(fields.language, file, `${pattern}.language`),
    unchecked,
  };
}

/** "unknown key (did you mean permitted?)", or just "unknown key": the fix lists the keys. */
function unknownKey(key: string, known: readonly string[]): string {
  const suggestion = suggestionFor(key, known);
  return suggestion.startsWith('did you mean') ? `unknown key (${suggestion})` : 'unknown key';
}

/** A language letscode has: a typo here would otherwise turn every matched submission into "not a program". */
function language(value: unknown, file: string, field: string): string {
  const name = text(value, file, field, 'language: python3');
  if (findLanguage(languages, name)) return name;
  throw new ProblemFileError(file, field, `unknown language "${name}"`, `use one of: ${describeNames(languages)}`);
}

/** Keys letscode does not act on still have a shape; a wrong one is a mistake worth saying. */
function checkMetadataTypes(fields: Record<string, unknown>, file: string, pattern: string): void {
  const checks: [key: string, ok: (value: unknown) => boolean, what: string, example: string][] = [
    ['model_solution', (value) => typeof value === 'boolean', 'true or false', 'model_solution: true'],
    ['entrypoint', (value) => typeof value === 'string', 'text', 'entrypoint: Main'],
    ['score', (value) => typeof value === 'number' || (Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number')), 'a number or a range', 'score: 50 or score: [40, 60]'],
    ['authors', (value) => typeof value === 'string' || (Array.isArray(value) && value.every((author) => typeof author === 'string' || (typeof author === 'object' && author !== null))), 'a name or a list of names', 'authors: Ada Lovelace'],
  ];
  for (const [key, ok, what, example] of checks) {
    if (key in fields && !ok(fields[key])) {
      throw new ProblemFileError(file, `${pattern}.${key}`, `expected ${what}, got ${describeValue(fields[key])}`, `write it like ${example}`);
    }
  }
}

function constraints(fields: Record<string, unknown>, file: string, where: string): Constraints {
  const written: Constraints = {
    permitted: fields.permitted === undefined ? null : verdicts(fields.permitted, file, `${where}.permitted`),
    required: fields.required === undefined ? null : verdicts(fields.required, file, `${where}.required`),
    message: fields.message === undefined ? null : text(fields.message, file, `${where}.message`, 'message: "wrong sum"'),
    useForTimeLimit: fields.use_for_time_limit === undefined ? null : useForTimeLimit(fields.use_for_time_limit, file, `${where}.use_for_time_limit`),
  };
  return withTimeLimitUse(written, file, `${where}.use_for_time_limit`);
}

/**
 * `use_for_time_limit: lower` is a `permitted: [AC, WA, RTE]` constraint and `upper` a
 * `required: [TLE]` one (the format says so); written next to a contradicting list, it is
 * an error rather than a silent choice.
 */
function withTimeLimitUse(constraints: Constraints, file: string, field: string): Constraints {
  const { useForTimeLimit: use, permitted, required } = constraints;
  if (use === 'lower') {
    if (permitted?.includes('TLE')) throw new ProblemFileError(file, field, 'lower contradicts a permitted list with TLE', 'drop TLE from permitted, or drop use_for_time_limit');
    return { ...constraints, permitted: permitted ?? ['AC', 'WA', ...VERDICT_WORDS.RTE!] };
  }
  if (use === 'upper') {
    if (required && !required.every((verdict) => verdict === 'TLE')) throw new ProblemFileError(file, field, 'upper contradicts a required list with more than TLE', 'make it required: [TLE], or drop use_for_time_limit');
    if (permitted && !permitted.includes('TLE')) throw new ProblemFileError(file, field, 'upper contradicts a permitted list without TLE', 'add TLE to permitted, or drop use_for_time_limit');
    return { ...constraints, required: required ?? ['TLE'] };
  }
  return constraints;
}

function verdicts(value: unknown, file: string, field: string): Verdict[] {
  const words = typeof value === 'string' ? [value] : value;
  const fix = 'use AC, WA, TLE or RTE; letscode also knows RE, MLE, OLE, PE and CE';
  if (!Array.isArray(words) || words.length === 0) {
    const got = Array.isArray(words) ? 'an empty list' : describeValue(value);
    throw new ProblemFileError(file, field, `expected a list of verdicts, got ${got}`, fix);
  }
  const expanded = words.flatMap((word: unknown) => {
    const known = typeof word === 'string' ? VERDICT_WORDS[word.toUpperCase()] : undefined;
    if (!known) throw new ProblemFileError(file, field, `${describeValue(word)} is not a verdict`, fix);
    return known;
  });
  return [...new Set(expanded)];
}

function useForTimeLimit(value: unknown, file: string, field: string): UseForTimeLimit {
  if (typeof value === 'boolean' || value === 'lower' || value === 'upper') return value;
  throw new ProblemFileError(file, field, `expected true, false, lower or upper, got ${describeValue(value)}`, 'write use_for_time_limit: false to leave these submissions out of the time limit checks');
}

function text(value: unknown, file: string, field: string, example: string): string {
  if (typeof value === 'string' && value.length > 0) return value;
  throw new ProblemFileError(file, field, `expected text, got ${describeValue(value)}`, `write it like ${example}`);
}

function asMapping(value: unknown, file: string, field: string | undefined, fix: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new ProblemFileError(file, field, `expected a mapping, got ${describeValue(value)}`, fix);
}
