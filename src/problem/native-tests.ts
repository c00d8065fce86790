// Turns the `tests:` of a validated problem.yaml into test cases: file paths resolved
// against the problem folder and checked to exist, default names filled in, duplicate
// names rejected. Errors point at the problem.yaml field that led to the problem.

import { parse as parsePath, resolve } from 'node:path';
import { ProblemFileError } from '../errors.js';
import { pathKind } from '../common/fs-checks.js';
import type { TestCase, TestData } from './model.js';
import type { ListedTest, ListedTestData, TestsSpec } from './schema.js';
import { scanTestsFolder } from './tests-folder.js';

/** Where relative paths start and which file to name in errors. */
export interface ProblemLocation {
  problemDir: string;
  sourceFile: string;
}

export async function resolveNativeTests(spec: TestsSpec, location: ProblemLocation): Promise<TestCase[]> {
  return spec.kind === 'folder' ? testsFromFolder(spec.relativePath, location) : testsFromList(spec.tests, location);
}

async function testsFromFolder(relativePath: string, { problemDir, sourceFile }: ProblemLocation): Promise<TestCase[]> {
  const folderPath = resolve(problemDir, relativePath);
  const kind = await pathKind(folderPath);
  if (kind !== 'folder') {
    const problem = kind === 'missing' ? `folder not found: ${folderPath}` : `${folderPath} is a file, not a folder`;
    throw new ProblemFileError(sourceFile, 'tests', problem, 'name a folder of NAME.in and NAME.out files, relative to the problem folder');
  }
  const pairs = await scanTestsFolder(folderPath);
  return pairs.map((pair) => ({
    name: pair.name,
    input: { kind: 'file', path: pair.inputPath },
    answer: { kind: 'file', path: pair.answerPath },
    // The folder form has no field to say so; the file name does ("sample1.in").
    sample: pair.name.toLowerCase().startsWith('sample'),
    checkerFlags: [],
    inputValidatorFlags: [],
  }));
}

async function testsFromList(listed: readonly ListedTest[], location: ProblemLocation): Promise<TestCase[]> {
  const cases: TestCase[] = [];
  const indexByName = new Map<string, number>();
  for (const [index, test] of listed.entries()) {
    const name = test.name ?? defaultName(test, index);
    const earlierIndex = indexByName.get(name);
    if (earlierIndex !== undefined) {
      throw new ProblemFileError(
        location.sourceFile,
        test.name === undefined ? `tests.${index}` : `tests.${index}.name`,
        `duplicate test name "${name}" (tests.${earlierIndex} has it too)`,
        test.name === undefined ? 'add a name: to tell them apart' : 'give each test a different name',
      );
    }
    indexByName.set(name, index);
    cases.push({
      name,
      input: await resolveTestData(test.input, index, location),
      answer: await resolveTestData(test.answer, index, location),
      sample: test.sample,
      checkerFlags: [],
      inputValidatorFlags: [],
    });
  }
  return cases;
}

/** The input file's stem ("big" for tests/big.in), or the 1-based position for inline input. */
function defaultName(test: ListedTest, index: number): string {
  return test.input.kind === 'file' ? parsePath(test.input.relativePath).name : String(index + 1);
}

async function resolveTestData(data: ListedTestData, index: number, { problemDir, sourceFile }: ProblemLocation): Promise<TestData> {
  if (data.kind === 'inline') return { kind: 'inline', content: data.content };
  const path = resolve(problemDir, data.relativePath);
  const kind = await pathKind(path);
  if (kind !== 'file') {
    const problem = kind === 'missing' ? `file not found: ${path}` : `${path} is a folder, not a file`;
    throw new ProblemFileError(sourceFile, `tests.${index}.${data.field}`, problem, `check the path; it is relative to the problem folder ${problemDir}`);
  }
  return { kind: 'file', path };
}
