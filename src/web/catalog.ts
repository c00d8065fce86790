// The problems under the folder `letscode serve PROBLEMS_DIR` was given: every folder a
// problem format recognises (native problem.yaml, Kattis package, online-judge-tools
// folder), found by the loaders' own detection, a few levels deep. Read again on each
// listing, so problems added or deleted while the server runs show as they are.

import { readdir } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { errorMessage } from '../errors.js';
import { loadProblem } from '../problem/load.js';
import { detectInFolder, type LocatedProblem } from '../problem/locate.js';
import type { Problem } from '../problem/model.js';

/** A contest folder of problem folders, or a folder of contests: deeper is not searched. */
const MAX_DEPTH = 3;
/** Folders that never hold problems to list (a problem's own data is not descended into). */
const SKIPPED = new Set(['node_modules', 'data', 'solutions', 'submissions', 'tests', 'test']);

export interface CatalogEntry {
  /** The folder's path below the problems folder, with "/": stable across restarts. */
  id: string;
  dir: string;
  located: LocatedProblem;
}

export type LoadedEntry = CatalogEntry & ({ problem: Problem } | { problem: null; error: string });

export async function findProblems(root: string): Promise<CatalogEntry[]> {
  const found: CatalogEntry[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    const located = await detectInFolder(dir);
    if (located) {
      const id = dir === root ? basename(root) : relative(root, dir).split(sep).join('/');
      found.push({ id, dir, located });
      return;
    }
    if (depth >= MAX_DEPTH) return;
    for (const name of await subfolders(dir)) await visit(join(dir, name), depth + 1);
  };
  await visit(root, 0);
  return found.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

export async function loadEntry(entry: CatalogEntry): Promise<LoadedEntry> {
  try {
    return { ...entry, problem: await loadProblem(entry.located) };
  } catch (error) {
    return { ...entry, problem: null, error: errorMessage(error) };
  }
}

/** The `problem` a submission names it by: relative to where the server runs, as the API resolves it. */
export function submissionPath(dir: string, cwd: string): string {
  const path = relative(cwd, dir);
  return path === '' ? '.' : isAbsolute(path) || path.startsWith('..') ? dir : path;
}

async function subfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED.has(entry.name)).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
}
