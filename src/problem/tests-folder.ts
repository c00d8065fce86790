// A folder of tests: NAME.in with its answer in NAME.out or NAME.ans, in natural order
// ("2" before "10"). Other files and subfolders are ignored. Loose ends are errors
// rather than skipped tests: a test that silently never runs is worse than a message.

import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ProblemFileError } from '../errors.js';
import { describeFsError } from '../common/fs-checks.js';
import { compareNatural } from '../common/natural-sort.js';

export interface TestFilePair {
  /** The shared file stem: "1" for 1.in and 1.out. */
  name: string;
  /** Absolute when `folderPath` is. */
  inputPath: string;
  answerPath: string;
}

const INPUT_EXTENSION = '.in';
const ANSWER_EXTENSIONS = ['.out', '.ans'] as const;

/** The folder's test pairs in natural order of their names; throws ProblemFileError for loose ends. */
export async function scanTestsFolder(folderPath: string): Promise<TestFilePair[]> {
  const fileNames = await listFileNames(folderPath);
  const inputStems = stemsWithExtension(fileNames, INPUT_EXTENSION);
  const answerFilesByStem = new Map<string, string[]>();
  for (const extension of ANSWER_EXTENSIONS) {
    for (const stem of stemsWithExtension(fileNames, extension)) {
      answerFilesByStem.set(stem, [...(answerFilesByStem.get(stem) ?? []), stem + extension]);
    }
  }

  if (inputStems.length === 0 && answerFilesByStem.size === 0) {
    throw new ProblemFileError(folderPath, undefined, 'contains no tests', 'add pairs of files NAME.in and NAME.out (or NAME.ans)');
  }
  const pairs = inputStems.sort(compareNatural).map((stem): TestFilePair => {
    const inputPath = join(folderPath, stem + INPUT_EXTENSION);
    const [answerFile, otherAnswerFile] = answerFilesByStem.get(stem) ?? [];
    if (answerFile === undefined) {
      throw new ProblemFileError(inputPath, undefined, 'has no answer file', `add ${stem}.out or ${stem}.ans next to it, or remove it`);
    }
    if (otherAnswerFile !== undefined) {
      // Both may exist when a program's output was saved next to the answer; guessing
      // which one is the answer could judge against the wrong file.
      throw new ProblemFileError(inputPath, undefined, `has two answer files, ${answerFile} and ${otherAnswerFile}`, 'keep only one of them');
    }
    return { name: stem, inputPath, answerPath: join(folderPath, answerFile) };
  });

  const orphanStem = [...answerFilesByStem.keys()].sort(compareNatural).find((stem) => !inputStems.includes(stem));
  if (orphanStem !== undefined) {
    const answerFile = answerFilesByStem.get(orphanStem)?.[0] ?? orphanStem;
    throw new ProblemFileError(join(folderPath, answerFile), undefined, `has no input file ${orphanStem}${INPUT_EXTENSION}`, `add ${orphanStem}${INPUT_EXTENSION}, or remove ${answerFile}`);
  }
  return pairs;
}

async function listFileNames(folderPath: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(folderPath, { withFileTypes: true });
  } catch (error) {
    throw new ProblemFileError(folderPath, undefined, describeFsError(error), 'check that the tests folder exists and is readable');
  }
  // Symlinked test files count; subfolders (e.g. a generator's workspace) do not.
  return entries.filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((entry) => entry.name);
}

/** "big" for "big.in"; a bare ".in" has no stem and is not a test. */
function stemsWithExtension(fileNames: readonly string[], extension: string): string[] {
  return fileNames
    .filter((name) => name.endsWith(extension) && name.length > extension.length)
    .map((name) => name.slice(0, -extension.length));
}
