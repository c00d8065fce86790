// Loading native problems from temporary folders, for the loader's tests.

import { join } from 'node:path';
import { expect } from 'vitest';
import { ProblemFileError } from '../../errors.js';
import { loadNativeProblem } from '../load-native.js';
import { createTempFolder } from './temp-folder.js';

export async function load(yaml: string, files: Record<string, string> = {}) {
  const dir = await createTempFolder({ 'problem.yaml': yaml, ...files });
  return { dir, problem: await loadNativeProblem(join(dir, 'problem.yaml')) };
}

/** Loads a broken problem and returns the error with its message split at the file name. */
export async function loadError(yaml: string, files: Record<string, string> = {}) {
  const dir = await createTempFolder({ 'problem.yaml': yaml, ...files });
  const file = join(dir, 'problem.yaml');
  const error = await loadNativeProblem(file).then(
    () => { throw new Error('expected the problem to be rejected'); },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProblemFileError);
  const problemError = error as ProblemFileError;
  expect(problemError.message).not.toMatch(/\n|ZodError|Invalid input|at .*\.ts:/);
  const prefix = `${problemError.file}: `;
  expect(problemError.message.startsWith(prefix)).toBe(true);
  return { dir, file, error: problemError, afterFile: problemError.message.slice(prefix.length) };
}

export const ONE_TEST = 'tests:\n  - { input: "1\\n", output: "1\\n" }\n';
