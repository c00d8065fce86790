// What a stored result is keyed by: the submission's content (never its path or mtime), the
// problem's content (never its folder), the language and the letscode version. Moving the
// class folder or the problem keeps every result; editing a file or a test re-judges.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, relative } from 'node:path';
import type { ProgramSource } from '../languages/prepare.js';
import { listFolderFiles } from '../languages/source-folder.js';
import type { Problem } from '../problem/model.js';

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** One file's bytes, or a folder's files as (path, bytes) pairs in path order. */
export function sourceHash(source: ProgramSource): string {
  if (Buffer.isBuffer(source)) return sha256(source);
  const hash = createHash('sha256');
  for (const file of source.files) hash.update(`${file.path}\0${file.data.length}\0`).update(file.data);
  return hash.digest('hex');
}

export interface KeyParts {
  submissionHash: string;
  problemFingerprint: string;
  languageId: string;
  letscodeVersion: string;
}

export function resultKey(parts: KeyParts): string {
  return sha256(JSON.stringify(['letscode-grade-key/1', parts.letscodeVersion, parts.problemFingerprint, parts.languageId, parts.submissionHash]));
}

/** Fields that say where the problem lives or what only other commands use, not how it judges. */
const LOCATION_FIELDS = new Set(['dir', 'sourceFile', 'submissionsDir', 'invalidInputs', 'outputCases', 'inputValidators']);

/**
 * A hash of everything judging depends on: the Problem model with each file it names (tests,
 * checker, interactor, included files, accepted submissions for a derived limit) replaced by
 * the hash of its content. Walking the model rather than the folder keeps unrelated files
 * (a README, grade results kept beside it) from changing the key.
 */
export async function problemFingerprint(problem: Problem): Promise<string> {
  const canonical = await canonicalize(problem, problem.dir);
  return sha256(JSON.stringify(canonical));
}

async function canonicalize(value: unknown, problemDir: string): Promise<unknown> {
  if (typeof value === 'string') return isAbsolute(value) ? fileContent(value, problemDir) : value;
  if (Array.isArray(value)) return Promise.all(value.map((each) => canonicalize(each, problemDir)));
  if (value instanceof Map) return canonicalize([...value.entries()], problemDir);
  if (Buffer.isBuffer(value)) return sha256(value);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, each]) => each !== undefined && typeof each !== 'function' && !LOCATION_FIELDS.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const [key, each] of entries) out[key] = await canonicalize(each, problemDir);
  return out;
}

/** A path as its name inside the problem plus its content's hash (a folder: all its files'). */
async function fileContent(path: string, problemDir: string): Promise<unknown> {
  const inside = relative(problemDir, path);
  const name = inside.startsWith('..') ? basename(path) : inside.split('\\').join('/');
  const stats = await stat(path).catch(() => null);
  if (!stats) return { name, missing: true };
  if (stats.isFile()) return { name, sha256: sha256(await readFile(path)) };
  const files = await listFolderFiles(path);
  const hashes = await Promise.all(files.map(async (file) => [file, sha256(await readFile(`${path}/${file}`))]));
  return { name, files: hashes };
}
