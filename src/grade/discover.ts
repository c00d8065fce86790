// Finds the submissions: SUBMISSIONS is one class folder (an entry per student: a file
// like alice.py or a folder like bob/), or a list of files, folders and globs. With an
// assignment, each student is a folder and each problem's file is matched inside it.
// Everything wrong with the input is found here, before anything is judged.

import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ProblemFileError, UsageError } from '../errors.js';
import { pathKind } from '../common/fs-checks.js';
import type { Assignment } from './assignment.js';
import { compareIds } from './duplicates.js';

/** One student's entry for the single-problem mode, or one student folder for an assignment. */
export interface StudentEntry {
  student: string;
  /** Absolute path of the file or folder. */
  absolutePath: string;
  /** Relative to the class folder (or the current folder for a list), '/'-separated. */
  path: string;
}

export interface Discovered {
  entries: StudentEntry[];
  /** The folder the entries are in: the class folder, or the common parent of a list. */
  root: string;
  /** Where results go without --out: beside the class folder, or beside the listed entries. */
  defaultOutDir: string;
  /** Entries left out, with why (loose files in an assignment's class folder). */
  ignored: string[];
}

export interface DiscoverOptions {
  /** SUBMISSIONS as typed. */
  submissions: readonly string[];
  cwd: string;
  /** The results folder, never taken for a student even when it sits in the class folder. */
  outDir?: string | undefined;
}

export const DEFAULT_OUT_NAME = 'grade-results';

const toSlashes = (path: string) => path.split(sep).join('/');

/** A file's stem (alice.py -> alice) or a folder's name. */
export function studentIdOf(name: string, kind: 'file' | 'folder'): string {
  if (kind === 'folder') return name;
  const extension = extname(name);
  return extension === '' || extension === name ? name : name.slice(0, -extension.length);
}

export async function discoverStudents(options: DiscoverOptions, mode: 'single' | 'assignment'): Promise<Discovered> {
  const { submissions, cwd } = options;
  if (submissions.length === 0) throw new UsageError('SUBMISSIONS: missing (give the class folder, e.g. letscode grade -p PROBLEM submissions/)');
  const first = resolve(cwd, submissions[0]!);
  if (submissions.length === 1 && !isDynamicPattern(submissions[0]!) && (await pathKind(first)) === 'folder') {
    return classFolder(first, submissions[0]!, options, mode);
  }
  if (mode === 'assignment') {
    throw new UsageError(`SUBMISSIONS ${submissions.join(' ')}: an assignment grades one class folder holding a folder per student (give that folder)`);
  }
  return listOfEntries(options);
}

async function classFolder(dir: string, shown: string, options: DiscoverOptions, mode: 'single' | 'assignment'): Promise<Discovered> {
  const listing = await readdir(dir, { withFileTypes: true }).catch(() => {
    throw new UsageError(`SUBMISSIONS ${shown}: cannot be read (fix its permissions)`);
  });
  const outDir = options.outDir === undefined ? undefined : resolve(options.outDir);
  const entries: StudentEntry[] = [];
  const ignored: string[] = [];
  for (const entry of listing) {
    const absolutePath = join(dir, entry.name);
    if (entry.name.startsWith('.') || absolutePath === outDir) continue;
    const kind = (await pathKind(absolutePath)) === 'folder' ? 'folder' : 'file';
    if (mode === 'assignment' && kind === 'file') {
      ignored.push(`${entry.name} (an assignment takes one folder per student)`);
      continue;
    }
    entries.push({ student: studentIdOf(entry.name, kind), absolutePath, path: kind === 'folder' ? `${entry.name}/` : entry.name });
  }
  if (entries.length === 0) {
    const what = mode === 'assignment' ? 'a folder per student' : 'one file or folder per student';
    throw new UsageError(`SUBMISSIONS ${shown}: holds no submission (put ${what} in it)`);
  }
  return { entries: checkUnique(sorted(entries)), root: dir, defaultOutDir: join(dirname(dir), DEFAULT_OUT_NAME), ignored };
}

