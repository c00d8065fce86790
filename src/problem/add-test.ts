// Adds a test case to a problem on disk, in the problem's own format, so the next judge
// runs it: a native problem's tests/ folder (or its tests: list, with the files beside
// it), a Kattis package's data/secret/, an online-judge-tools folder's test/. Nothing is
// ever overwritten: the name gets a -2, -3, ... suffix until no file of that name exists,
// and files are created exclusively, so a file that appears meanwhile is not clobbered.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ProblemFileError } from '../errors.js';
import { describeFsError, pathKind } from '../common/fs-checks.js';
import { appendTestToYaml } from './append-yaml-test.js';
import type { Problem } from './model.js';
import { readYamlFile } from '../common/yaml-file.js';

export interface NewTest {
  /** The wanted name; a suffix is added when it is taken. */
  stem: string;
  input: Buffer;
  /** Null: no answer is known (interactive problems): an interactive Kattis package gets none, others an empty one. */
  answer: Buffer | null;
}

export interface AddedTest {
  name: string;
  /** Every file written or changed, absolute. */
  files: string[];
}

/** Where a format keeps its test files, and what it calls the answer. */
interface Placement {
  folder: string;
  answerExtension: '.ans' | '.out';
  /** A native problem.yaml that lists its tests: the new one is added to the list. */
  listedIn: string | null;
  /** An interactive Kattis package may leave out .ans files. */
  answerOptional: boolean;
}

export async function addTestToProblem(problem: Problem, test: NewTest): Promise<AddedTest> {
  const placement = await placementFor(problem);
  await mkdir(placement.folder, { recursive: true }).catch((error: unknown) => {
    throw new ProblemFileError(placement.folder, undefined, describeFsError(error), 'make the folder writable');
  });
  const taken = new Set(problem.tests.map((existing) => existing.name));
  for (let attempt = 1; ; attempt++) {
    const stem = attempt === 1 ? test.stem : `${test.stem}-${attempt}`;
    const name = problem.format === 'kattis' ? `secret/${stem}` : stem;
    if (taken.has(name) || (await anyExists(placement.folder, stem))) continue;
    const written = await writeFiles(placement, stem, test);
    if (written === null) continue; // someone created one of them meanwhile
    if (placement.listedIn) written.push(await listTest(problem, placement, stem, written));
    return { name, files: written };
  }
}

async function placementFor(problem: Problem): Promise<Placement> {
  switch (problem.format) {
    case 'kattis':
      return { folder: join(problem.dir, 'data', 'secret'), answerExtension: '.ans', listedIn: null, answerOptional: problem.interactor !== null };
    case 'oj-tools':
      return { folder: join(problem.dir, 'test'), answerExtension: '.out', listedIn: null, answerOptional: false };
    case 'native': {
      const data = (await readYamlFile(problem.sourceFile)) as { tests?: unknown } | null;
      if (typeof data?.tests === 'string') {
        const folder = resolve(problem.dir, data.tests);
        return { folder, answerExtension: await answerExtensionIn(problem, folder), listedIn: null, answerOptional: false };
      }
      return { folder: join(problem.dir, 'tests'), answerExtension: '.out', listedIn: problem.sourceFile, answerOptional: false };
    }
  }
}

/** The folder's own habit: .ans when its tests use it. */
async function answerExtensionIn(problem: Problem, folder: string): Promise<'.ans' | '.out'> {
  const inFolder = problem.tests.flatMap((test) => (test.answer.kind === 'file' && resolve(test.answer.path, '..') === folder ? [test.answer.path] : []));
  return inFolder.some((path) => path.endsWith('.ans')) ? '.ans' : '.out';
}

const EXTENSIONS = ['.in', '.ans', '.out', '.yaml'];

async function anyExists(folder: string, stem: string): Promise<boolean> {
  const kinds = await Promise.all(EXTENSIONS.map((extension) => pathKind(join(folder, stem + extension))));
  return kinds.some((kind) => kind !== 'missing');
}

/** The files, created exclusively; null (and nothing left behind) when one already exists. */
async function writeFiles(placement: Placement, stem: string, test: NewTest): Promise<string[] | null> {
  const files: [string, Buffer][] = [[join(placement.folder, `${stem}.in`), test.input]];
  const answer = test.answer ?? (placement.answerOptional ? null : Buffer.alloc(0));
  if (answer) files.push([join(placement.folder, stem + placement.answerExtension), answer]);
  const written: string[] = [];
  for (const [path, data] of files) {
    try {
      await writeFile(path, data, { flag: 'wx' });
      written.push(path);
    } catch (error) {
      await Promise.all(written.map((done) => rm(done, { force: true })));
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null;
      throw new ProblemFileError(path, undefined, describeFsError(error), 'make the tests folder writable');
    }
  }
  return written;
}

async function listTest(problem: Problem, placement: Placement, stem: string, written: readonly string[]): Promise<string> {
  const file = placement.listedIn!;
  const text = await readFile(file, 'utf8');
  const relativeTo = (path: string) => relative(problem.dir, path).split('\\').join('/');
  const edited = appendTestToYaml(text, { name: stem, inputFile: relativeTo(written[0]!), outputFile: relativeTo(written[1] ?? written[0]!) });
  if (edited === null) throw new ProblemFileError(file, 'tests', 'is neither a list nor a folder', 'write tests: tests/ or a list of tests');
  await writeFile(file, edited);
  return file;
}
