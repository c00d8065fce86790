// Finds the problem a solution is judged against. With -p the user names it; without,
// the nearest problem wins: in the working folder or above it, then next to the solution
// or above it. Formats plug in as detectors, tried in order in each folder: a Kattis
// package (problem.yaml and data/), a native problem.yaml, an online-judge-tools folder
// (test/sample-1.in and test/sample-1.out).

import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { pathKind } from '../common/fs-checks.js';

/** A problem found on disk, tagged with the format that knows how to load it. */
export type LocatedProblem =
  | {
    format: 'native';
    /** Absolute path of problem.yaml. */
    path: string;
  }
  | {
    format: 'kattis';
    /** Absolute path of the package folder, which holds problem.yaml and data/. */
    dir: string;
  }
  | {
    format: 'oj-tools';
    /** Absolute path of the folder that holds test/. */
    dir: string;
  };

export type ProblemFormat = LocatedProblem['format'];

export interface LocateOptions {
  /** The -p value as typed: a problem folder or its problem.yaml, relative to `cwd`. */
  problemOption?: string | undefined;
  /** The solution file, relative to `cwd`. */
  solutionPath: string;
  cwd: string;
}

const NATIVE_FILE_NAME = 'problem.yaml';

/** Each format says whether a folder holds a problem of its kind; the first to answer wins. */
type FolderDetector = (folder: string) => Promise<LocatedProblem | undefined>;

const FOLDER_DETECTORS: readonly FolderDetector[] = [
  // Before the native detector: a Kattis package has a problem.yaml too.
  async (folder) => ((await isKattisPackage(folder)) ? { format: 'kattis', dir: folder } : undefined),
  async (folder) => {
    const path = join(folder, NATIVE_FILE_NAME);
    return (await pathKind(path)) === 'file' ? { format: 'native', path } : undefined;
  },
  async (folder) => {
    const samples = ['sample-1.in', 'sample-1.out'].map((name) => join(folder, 'test', name));
    const found = await Promise.all(samples.map(async (path) => (await pathKind(path)) === 'file'));
    return found.every(Boolean) ? { format: 'oj-tools', dir: folder } : undefined;
  },
];

async function isKattisPackage(folder: string): Promise<boolean> {
  return (await pathKind(join(folder, NATIVE_FILE_NAME))) === 'file' && (await pathKind(join(folder, 'data'))) === 'folder';
}

export async function locateProblem(options: LocateOptions): Promise<LocatedProblem> {
  if (options.problemOption !== undefined) return locateGivenProblem(options.problemOption, options.cwd);

  const searchStarts = [...new Set([resolve(options.cwd), dirname(resolve(options.cwd, options.solutionPath))])];
  const visited = new Set<string>();
  for (const start of searchStarts) {
    for (const folder of folderAndAncestors(start)) {
      if (visited.has(folder)) continue;
      visited.add(folder);
      const found = await detectInFolder(folder);
      if (found) return found;
    }
  }
  const searched = searchStarts.map((start) => `${start} or a folder above it`).join(', nor in ');
  throw new UsageError(`no ${NATIVE_FILE_NAME} found in ${searched} (pass -p <problem folder>)`);
}

async function locateGivenProblem(problemOption: string, cwd: string): Promise<LocatedProblem> {
  const path = resolve(cwd, problemOption);
  const kind = await pathKind(path);
  if (kind === 'missing') {
    throw new UsageError(`-p ${problemOption}: no such file or folder (pass the problem folder or its ${NATIVE_FILE_NAME})`);
  }
  if (kind === 'folder') {
    const found = await detectInFolder(path);
    if (found) return found;
    throw new UsageError(`-p ${problemOption}: no ${NATIVE_FILE_NAME} in ${path} (pass the folder that holds ${NATIVE_FILE_NAME})`);
  }
  // The problem.yaml of a Kattis package stands for the package.
  if (basename(path) === NATIVE_FILE_NAME && (await isKattisPackage(dirname(path)))) return { format: 'kattis', dir: dirname(path) };
  // Any YAML file may be named directly, so one folder can hold several variants.
  if (/\.ya?ml$/i.test(path)) return { format: 'native', path };
  throw new UsageError(`-p ${problemOption}: ${path} is not a problem description (pass the problem folder or its ${NATIVE_FILE_NAME})`);
}

/** The problem `folder` holds, in whichever format, or undefined. */
export async function detectInFolder(folder: string): Promise<LocatedProblem | undefined> {
  for (const detect of FOLDER_DETECTORS) {
    const found = await detect(folder);
    if (found) return found;
  }
  return undefined;
}

/** "/a/b/c" -> ["/a/b/c", "/a/b", "/a", "/"]. */
function folderAndAncestors(start: string): string[] {
  const folders = [start];
  for (let parent = dirname(start); parent !== folders[folders.length - 1]; parent = dirname(parent)) {
    folders.push(parent);
  }
  return folders;
}
