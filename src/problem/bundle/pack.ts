// Packs a loaded problem into a bundle that another machine can judge with: every file the
// Problem model refers to (tests, checker, interactor with its headers, included files,
// the accepted submissions a derived time limit needs, submissions.yaml) and a manifest
// that is the model with those files' bundle paths. The bundle is content-addressed: its
// name is the SHA-256 of its bytes, the same for the same problem wherever it lives.
//
// Layout: "LCB1", the manifest's length (uint32, big-endian), the manifest (JSON), then
// every file's bytes in the manifest's order.

import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { ProblemFileError } from '../../errors.js';
import { pathKind } from '../../common/fs-checks.js';
import type { CheckerSpec } from '../../checkers/checker.js';
import type { SourceFile } from '../../languages/source-folder.js';
import type { Problem, TestData } from '../model.js';
import { SUBMISSIONS_YAML } from '../submissions/submission-rules.js';
import { BundleFiles } from './bundle-files.js';
import { BUNDLE_FORMAT, type BundleManifest, type BundleProblem } from './manifest.js';

export const BUNDLE_MAGIC = Buffer.from('LCB1');
/** Redis keeps bundles in memory: a problem past this needs its data trimmed, not shipped. */
export const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;

export interface PackedBundle {
  /** SHA-256 of `bytes`, hex: the bundle's name. */
  hash: string;
  bytes: Buffer;
  /** Files packed, for messages. */
  fileCount: number;
}

export async function packProblem(problem: Problem): Promise<PackedBundle> {
  const files = new BundleFiles(problem.dir);
  const data = async (test: TestData) => (test.kind === 'inline' ? test : { kind: 'file' as const, path: await files.addFile(test.path) });
  const tests: BundleProblem['tests'] = [];
  for (const test of problem.tests) {
    tests.push({ name: test.name, sample: test.sample, input: await data(test.input), answer: await data(test.answer), checkerFlags: [...test.checkerFlags] });
  }
  const manifestProblem: BundleProblem = {
    name: problem.name,
    sourceName: basename(problem.sourceFile),
    format: problem.format,
    limits: { ...problem.limits },
    timeLimitSource: await packTimeLimitSource(problem, files),
    checker: await packChecker(problem.checker, files),
    interactor: problem.interactor && { program: { path: await files.addProgram(problem.interactor.program.path, { siblingHeaders: true }) }, protocol: problem.interactor.protocol },
    submissionsDir: await packSubmissionsYaml(problem, files),
    tests,
  };
  if (problem.includedFiles) {
    const pack = (folder: string, sources: readonly SourceFile[]) => sources.map((file) => ({ path: file.path, file: files.addBytes(`_include/${folder}/${file.path}`, file.data) }));
    manifestProblem.includedFiles = {
      default: problem.includedFiles.default && pack('default', problem.includedFiles.default),
      byLanguage: [...problem.includedFiles.byLanguage].map(([id, sources]) => [id, pack(id, sources)] as [string, ReturnType<typeof pack>]),
    };
  }
  const manifest: BundleManifest = { format: BUNDLE_FORMAT, problem: manifestProblem, files: [...files.files].map(([path, bytes]) => ({ path, bytes: bytes.length })) };
  const header = Buffer.from(JSON.stringify(manifest));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const parts = [BUNDLE_MAGIC, length, header, ...files.files.values()];
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  if (total > MAX_BUNDLE_BYTES) {
    throw new ProblemFileError(problem.sourceFile, undefined, `its tests and programs come to ${mib(total)}, more than the ${mib(MAX_BUNDLE_BYTES)} a queued problem may have`, 'judge it on one machine, without --redis');
  }
  const bytes = Buffer.concat(parts, total);
  return { hash: createHash('sha256').update(bytes).digest('hex'), bytes, fileCount: files.files.size };
}

function mib(bytes: number): string {
  return `${Math.ceil(bytes / 1024 / 1024)} MiB`;
}

async function packChecker(checker: CheckerSpec, files: BundleFiles): Promise<BundleProblem['checker']> {
  if (checker.name !== 'external') return { ...checker };
  return { name: 'external', program: { path: await files.addProgram(checker.program.path, { siblingHeaders: true }) }, protocol: checker.protocol };
}

async function packTimeLimitSource(problem: Problem, files: BundleFiles): Promise<BundleProblem['timeLimitSource']> {
  const source = problem.timeLimitSource;
  if (source.kind === 'given') return { kind: 'given' };
  const accepted: string[] = [];
  for (const path of source.acceptedSubmissions) accepted.push(await files.addProgram(path, { siblingHeaders: false }));
  return { kind: 'derive', acceptedSubmissions: accepted, acToTimeLimit: source.acToTimeLimit, resolutionMs: source.resolutionMs };
}

/** submissions.yaml decides which accepted submissions derive the time limit, and in which language. */
async function packSubmissionsYaml(problem: Problem, files: BundleFiles): Promise<string | null> {
  if (problem.timeLimitSource.kind !== 'derive' || problem.submissionsDir === null) return null;
  const yaml = join(problem.submissionsDir, SUBMISSIONS_YAML);
  if ((await pathKind(yaml)) !== 'file') return null;
  await files.addFile(yaml);
  return files.pathFor(problem.submissionsDir);
}
