// What a judge job carries in Redis, and what it leaves as its result. A worker validates
// every job against this schema before anything else: a malformed job fails at once with
// the field at fault, and nothing in a job is ever a path on the worker's machine (the
// problem is a bundle named by its hash, the solution is bytes).

import { z } from 'zod';
import { VERDICTS } from '../../common/verdicts.js';
import type { JsonReport } from '../../judge/judge-json.js';
import type { ProgramSource } from '../../languages/prepare.js';
import { MAX_FOLDER_FILES, MAX_FOLDER_SOURCE_BYTES } from '../../languages/source-folder.js';
import { isBundlePath } from '../../problem/bundle/manifest.js';
import { isCallbackUrl } from '../callback.js';
import type { SubmissionOutcome } from '../submissions.js';

export const JOB_FORMAT = 1;
/** Bundles without files up to this size ride in the job (serve's inline tests): no upload, no download, no disk. */
export const INLINE_BUNDLE_BYTES = 64 * 1024;
const MAX_BASE64 = Math.ceil((MAX_FOLDER_SOURCE_BYTES * 4) / 3) + 4;

const base64 = z.string().max(MAX_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'expected base64' });
const fileName = z.string().min(1).max(255).refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', { message: 'expected a file name' });

export const judgeJobSchema = z.strictObject({
  format: z.literal(JOB_FORMAT),
  /** SHA-256 of the problem bundle (bundle-store.ts). */
  bundle: z.string().regex(/^[0-9a-f]{64}$/, { message: 'expected a SHA-256 in hex' }),
  /** A problem that is only a few inline tests travels in the job itself (base64 of the bundle), not in the bundle store. */
  inlineBundle: z.string().max(Math.ceil((INLINE_BUNDLE_BYTES * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'expected base64' }).optional(),
  /** For `letscode queue` and the worker's log only. */
  problemName: z.string().max(1024),
  /** A language id (languages.ts). */
  language: z.string().min(1).max(64),
  solution: z.union([
    z.strictObject({ name: fileName, file: base64 }),
    z.strictObject({
      name: fileName,
      folder: z.strictObject({
        name: fileName,
        files: z.array(z.strictObject({ path: z.string().refine(isBundlePath, { message: 'expected a relative path' }), data: base64 })).max(MAX_FOLDER_FILES),
      }),
    }),
  ]),
  testsInParallel: z.number().int().min(1).max(64),
  callbackUrl: z.string().max(2048).refine(isCallbackUrl).optional(),
});

export type JudgeJobData = z.output<typeof judgeJobSchema>;

export function encodeSolution(name: string, source: ProgramSource): JudgeJobData['solution'] {
  if (Buffer.isBuffer(source)) return { name, file: source.toString('base64') };
  return { name, folder: { name: source.name, files: source.files.map((file) => ({ path: file.path, data: file.data.toString('base64') })) } };
}

export function decodeSolution(solution: JudgeJobData['solution']): { name: string; source: ProgramSource } {
  if ('file' in solution) return { name: solution.name, source: Buffer.from(solution.file, 'base64') };
  return { name: solution.name, source: { name: solution.folder.name, files: solution.folder.files.map((file) => ({ path: file.path, data: Buffer.from(file.data, 'base64') })) } };
}

/** What a finished job returns (BullMQ's returnvalue); a job that fails for good has none. */
export type JudgeJobResult = Extract<SubmissionOutcome, { kind: 'judged' | 'refused' }>;

const resultSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('judged'),
    report: z.looseObject({ verdict: z.enum(VERDICTS), tests: z.array(z.unknown()) }),
    limits: z.strictObject({ timeMs: z.number(), memoryBytes: z.number() }),
  }),
  z.strictObject({ kind: z.literal('refused'), message: z.string() }),
]);

/** A stored result as the outcome it is; a result that does not parse is a failed submission saying so. */
export function outcomeOfResult(value: unknown): SubmissionOutcome {
  const parsed = resultSchema.safeParse(value);
  if (!parsed.success) return { kind: 'failed', message: 'the job finished without a readable result' };
  // The report as stored: the parsed copy would list the checked fields first.
  const result = parsed.data;
  return result.kind === 'judged' ? { kind: 'judged', report: (value as { report: JsonReport }).report, limits: result.limits } : result;
}

/** "tests.0.name: expected a file name", for a job that does not parse. */
export function describeJobIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.map(String).join('.') || '(the job)'}: ${issue.message}`;
}
