// Time limits a Kattis package leaves to be derived from its accepted submissions, and a
// small cache of the derived ones in the user's cache folder (never in the package), so
// the accepted submissions run once per change rather than once per judge run.
//
// The rule (2023-07 / 2025-09 spec): the time limit is the smallest multiple of
// time_resolution that is at least the slowest accepted run x ac_to_time_limit. Legacy
// packages use limits.time_multiplier (default 5) as ac_to_time_limit and a resolution of
// one second; problemtools rounds their limit to the nearest second (at least 1 s) rather
// than up, which `rounding: 'nearest'` reproduces. Their time_safety_margin (default 2),
// like time_limit_to_tle, only sets how slow a time_limit_exceeded submission must be; it
// never changes the limit itself.

import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { defaultCacheDir } from '../paths.js';
import type { SourceFile } from '../languages/source-folder.js';
import { wallTimeFor, type IncludedFiles, type Problem, type TestCase, type TimedProblem, type TimeLimitSource } from './model.js';

export type DeriveTimeLimit = Extract<TimeLimitSource, { kind: 'derive' }>;

/** Rounding of the slowest run x multiplier: 'up' to the resolution (the spec), 'nearest' (problemtools on legacy packages). */
export type TimeLimitRounding = 'up' | 'nearest';

/** Steps that differ from a whole number by less than this are that number: 0.7 x 3 / 2.1 is 1, not 1.0000000000000002. */
const STEP_EPSILON = 1e-9;

export function deriveTimeLimitMs(slowestAcceptedMs: number, acToTimeLimit: number, resolutionMs: number, rounding: TimeLimitRounding = 'up'): number {
  if (!(slowestAcceptedMs >= 0) || !Number.isFinite(slowestAcceptedMs)) throw new RangeError(`slowest accepted time must be a finite number >= 0, got ${slowestAcceptedMs}`);
  if (!(acToTimeLimit > 0) || !Number.isFinite(acToTimeLimit)) throw new RangeError(`time multiplier must be a finite number > 0, got ${acToTimeLimit}`);
  if (!(resolutionMs > 0) || !Number.isFinite(resolutionMs)) throw new RangeError(`time resolution must be a finite number > 0, got ${resolutionMs}`);
  const steps = (slowestAcceptedMs * acToTimeLimit) / resolutionMs;
  const rounded = rounding === 'up' ? Math.ceil(steps - STEP_EPSILON) : Math.floor(steps + 0.5);
  // A limit of zero would fail every run: the spec's "multiple" is a positive one.
  return Math.max(1, rounded) * resolutionMs;
}

/** The problem with this time limit, as given (an override, or a derived limit once known). */
export function withTimeLimit(problem: Problem, timeMs: number): TimedProblem {
  return {
    ...problem,
    limits: { ...problem.limits, timeMs, wallTimeMs: wallTimeFor(timeMs) },
    timeLimitSource: { kind: 'given' },
  };
}

/**
 * Everything a derived limit depends on: the multiplier and resolution, the accepted
 * submissions' contents, the files include/ adds to them (a driver runs with them), and
 * the test data listing (names, sizes, modification times).
 */
export async function timeLimitCacheKey(
  source: DeriveTimeLimit,
  tests: readonly TestCase[],
  included?: IncludedFiles,
  /** submissions.yaml's `language` for a submission: the same file read as another language is another run. */
  languageFor: (submission: string) => string | undefined = () => undefined,
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ acToTimeLimit: source.acToTimeLimit, resolutionMs: source.resolutionMs }));
  for (const submission of [...source.acceptedSubmissions].sort()) {
    await hashProgram(hash, submission, basename(submission));
    hash.update(`\0language\0${languageFor(submission) ?? ''}`);
  }
  for (const [folder, files] of includedFolders(included)) {
    for (const file of files) hash.update(`\0include\0${folder}/${file.path}\0${file.data.length}\0`).update(file.data);
  }
  for (const test of tests) {
    hash.update(`\0test\0${test.name}`);
    for (const data of [test.input, test.answer]) {
      if (data.kind === 'inline') {
        hash.update(`\0inline\0${data.content}`);
      } else {
        const stats = await stat(data.path).catch(() => undefined);
        hash.update(`\0file\0${stats?.size ?? -1}\0${stats?.mtimeMs ?? -1}`);
      }
    }
  }
  return hash.digest('hex');
}

function includedFolders(included: IncludedFiles | undefined): [string, readonly SourceFile[]][] {
  if (!included) return [];
  const folders: [string, readonly SourceFile[]][] = [...included.byLanguage];
  if (included.default) folders.unshift(['default', included.default]);
  return folders;
}

async function hashProgram(hash: ReturnType<typeof createHash>, path: string, shownPath: string): Promise<void> {
  let entries: Dirent[] | undefined;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch {
    hash.update(`\0file\0${shownPath}\0`);
    hash.update(await readFile(path).catch(() => Buffer.from('\0unreadable')));
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) await hashProgram(hash, join(path, entry.name), `${shownPath}/${entry.name}`);
}

export interface CachedTimeLimit {
  timeLimitMs: number;
  slowestAcceptedMs: number;
}

interface CacheEntry extends CachedTimeLimit {
  packageDir: string;
  key: string;
}

/** One file per package: a new key replaces the old entry instead of piling up beside it. */
function entryPath(packageDir: string, cacheDir: string): string {
  const packageHash = createHash('sha256').update(resolve(packageDir)).digest('hex').slice(0, 32);
  return join(cacheDir, 'time-limits', `${packageHash}.json`);
}

/** The limit derived earlier for this package and key; null on a miss or an unreadable entry. */
export async function cachedTimeLimit(packageDir: string, key: string, cacheDir: string = defaultCacheDir()): Promise<CachedTimeLimit | null> {
  try {
    const entry = JSON.parse(await readFile(entryPath(packageDir, cacheDir), 'utf8')) as Partial<CacheEntry>;
    const valid = entry.packageDir === resolve(packageDir) && entry.key === key
      && typeof entry.timeLimitMs === 'number' && entry.timeLimitMs > 0
      && typeof entry.slowestAcceptedMs === 'number' && entry.slowestAcceptedMs >= 0;
    return valid ? { timeLimitMs: entry.timeLimitMs as number, slowestAcceptedMs: entry.slowestAcceptedMs as number } : null;
  } catch {
    return null;
  }
}

/** Stores a derived limit atomically (written aside, then renamed); a cache that cannot be written only costs time. */
export async function storeTimeLimit(packageDir: string, key: string, value: CachedTimeLimit, cacheDir: string = defaultCacheDir()): Promise<void> {
  const path = entryPath(packageDir, cacheDir);
  const staging = `${path}.${process.pid}.${Date.now()}.tmp`;
  const entry: CacheEntry = { packageDir: resolve(packageDir), key, timeLimitMs: value.timeLimitMs, slowestAcceptedMs: value.slowestAcceptedMs };
  try {
    await mkdir(join(cacheDir, 'time-limits'), { recursive: true });
    await writeFile(staging, JSON.stringify(entry));
    await rename(staging, path);
  } catch {
    await rm(staging, { force: true }).catch(() => undefined);
  }
}
