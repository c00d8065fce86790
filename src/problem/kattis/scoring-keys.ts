// The scoring keys of a test group's config file, in both generations: legacy testdata.yaml
// (`on_reject`, `grading`, `grader_flags`, `accept_score`, `reject_score`, `range`, also
// read from problem.yaml's `grading:`) and 2025-09 test_group.yaml (`max_score`,
// `score_aggregation`, `require_pass`, `static_validation_score`; the 2023-07 drafts
// wrote the first three as `scoring: { score, aggregation, require_pass }`). Only scoring
// problems read them; group-config.ts has already refused unknown keys in the same files.

import { z } from 'zod';
import { ProblemFileError } from '../../errors.js';
import { suggestionFor } from '../../common/did-you-mean.js';
import { problemFileErrorFromIssues } from '../../common/issue-to-error.js';
import { addIssue, describeValue, oneOfForms } from '../../common/schema-fields.js';
import { readYamlFile } from '../../common/yaml-file.js';
import { splitFlags } from './flags-field.js';

export const GRADER_FLAGS = ['worst_error', 'no_errors', 'first_error', 'always_accept', 'sum', 'avg', 'min', 'max', 'ignore_sample', 'accept_if_any_accepted'] as const;

/** The legacy keys a group sets itself (inherited down the tree when absent). */
export interface LegacyKeys {
  onReject?: 'break' | 'continue';
  grading?: 'default' | 'custom';
  graderFlags?: string[];
  acceptScore?: number;
  rejectScore?: number;
  range?: { min: number; max: number };
}

/** The 2025-09 keys (not inherited: each group and secret has its own). */
export interface ModernKeys {
  maxScore?: number | 'unbounded';
  aggregation?: 'pass-fail' | 'sum' | 'min';
  requirePass?: string[];
  staticValidationScore?: unknown;
}

export interface GroupScoringKeys {
  file: string;
  legacy: LegacyKeys;
  modern: ModernKeys;
  /** The first key of each generation written, for messages ("max_score", "accept_score"). */
  firstLegacyKey: string | undefined;
  firstModernKey: string | undefined;
}

export const finiteNumber = (example: string) => z.unknown().transform((value, ctx) => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  addIssue(ctx, `expected a number, got ${describeValue(value)}`, `write it like ${example}`);
  return z.NEVER;
});

/** Legacy `range: "A B"`; inf, -inf and +inf allowed. */
export const rangeField = z.unknown().transform((value, ctx) => {
  const words = typeof value === 'string' ? value.trim().split(/\s+/) : [];
  const numbers = words.map((word) => (/^[+-]?inf$/i.test(word) ? (word.startsWith('-') ? -Infinity : Infinity) : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(word) ? Number(word) : Number.NaN));
  if (numbers.length !== 2 || numbers.some(Number.isNaN)) {
    addIssue(ctx, `expected two numbers, got ${describeValue(value)}`, 'write it like range: 0 100 (inf and -inf allowed)');
    return z.NEVER;
  }
  const [min, max] = numbers as [number, number];
  if (min > max) {
    addIssue(ctx, `${min} is above ${max}`, 'write the lower end first, like range: 0 100');
    return z.NEVER;
  }
  return { min, max };
});

const graderFlags = z.unknown().transform((value, ctx) => {
  const flags = value === null ? [] : typeof value === 'string' ? splitFlags(value) : undefined;
  if (flags === undefined) {
    addIssue(ctx, `expected flags as text, got ${describeValue(value)}`, 'write them like grader_flags: first_error min');
    return z.NEVER;
  }
  const unknown = flags.find((flag) => !(GRADER_FLAGS as readonly string[]).includes(flag));
  if (unknown !== undefined) {
    addIssue(ctx, `"${unknown}" is not a flag of the default grader`, suggestionFor(unknown, GRADER_FLAGS));
    return z.NEVER;
  }
  return flags;
});

const maxScore = z.unknown().transform((value, ctx): number | 'unbounded' => {
  if (value === 'unbounded') return value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  addIssue(ctx, `expected a whole number of points or unbounded, got ${describeValue(value)}`, 'write it like max_score: 40');
  return z.NEVER;
});

const aggregation = z.enum(['pass-fail', 'sum', 'min']);
const requirePass = oneOfForms(
  { text: z.string().transform((name) => [name]), list: z.array(z.string()) },
  { what: 'a group name or a list of them', fix: 'write it like require_pass: [sample, secret/group1]' },
);

const legacyShape = {
  on_reject: z.enum(['break', 'continue']).optional(),
  grading: z.enum(['default', 'custom']).optional(),
  grader_flags: graderFlags.optional(),
  accept_score: finiteNumber('accept_score: 25').optional(),
  reject_score: finiteNumber('reject_score: 0').optional(),
  range: rangeField.optional(),
};

const modernShape = {
  max_score: maxScore.optional(),
  score_aggregation: aggregation.optional(),
  require_pass: requirePass.optional(),
  static_validation_score: z.unknown().optional(),
  // The 2023-07 drafts' form of the three keys above.
  scoring: z.strictObject({ score: maxScore.optional(), aggregation: aggregation.optional(), require_pass: requirePass.optional() }).optional(),
};

// Not strict: the file's other keys are group-config.ts's to check.
const scoringSchema = z.object({ ...legacyShape, ...modernShape });

const FIELD_FIXES: Record<string, string> = {
  on_reject: 'write on_reject: break or on_reject: continue',
  grading: 'write grading: default (letscode runs no custom graders)',
  score_aggregation: 'write score_aggregation: pass-fail, sum or min',
  'scoring.aggregation': 'write aggregation: pass-fail, sum or min',
  scoring: 'write it like scoring: { score: 40, aggregation: sum }',
};

/** The scoring keys of a config file; a file that does not exist sets none. */
export async function readGroupScoringKeys(file: string): Promise<GroupScoringKeys> {
  const data = (await readYamlFile(file)) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ProblemFileError(file, undefined, `expected a mapping of keys, got ${describeValue(data)}`, 'write it as key: value lines');
  }
  const parsed = scoringSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    throw problemFileErrorFromIssues(file, parsed.error.issues, { knownFields: { scoring: ['score', 'aggregation', 'require_pass'] }, fieldFixes: FIELD_FIXES });
  }
  const keys = parsed.data;
  const written = Object.keys(data).filter((key) => (keys as Record<string, unknown>)[key] !== undefined);
  return {
    file,
    legacy: withoutUndefined({
      onReject: keys.on_reject, grading: keys.grading, graderFlags: keys.grader_flags,
      acceptScore: keys.accept_score, rejectScore: keys.reject_score, range: keys.range,
    }),
    modern: withoutUndefined({
      maxScore: keys.max_score ?? keys.scoring?.score,
      aggregation: keys.score_aggregation ?? keys.scoring?.aggregation,
      requirePass: keys.require_pass ?? keys.scoring?.require_pass,
      staticValidationScore: keys.static_validation_score,
    }),
    firstLegacyKey: written.find((key) => Object.hasOwn(legacyShape, key)),
    firstModernKey: written.find((key) => Object.hasOwn(modernShape, key)),
  };
}

/** A file with none of the keys. */
export function noScoringKeys(file: string): GroupScoringKeys {
  return { file, legacy: {}, modern: {}, firstLegacyKey: undefined, firstModernKey: undefined };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, each]) => each !== undefined)) as T;
}
