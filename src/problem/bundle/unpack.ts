// The other end of pack.ts: check that a bundle's bytes are what its name (their SHA-256)
// says, validate its manifest, write its files under a folder, and turn the manifest back
// into the Problem model with every path inside that folder. Nothing here follows a path
// out of the folder: the manifest's paths are checked (manifest.ts) before any is used.

import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { CheckerSpec } from '../../checkers/checker.js';
import type { SourceFile } from '../../languages/source-folder.js';
import type { IncludedFiles, Problem, TestData } from '../model.js';
import { manifestSchema, type BundleManifest, type BundleProblem } from './manifest.js';
import { BUNDLE_MAGIC } from './pack.js';

/** A bundle that is damaged or not a bundle: fetching it again gives the same bytes, so never retried. */
export class BundleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleError';
  }
}

export interface ReadBundle {
  manifest: BundleManifest;
  files: { path: string; data: Buffer }[];
}

export function readBundle(bytes: Buffer, expectedHash: string): ReadBundle {
  const hash = createHash('sha256').update(bytes).digest('hex');
  if (hash !== expectedHash) throw new BundleError(`problem bundle ${short(expectedHash)} is damaged: its bytes hash to ${short(hash)}`);
  if (bytes.length < 8 || !bytes.subarray(0, 4).equals(BUNDLE_MAGIC)) throw new BundleError(`problem bundle ${short(hash)} is not a letscode bundle`);
  const headerEnd = 8 + bytes.readUInt32BE(4);
  let json: unknown;
  try {
    json = JSON.parse(bytes.subarray(8, headerEnd).toString('utf8'));
  } catch {
    throw new BundleError(`problem bundle ${short(hash)}: its manifest is not JSON`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new BundleError(`problem bundle ${short(hash)}: manifest field ${issueLine(parsed.error.issues)}`);
  const manifest = parsed.data;
  const files: ReadBundle['files'] = [];
  let offset = headerEnd;
  for (const file of manifest.files) {
    files.push({ path: file.path, data: bytes.subarray(offset, offset + file.bytes) });
    offset += file.bytes;
  }
  if (offset !== bytes.length) throw new BundleError(`problem bundle ${short(hash)}: its manifest lists ${offset} bytes of files, it holds ${bytes.length}`);
  return { manifest, files };
}

/** Writes the bundle's files under `filesDir`. */
export async function writeBundleFiles(filesDir: string, files: ReadBundle['files']): Promise<void> {
  for (const file of files) {
    const target = inside(filesDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.data);
  }
}

/** The Problem model of a bundle whose files are under `filesDir`. */
export async function problemFromManifest(problem: BundleProblem, filesDir: string): Promise<Problem> {
  const at = (path: string) => inside(filesDir, path);
  const data = (test: BundleProblem['tests'][number]['input']): TestData => (test.kind === 'inline' ? test : { kind: 'file', path: at(test.path) });
  const source = problem.timeLimitSource;
  return {
    name: problem.name,
    dir: filesDir,
    sourceFile: join(filesDir, problem.sourceName),
    format: problem.format,
    limits: { ...problem.limits },
    timeLimitSource: source.kind === 'given' ? source : { ...source, acceptedSubmissions: source.acceptedSubmissions.map(at) },
    checker: problem.checker.name === 'external' ? { ...problem.checker, program: { path: at(problem.checker.program.path) } } : (problem.checker as CheckerSpec),
    interactor: problem.interactor && { program: { path: at(problem.interactor.program.path) }, protocol: problem.interactor.protocol },
    inputValidators: [],
    submissionsDir: problem.submissionsDir === null ? null : at(problem.submissionsDir),
    tests: problem.tests.map((test) => ({ ...test, input: data(test.input), answer: data(test.answer), inputValidatorFlags: [] })),
    invalidInputs: [],
    outputCases: [],
    includedFiles: problem.includedFiles && (await includedFiles(problem.includedFiles, at)),
  };
}

async function includedFiles(included: NonNullable<BundleProblem['includedFiles']>, at: (path: string) => string): Promise<IncludedFiles> {
  const read = (files: { path: string; file: string }[]): Promise<SourceFile[]> => Promise.all(files.map(async (file) => ({ path: file.path, data: await readFile(at(file.file)) })));
  const byLanguage = new Map<string, readonly SourceFile[]>();
  for (const [id, files] of included.byLanguage) byLanguage.set(id, await read(files));
  return { default: included.default && (await read(included.default)), byLanguage };
}

/** `path` under `root`; the manifest schema already refused '..', this makes sure. */
function inside(root: string, path: string): string {
  const target = resolve(root, path);
  if (!target.startsWith(resolve(root) + sep)) throw new BundleError(`problem bundle path ${path} leaves the bundle`);
  return target;
}

function issueLine(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

function short(hash: string): string {
  return hash.slice(0, 12);
}
