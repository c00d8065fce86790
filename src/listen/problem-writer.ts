// Writes a received problem as a folder `letscode judge` reads: <root>/<slug>/problem.yaml
// (and tests/). A folder that exists is never touched unless `force`, and then only
// problem.yaml and tests/ are replaced: solutions next to them are kept. A new folder is
// written aside and renamed into place, so a half-written one is never seen.

import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CompanionTask } from './payload.js';
import { problemFilesFor, TESTS_FOLDER, type ProblemFiles } from './problem-yaml.js';
import { slugify } from './slug.js';

export type WriteResult =
  | { kind: 'written'; dir: string; replaced: boolean; tests: number; testsInline: boolean; notes: string[] }
  | { kind: 'exists'; dir: string };

export interface WriteOptions {
  /** The folder problem folders are written in; created when missing. */
  root: string;
  force: boolean;
}

export async function writeProblemFolder(task: CompanionTask, options: WriteOptions): Promise<WriteResult> {
  const dir = join(options.root, slugify(task.name));
  const exists = await lstat(dir).then(() => true, () => false);
  if (exists && !options.force) return { kind: 'exists', dir };
  const files = problemFilesFor(task);
  await mkdir(options.root, { recursive: true });
  if (exists) await replaceIn(dir, files);
  else await createAt(dir, files);
  return { kind: 'written', dir, replaced: exists, tests: task.tests.length, testsInline: files.testsInline, notes: files.notes };
}

async function createAt(dir: string, files: ProblemFiles): Promise<void> {
  const staging = `${dir}.letscode-${process.pid}-${Date.now()}.tmp`;
  try {
    await mkdir(staging);
    await writeTests(staging, files);
    await writeFile(join(staging, 'problem.yaml'), files.problemYaml);
    await rename(staging, dir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function replaceIn(dir: string, files: ProblemFiles): Promise<void> {
  await rm(join(dir, TESTS_FOLDER), { recursive: true, force: true });
  await writeTests(dir, files);
  const aside = join(dir, `.problem.yaml.letscode-${process.pid}.tmp`);
  await writeFile(aside, files.problemYaml);
  await rename(aside, join(dir, 'problem.yaml'));
}

/** tests/ with NAME.in and NAME.out, when the samples are not inline. */
async function writeTests(dir: string, files: ProblemFiles): Promise<void> {
  if (files.testsInline) return;
  await mkdir(join(dir, TESTS_FOLDER));
  for (const file of files.testFiles) await writeFile(join(dir, TESTS_FOLDER, file.name), file.data);
}
