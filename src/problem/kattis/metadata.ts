// problem.yaml of a Kattis / ICPC problem package (legacy, the 2023-07 drafts, 2025-09),
// read for the keys letscode uses. The format's other keys (uuid, credits, source,
// license, keywords, ...) are allowed and ignored (spec-keys.ts); a key of no version, or
// one letscode uses but cannot read, is a ProblemFileError naming problem.yaml, the field
// and the fix ("limits.time_limt: unknown field (did you mean time_limit?)").

import { z } from 'zod';
import { ProblemFileError } from '../../errors.js';
import { closestMatch, suggestionFor } from '../../common/did-you-mean.js';
import { problemFileErrorFromIssues } from '../../common/issue-to-error.js';
import { addIssue, describeValue, integerField, nameField, oneOfForms } from '../../common/schema-fields.js';
import { readYamlFile } from '../../common/yaml-file.js';
import { flagsField } from './flags-field.js';
import { FORMAT_DEFAULTS, type FormatGeneration } from './format-defaults.js';
import { finiteNumber, rangeField, type LegacyKeys } from './scoring-keys.js';
import { IGNORED_LIMIT_KEYS, IGNORED_PROBLEM_KEYS, ignoredKeys } from './spec-keys.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** What problem.yaml says about scoring. */
export interface KattisScoringMetadata {
  /** Legacy `validation: custom score`: the output validator writes score.txt. */
  customScore: boolean;
  /** Legacy `grading.objective`. */
  objective: 'max' | 'min';
  /**
   * Legacy problem.yaml `grading:`: its accept_score, reject_score, range and on_reject
   * (first_error is break, grade is continue) apply to every test group.
   */
  keys: LegacyKeys;
}

export interface KattisMetadata {
  /** 'legacy' before problem_format_version existed; 'modern' for 2023-07 and later. */
  version: FormatGeneration;
  name: string | undefined;
  interactive: boolean;
  /** `type: scoring` (or a list with it); undefined for pass-fail problems. */
  scoring?: KattisScoringMetadata | undefined;
  /** Legacy `validation: custom ...`; undefined when not written (newer versions look for output_validator/). */
  customValidation: boolean | undefined;
  /** problem.yaml `validator_flags`, split on whitespace. */
  validatorFlags: string[];
  timeLimitMs: number | undefined;
  /** Legacy limits.time_multiplier, else limits.time_multipliers.ac_to_time_limit (defaults: format-defaults.ts). */
  acToTimeLimit: number;
  /** limits.time_resolution. */
  resolutionMs: number;
  /** limits.memory, or the version's default. */
  memoryBytes: number;
  /** limits.output, or the version's default. */
  outputBytes: number;
  /** limits.code: the largest submission a judge takes. */
  codeBytes: number;
}

const LEGACY_VERSIONS = FORMAT_DEFAULTS.legacy.versions;
// A version letscode does not know (2099-01) may change any rule: better refused than misread.
const MODERN_VERSIONS = FORMAT_DEFAULTS.modern.versions;
const KNOWN_VERSIONS = [...LEGACY_VERSIONS, ...MODERN_VERSIONS];
const PROBLEM_TYPES = ['pass-fail', 'scoring', 'interactive', 'multi-pass', 'submit-answer'];
const UNSUPPORTED_TYPES = ['multi-pass', 'submit-answer'];

function positiveNumber(unit: string, example: string, min = 0) {
  return z.unknown().transform((value, ctx) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      addIssue(ctx, `expected a number of ${unit}, got ${describeValue(value)}`, `write it like ${example}`);
      return z.NEVER;
    }
    if (min === 0 ? value <= 0 : value < min) {
      addIssue(ctx, `must be ${min === 0 ? 'greater than 0' : `at least ${min}`}, got ${value}`, `write it like ${example}`);
      return z.NEVER;
    }
    return value;
  });
}

const version = z.unknown().transform((value, ctx): 'legacy' | 'modern' => {
  if (typeof value === 'string' && LEGACY_VERSIONS.includes(value)) return 'legacy';
  if (typeof value === 'string' && MODERN_VERSIONS.includes(value)) return 'modern';
  const guess = closestMatch(String(value), KNOWN_VERSIONS);
  const hint = guess === undefined ? '' : `did you mean ${guess}? `;
  addIssue(ctx, `${describeValue(value)} is not a format version letscode reads`, `${hint}write one of ${KNOWN_VERSIONS.join(', ')} (quoted, so YAML keeps it text)`);
  return z.NEVER;
});

