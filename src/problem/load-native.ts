// Loads a native problem.yaml into the Problem model: read the YAML, validate it, then
// resolve the tests on disk. Every mistake a problem setter can make surfaces as one
// ProblemFileError naming problem.yaml, the field and the fix.

import { basename, dirname, resolve } from 'node:path';
import { ProblemFileError } from '../errors.js';
import { problemFileErrorFromIssues } from './issue-to-error.js';
import { wallTimeFor, type Problem } from './model.js';
import { resolveNativeTests } from './native-tests.js';
import { FIELD_FIXES, KNOWN_FIELDS, problemFileSchema } from './schema.js';
import { readYamlFile } from './yaml-file.js';

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
    limits: { ...file.limits, wallTimeMs: wallTimeFor(file.limits.timeMs) },
    checker: file.checker,
    tests: await resolveNativeTests(file.tests, { problemDir, sourceFile }),
  };
}
