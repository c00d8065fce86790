// Request bodies of the API, validated strictly: an unknown field is an error (a typo
// such as "timelimitMs" must not be silently ignored), and every error names its field.

import { z } from 'zod';
import { closestMatch } from '../common/did-you-mean.js';
import { isCallbackUrl } from '../queue/callback.js';
import { MAX_PRIORITY } from '../queue/submissions.js';
import { HttpError } from './http-types.js';

const limits = {
  /** CPU time limit per run. */
  timeLimitMs: z.number().int().min(1).max(600_000).optional(),
  /** Memory limit in MiB (MB as in statements). */
  memoryLimitMb: z.number().int().min(1).max(65_536).optional(),
};

const program = {
  /** A language id or alias, as `--lang` takes it. */
  language: z.string().min(1),
  /** The source code of one file. */
  code: z.string().min(1),
};

export const executeSchema = z.strictObject({
  ...program,
  /** The program's stdin. */
  input: z.string().default(''),
  ...limits,
});
export type ExecuteBody = z.output<typeof executeSchema>;

export const BUILTIN_CHECKERS = ['exact', 'lines', 'tokens', 'float'] as const;

const floatChecker = z.strictObject({
  type: z.literal('float'),
  absoluteTolerance: z.number().min(0).max(1e9).optional(),
  relativeTolerance: z.number().min(0).max(1).optional(),
});

const checker = z.union([z.enum(BUILTIN_CHECKERS), floatChecker], {
  error: `expected one of ${BUILTIN_CHECKERS.join(', ')}, or { "type": "float", "absoluteTolerance": 1e-6, "relativeTolerance": 1e-6 }`,
});

const inlineTest = z.strictObject({
  name: z.string().min(1).optional(),
  input: z.string(),
  output: z.string(),
});

const judgeShape = z.strictObject({
  ...program,
  /** A problem folder or problem.yaml on the server's machine, relative to where it was started. */
  problem: z.string().min(1).optional(),
  tests: z.array(inlineTest).min(1).max(10_000).optional(),
  /** With `tests` only: a problem brings its own checker. */
  checker: checker.optional(),
  ...limits,
});

function problemOrTests(body: { problem?: string | undefined; tests?: unknown; checker?: unknown }, ctx: z.RefinementCtx): void {
  if ((body.problem === undefined) === (body.tests === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['tests'], message: 'give either "problem" (a path) or "tests" (a list of { input, output }), not both or neither' });
  }
  if (body.checker !== undefined && body.tests === undefined) {
    ctx.addIssue({ code: 'custom', path: ['checker'], message: 'only applies to inline "tests": a problem brings its own checker' });
  }
}

export const judgeSchema = judgeShape.superRefine(problemOrTests);
export type JudgeBody = z.output<typeof judgeSchema>;

/** POST /v1/submissions: what /api/judge takes, queued. */
const submissionShape = judgeShape.extend({
  /** 1 runs first; single submissions default to 1, batches to 100. */
  priority: z.number().int().min(1).max(MAX_PRIORITY).optional(),
  /** Gets the finished submission POSTed. */
  callbackUrl: z.string().max(2048).refine(isCallbackUrl, { message: 'expected an http:// or https:// URL without credentials' }).optional(),
});
export const submissionSchema = submissionShape.superRefine(problemOrTests);
export type SubmissionBody = z.output<typeof submissionSchema>;

export const MAX_BATCH = 100;
export const batchSchema = z.strictObject({ submissions: z.array(submissionSchema).min(1).max(MAX_BATCH) });
export type BatchBody = z.output<typeof batchSchema>;

/** The fields each object allows, by path ("*" for a list index): for "did you mean". */
export type KnownFields = Readonly<Record<string, readonly string[]>>;

export const EXECUTE_FIELDS: KnownFields = { '': Object.keys(executeSchema.shape) };
export const JUDGE_FIELDS: KnownFields = {
  '': Object.keys(judgeShape.shape),
  'tests.*': Object.keys(inlineTest.shape),
  checker: Object.keys(floatChecker.shape),
};
export const SUBMISSION_FIELDS: KnownFields = { ...JUDGE_FIELDS, '': Object.keys(submissionShape.shape) };
export const BATCH_FIELDS: KnownFields = {
  '': ['submissions'],
  ...Object.fromEntries(Object.entries(SUBMISSION_FIELDS).map(([path, fields]) => [path === '' ? 'submissions.*' : `submissions.*.${path}`, fields])),
};

/** The body as `schema` reads it, or HttpError 400 naming the first wrong field. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown, known: KnownFields = {}): z.output<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  // A mistyped field also makes the real one "missing": the typo is the better message.
  const { issues } = parsed.error;
  throw new HttpError(400, describeIssue(issues.find((issue) => issue.code === 'unrecognized_keys') ?? issues[0], known));
}

/** "tests.0.output: is required (a string)", "timelimitMs: unknown field (did you mean timeLimitMs?)". */
export function describeIssue(issue: z.core.$ZodIssue | undefined, known: KnownFields = {}): string {
  if (!issue) return 'the body is invalid';
  const path = issue.path.map(String).join('.');
  const where = (field: string) => (field === '' ? 'body' : field);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const pattern = issue.path.map((part) => (typeof part === 'number' ? '*' : String(part))).join('.');
    const guess = closestMatch(key, known[pattern] ?? []);
    return `${[path, key].filter(Boolean).join('.')}: unknown field${guess ? ` (did you mean ${guess}?)` : ''}`;
  }
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return `${where(path)}: is required (${issue.expected === 'string' ? 'a string' : issue.expected})`;
  }
  return `${where(path)}: ${issue.message}`;
}