const name = oneOfForms(
  {
    text: nameField('name: Hello World'),
    number: nameField('name: Hello World'),
    // 2023-07+: one name per language; English, else the first one written.
    mapping: z.record(z.string(), nameField('en: Hello World')).transform((names) => names.en ?? Object.values(names)[0]),
  },
  { what: 'a name or a mapping from language to name', fix: 'write it like name: Hello World or name: { en: Hello World }' },
);

const problemType = z.string().transform((value, ctx) => {
  if (!PROBLEM_TYPES.includes(value)) addIssue(ctx, `"${value}" is not a problem type`, suggestionFor(value, PROBLEM_TYPES));
  else if (UNSUPPORTED_TYPES.includes(value)) addIssue(ctx, `letscode cannot judge ${value} problems`, 'judge it with a system that supports them');
  return value;
});
const types = oneOfForms(
  {
    text: problemType.transform((value) => [value]),
    list: z.array(problemType).min(1).transform((list, ctx) => {
      if (list.includes('pass-fail') && list.includes('scoring')) addIssue(ctx, 'pass-fail and scoring exclude each other', 'keep one of them');
      return list;
    }),
  },
  { what: 'a problem type or a list of them', fix: 'write it like type: pass-fail or type: [pass-fail, interactive]' },
);

/** Legacy `validation: default | custom [interactive] [score]`. */
const validation = z.string().transform((value, ctx) => {
  const [mode = '', ...options] = value.trim().split(/\s+/);
  const fix = 'write validation: default, or custom followed by interactive and/or score';
  if (mode !== 'default' && mode !== 'custom') addIssue(ctx, `"${value}" does not start with default or custom`, fix);
  else if (options.some((option) => mode === 'default' || (option !== 'interactive' && option !== 'score'))) addIssue(ctx, `"${value}" is not a validation mode`, fix);
  return { custom: mode === 'custom', interactive: options.includes('interactive'), score: mode === 'custom' && options.includes('score') };
});

/** Legacy `grading:`. objective and show_test_data_groups belong to the judge system's scoreboard. */
const gradingShape = {
  objective: z.enum(['max', 'min']).optional(),
  show_test_data_groups: z.boolean().optional(),
  accept_score: finiteNumber('accept_score: 1').optional(),
  reject_score: finiteNumber('reject_score: 0').optional(),
  range: rangeField.optional(),
  on_reject: z.enum(['first_error', 'worst_error', 'grade']).optional(),
};

const ON_REJECT: Record<'first_error' | 'worst_error' | 'grade', LegacyKeys['onReject']> = { first_error: 'break', grade: 'continue', worst_error: undefined };

const timeMultipliersShape = {
  ac_to_time_limit: positiveNumber('times the slowest accepted run', 'ac_to_time_limit: 2.0', 1).optional(),
  time_limit_to_tle: positiveNumber('times the time limit', 'time_limit_to_tle: 1.5', 1).optional(),
};

const limitsShape = {
  time_limit: positiveNumber('seconds', 'time_limit: 2.5').optional(),
  time_multiplier: positiveNumber('times the slowest accepted run', 'time_multiplier: 5', 1).optional(),
  time_safety_margin: positiveNumber('times the time limit', 'time_safety_margin: 2', 1).optional(),
  time_multipliers: z.strictObject(timeMultipliersShape).nullish(),
  time_resolution: positiveNumber('seconds', 'time_resolution: 1.0').optional(),
  memory: integerField({ min: 1, max: 1024 * 1024 }, 'memory: 2048 (MiB)').optional(),
  output: integerField({ min: 1, max: 64 * 1024 }, 'output: 8 (MiB)').optional(),
  code: integerField({ min: 1, max: 1024 * 1024 }, 'code: 128 (KiB)').optional(),
  ...ignoredKeys(IGNORED_LIMIT_KEYS),
};

const metadataShape = {
  problem_format_version: version.optional(),
  name: name.optional(),
  type: types.optional(),
  validation: validation.optional(),
  validator_flags: flagsField.optional(),
  limits: z.strictObject(limitsShape).nullish(),
  ...ignoredKeys(IGNORED_PROBLEM_KEYS),
  grading: z.strictObject(gradingShape).nullish(),
};

