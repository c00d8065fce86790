// What a problem bundle says about its problem: the Problem model with every file it names
// replaced by a path inside the bundle, and the list of the bundle's files. A bundle comes
// from another machine, so the manifest is validated strictly (zod) and every path in it
// must stay inside the bundle: a worker never reads a file a bundle names outside itself.

import { z } from 'zod';

export const BUNDLE_FORMAT = 'letscode-bundle/1';

/** A '/'-separated path with no '..', no leading '/', no empty part and no NUL: inside the bundle. */
export function isBundlePath(path: string): boolean {
  if (path.length === 0 || path.length > 4096 || path.includes('\0') || path.includes('\\')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

const bundlePath = z.string().refine(isBundlePath, { message: 'must be a relative path inside the bundle' });
const text = z.string().max(1024);
const flags = z.array(z.string().max(4096)).max(1024);

const testData = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('inline'), content: z.string() }),
  z.strictObject({ kind: z.literal('file'), path: bundlePath }),
]);

const checker = z.discriminatedUnion('name', [
  z.strictObject({ name: z.literal('exact') }),
  z.strictObject({ name: z.literal('lines') }),
  z.strictObject({ name: z.literal('tokens') }),
  z.strictObject({ name: z.literal('float'), absTolerance: z.number().min(0), relTolerance: z.number().min(0) }),
  z.strictObject({ name: z.literal('kattis-default') }),
  z.strictObject({ name: z.literal('external'), program: z.strictObject({ path: bundlePath }), protocol: z.enum(['kattis', 'testlib']) }),
]);

const positive = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const includedFile = z.strictObject({ path: bundlePath, file: bundlePath });

export const manifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  problem: z.strictObject({
    name: text,
    /** The problem's own file name (problem.yaml), for messages. */
    sourceName: text,
    format: z.enum(['native', 'kattis', 'oj-tools']),
    // A time limit still to be derived is 0 until it is.
    limits: z.strictObject({ timeMs: z.number().int().min(0), wallTimeMs: z.number().int().min(0), memoryBytes: positive, outputBytes: positive, pidsLimit: positive }),
    timeLimitSource: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('given') }),
      z.strictObject({ kind: z.literal('derive'), acceptedSubmissions: z.array(bundlePath).max(10_000), acToTimeLimit: z.number().positive(), resolutionMs: z.number().positive() }),
    ]),
    checker,
    interactor: z.strictObject({ program: z.strictObject({ path: bundlePath }), protocol: z.literal('kattis') }).nullable(),
    /** Where submissions/submissions.yaml is, for the time-limit derivation; null without one. */
    submissionsDir: bundlePath.nullable(),
    tests: z.array(z.strictObject({ name: text, sample: z.boolean(), input: testData, answer: testData, checkerFlags: flags })).max(100_000),
    includedFiles: z.strictObject({
      default: z.array(includedFile).nullable(),
      byLanguage: z.array(z.tuple([z.string().min(1).max(64), z.array(includedFile)])),
    }).optional(),
  }),
  /** The bundle's files, in the order their bytes follow the manifest. */
  files: z.array(z.strictObject({ path: bundlePath, bytes: z.number().int().min(0) })).max(1_000_000),
});

export type BundleManifest = z.output<typeof manifestSchema>;
export type BundleProblem = BundleManifest['problem'];