async function listOfEntries(options: DiscoverOptions): Promise<Discovered> {
  const paths: string[] = [];
  for (const typed of options.submissions) {
    const literal = resolve(options.cwd, typed);
    if ((await pathKind(literal)) !== 'missing') {
      paths.push(literal);
      continue;
    }
    if (!isDynamicPattern(typed)) throw new UsageError(`SUBMISSIONS ${typed}: no such file or folder (check the path)`);
    const matched = await glob(typed, { cwd: options.cwd, absolute: true, onlyFiles: false, expandDirectories: false });
    if (matched.length === 0) throw new UsageError(`SUBMISSIONS ${typed}: the pattern matches nothing (check it, or quote it so the shell leaves it to letscode)`);
    paths.push(...matched.map((path) => resolve(path)));
  }
  // A glob such as * must not take the results folder (given, or the default one) for a student.
  const guessedRoot = commonParent([...new Set(paths)]);
  const results = new Set([join(guessedRoot, DEFAULT_OUT_NAME), ...(options.outDir === undefined ? [] : [resolve(options.outDir)])]);
  const unique = [...new Set(paths)].filter((path) => !results.has(path));
  if (unique.length === 0) throw new UsageError(`SUBMISSIONS ${options.submissions.join(' ')}: names only the results folder (give the submissions)`);
  const entries = await Promise.all(
    unique.map(async (absolutePath): Promise<StudentEntry> => {
      const kind = (await pathKind(absolutePath)) === 'folder' ? 'folder' : 'file';
      const shown = toSlashes(relative(options.cwd, absolutePath)) || '.';
      return { student: studentIdOf(basename(absolutePath), kind), absolutePath, path: kind === 'folder' ? `${shown}/` : shown };
    }),
  );
  const root = commonParent(unique);
  return { entries: checkUnique(sorted(entries)), root, defaultOutDir: join(root, DEFAULT_OUT_NAME), ignored: [] };
}

function sorted(entries: StudentEntry[]): StudentEntry[] {
  return entries.sort((a, b) => compareIds(a.student, b.student) || compareIds(a.path, b.path));
}

/** Two entries of one student (alice.py and alice.cpp) would share a row: say so before judging. */
function checkUnique(entries: StudentEntry[]): StudentEntry[] {
  for (let index = 1; index < entries.length; index++) {
    const [previous, current] = [entries[index - 1]!, entries[index]!];
    if (previous.student === current.student) {
      throw new UsageError(`SUBMISSIONS: ${previous.path} and ${current.path} are both student "${current.student}" (keep one, or put a multi-file program in a folder ${current.student}/)`);
    }
  }
  return entries;
}

function commonParent(paths: readonly string[]): string {
  let parent = dirname(paths[0]!);
  while (!paths.every((path) => path.startsWith(`${parent}${sep}`)) && dirname(parent) !== parent) parent = dirname(parent);
  return parent;
}

/** Where a problem's file is in each student folder: the one match, none, or several. */
export type PatternMatch = { kind: 'one'; absolutePath: string; path: string } | { kind: 'none' } | { kind: 'several'; paths: string[] };

export async function matchInStudentFolder(folder: StudentEntry, pattern: string): Promise<PatternMatch> {
  const matched = (await glob(pattern, { cwd: folder.absolutePath, onlyFiles: false, expandDirectories: false, dot: false })).map((path) => path.replace(/\/$/, '')).sort();
  if (matched.length === 0) return { kind: 'none' };
  if (matched.length > 1) return { kind: 'several', paths: matched };
  return { kind: 'one', absolutePath: join(folder.absolutePath, matched[0]!), path: `${folder.path}${matched[0]}` };
}

/** A problem whose pattern matches nothing in any student folder is a typo in the assignment. */
export function checkPatternsMatch(assignment: Assignment, matches: ReadonlyMap<string, readonly PatternMatch[]>): void {
  for (const problem of assignment.problems) {
    const found = matches.get(problem.id) ?? [];
    if (found.length > 0 && found.every((match) => match.kind === 'none')) {
      throw new ProblemFileError(assignment.file, `problems.${problem.id}.file`, `"${problem.filePattern}" matches nothing in any student folder`, 'give the file name students use, or a glob such as "sum.*"');
    }
  }
}