/** The keys of each mapping, by path, for "did you mean". */
const KNOWN_FIELDS: Record<string, readonly string[]> = {
  '': Object.keys(metadataShape),
  limits: Object.keys(limitsShape),
  grading: Object.keys(gradingShape),
  'limits.time_multipliers': Object.keys(timeMultipliersShape),
};

const metadataSchema = z.strictObject(metadataShape).transform((file): KattisMetadata => {
  const formatVersion = file.problem_format_version ?? 'legacy';
  const grading = file.grading ?? {};
  const onReject = grading.on_reject === undefined ? undefined : ON_REJECT[grading.on_reject];
  const gradingKeys: LegacyKeys = Object.fromEntries(
    Object.entries({ acceptScore: grading.accept_score, rejectScore: grading.reject_score, range: grading.range, onReject }).filter(([, value]) => value !== undefined),
  );
  const defaults = FORMAT_DEFAULTS[formatVersion];
  const limits = file.limits ?? {};
  // Each version reads its own key; the other version's is allowed and ignored. The TLE
  // margins (time_safety_margin, time_limit_to_tle) are checked but not used: verify's
  // own 20% margin decides its timing warnings (verify/timing.ts).
  const acToTimeLimit = formatVersion === 'legacy' ? limits.time_multiplier : limits.time_multipliers?.ac_to_time_limit;
  const timeLimitSeconds = limits.time_limit;
  const resolutionSeconds = limits.time_resolution ?? defaults.timeResolutionSeconds;
  return {
    version: formatVersion,
    name: file.name,
    interactive: (file.type ?? []).includes('interactive') || file.validation?.interactive === true,
    scoring: (file.type ?? []).includes('scoring')
      ? { customScore: file.validation?.score === true, objective: grading.objective ?? 'max', keys: gradingKeys }
      : undefined,
    customValidation: file.validation?.custom,
    validatorFlags: file.validator_flags ?? [],
    timeLimitMs: timeLimitSeconds === undefined ? undefined : Math.max(1, Math.round(timeLimitSeconds * 1000)),
    acToTimeLimit: acToTimeLimit ?? defaults.acToTimeLimit,
    resolutionMs: Math.max(1, Math.round(resolutionSeconds * 1000)),
    memoryBytes: (limits.memory ?? defaults.memoryMiB) * MiB,
    outputBytes: (limits.output ?? defaults.outputMiB) * MiB,
    codeBytes: (limits.code ?? defaults.codeKiB) * KiB,
  };
});

const FIELD_FIXES: Record<string, string> = {
  name: 'write it like name: Hello World',
  validation: 'write validation: default, or custom followed by interactive and/or score',
  limits: 'write limits as a mapping, e.g. limits: { time_limit: 2, memory: 2048 }',
  'limits.time_multipliers': 'write it like time_multipliers: { ac_to_time_limit: 2.0, time_limit_to_tle: 1.5 }',
  type: 'write it like type: pass-fail or type: [pass-fail, interactive]',
  grading: 'write it like grading: { objective: max }',
  'grading.on_reject': 'write on_reject: first_error, worst_error or grade',
  'grading.objective': 'write objective: max',
};

export async function readKattisMetadata(problemYamlPath: string): Promise<KattisMetadata> {
  const data = (await readYamlFile(problemYamlPath)) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ProblemFileError(problemYamlPath, undefined, `expected a mapping of keys, got ${describeValue(data)}`, 'write problem.yaml as key: value lines');
  }
  rejectMisplacedLimits(problemYamlPath, data);
  const parsed = metadataSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw problemFileErrorFromIssues(problemYamlPath, parsed.error.issues, { knownFields: KNOWN_FIELDS, fieldFixes: FIELD_FIXES });
  return parsed.data;
}

/** `time_limit: 2` at the top, as a native problem.yaml has it: say where it goes rather than list every key. */
function rejectMisplacedLimits(problemYamlPath: string, data: object): void {
  const misplaced = Object.keys(data).find((key) => !Object.hasOwn(metadataShape, key) && Object.hasOwn(limitsShape, key));
  if (misplaced !== undefined) {
    throw new ProblemFileError(problemYamlPath, misplaced, 'unknown field', `did you mean limits.${misplaced}? write it under limits:, e.g. limits: { ${misplaced}: ... }`);
  }
}
