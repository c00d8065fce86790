// Small checks shared by the generators.yaml parser: every mistake becomes one
// ProblemFileError naming generators.yaml, the dot path and the fix.

import { closestMatch } from '../common/did-you-mean.js';
import { ProblemFileError } from '../errors.js';

/** BAPCtools' names for cases and groups (they become file names). */
export const FILE_NAME = /^[a-zA-Z0-9_][a-zA-Z0-9_.-]{0,254}$/;

export type YamlMap = Record<string, unknown>;

export function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The dot path of a child: "data" + "secret" -> "data.secret". */
export function child(field: string, key: string | number): string {
  return field === '' ? String(key) : `${field}.${key}`;
}

export class YamlChecker {
  constructor(readonly file: string) {}

  fail(field: string | undefined, problem: string, fix: string): never {
    throw new ProblemFileError(this.file, field === '' ? undefined : field, problem, fix);
  }

  /** Text, or a number written without quotes (in: 5); anything else is an error. */
  text(value: unknown, field: string, example: string): string {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return this.fail(field, `must be text, found ${describe(value)}`, `write it like ${example}`);
  }

  /** An unknown key: an error when it looks like a typo of a known one, else `onOther`. */
  unknownKey(field: string, key: string, known: readonly string[], onOther: () => void): void {
    const close = closestMatch(key, known);
    if (close !== undefined) this.fail(child(field, key), 'unknown key', `did you mean ${close}?`);
    onOther();
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (isMap(value)) return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** A path under generators/ as written: relative, '/'-separated, no "..". */
export function safeRelativePath(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !path.split('/').includes('..') && !path.includes('\\');
}
