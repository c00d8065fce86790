// Loads a native problem.yaml into the Problem model: read the YAML, validate it, then
// resolve the tests on disk. Every mistake a problem setter can make surfaces as one
// ProblemFileError naming problem.yaml, the field and the fix.

import { basename, dirname, join, resolve } from 'node:path';
import { ProblemFileError } from '../errors.js';
import { pathKind } from '../common/fs-checks.js';
import { problemFileErrorFromIssues } from '../common/issue-to-error.js';
import { readIncludedFiles } from './include-files.js';
import { wallTimeFor, type IncludedFiles, type Problem, type ProgramRef } from './model.js';
import { resolveNativeTests } from './native-tests.js';
import { FIELD_FIXES, KNOWN_FIELDS, problemFileSchema } from './schema.js';
import { readYamlFile } from '../common/yaml-file.js';

export async function loadNativeProblem(problemYamlPath: string): Promise<Problem> {
  const sourceFile = resolve(problemYamlPath);
  const problemDir = dirname(sourceFile);
  const data = await readYamlFile(sourceFile);
  if (data === null) {
    throw new ProblemFileError(sourceFile, undefined, 'is empty', 'describe the problem, at least with tests: tests/ or a list of tests');
  }

  const parsed = problemFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    throw problemFileErrorFromIssues(sourceFile, parsed.error.issues, { knownFields: KNOWN_FIELDS, fieldFixes: FIELD_FIXES });
  }
  const file = parsed.data;

  return {
    name: file.name ?? basename(problemDir),
    dir: problemDir,
    sourceFile,
    format: 'native',
    limits: { ...file.limits, wallTimeMs: wallTimeFor(file.limits.timeMs) },
    timeLimitSource: { kind: 'given' },
    checker: file.checker.name === 'external'
      ? { ...file.checker, program: await programAt(problemDir, sourceFile, 'checker.program', file.checker.program.path) }
      : file.checker,
    interactor: file.interactor && {
      protocol: file.interactor.protocol,
      program: await programAt(problemDir, sourceFile, 'interactor', file.interactor.program),
    },
    inputValidators: await Promise.all(
      file.inputValidators.map((path, index) => programAt(problemDir, sourceFile, `input_validators.${index}`, path)),
    ),
    submissionsDir: (await pathKind(join(problemDir, 'solutions'))) === 'folder' ? join(problemDir, 'solutions') : null,
    invalidInputs: [],
    outputCases: [],
    tests: await resolveNativeTests(file.tests, { problemDir, sourceFile }),
    includedFiles: file.include === null ? undefined : await includedFilesAt(problemDir, sourceFile, file.include),
  };
}

/** include: a folder laid out like a Kattis package's include/ (default/, cpp/, python3/, ...). */
async function includedFilesAt(problemDir: string, sourceFile: string, relative: string): Promise<IncludedFiles | undefined> {
  const path = resolve(problemDir, relative);
  if ((await pathKind(path)) !== 'folder') {
    throw new ProblemFileError(sourceFile, 'include', `not a folder: ${path}`, 'give the folder holding default/ or <language>/ folders, relative to the problem folder');
  }
  return readIncludedFiles(path);
}

/** A program of the problem (checker, interactor, validator): a file or a folder that exists. */
async function programAt(problemDir: string, sourceFile: string, field: string, relative: string): Promise<ProgramRef> {
  const path = resolve(problemDir, relative);
  if ((await pathKind(path)) === 'missing') {
    throw new ProblemFileError(sourceFile, field, `not found: ${path}`, 'give the path of a source file or folder, relative to the problem folder');
  }
  return { path };
}
