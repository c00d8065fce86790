// Reads a test's input or answer, wherever it lives. Files were checked when the problem
// loaded; one that has vanished since is still reported as the user's problem, not a crash.

import { readFile } from 'node:fs/promises';
import { ProblemFileError } from '../errors.js';
import { describeFsError } from '../common/fs-checks.js';
import type { TestData } from './model.js';

export async function readTestData(data: TestData): Promise<Buffer> {
  if (data.kind === 'inline') return Buffer.from(data.content, 'utf8');
  try {
    return await readFile(data.path);
  } catch (error) {
    throw new ProblemFileError(data.path, undefined, describeFsError(error), 'restore the file, or fix the problem description that names it');
  }
}
