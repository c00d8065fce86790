// The keys the Kattis package format defines that letscode does not use, in every version
// it reads: legacy (and legacy-icpc), the 2023-07 drafts and 2025-09. They are allowed
// and ignored, whatever problem_format_version says, so a package written for any of
// those versions (or caught half-way through an upgrade) loads.
//
// Every other key is an error, as in a native problem.yaml. The spec says unknown keys
// "should be treated as an error", and problemtools, the format's reference checker,
// rejects them in problem.yaml, so packages checked with it carry no vendor keys to
// allow; a typo, meanwhile, silently changes how a problem is judged (`time_limt` turns
// a given time limit into a derived one, a misspelt `output_validator_args` drops flags).

import { z } from 'zod';

/** problem.yaml, at the top. */
export const IGNORED_PROBLEM_KEYS = [
  'uuid', 'version', 'credits', 'source', 'license', 'rights_owner', 'embargo_until', 'keywords',
  'languages', 'allow_file_writing', 'constants',
  // legacy only
  'author', 'source_url',
] as const;

/** problem.yaml `limits`. */
export const IGNORED_LIMIT_KEYS = [
  'compilation_time', 'compilation_memory', 'validation_time', 'validation_memory', 'validation_output',
  // 2025-09, multi-pass problems (which letscode refuses anyway)
  'validation_passes',
] as const;

/**
 * test_group.yaml (2025-09), testdata.yaml (legacy, 2023-07 drafts) and a case's NAME.yaml:
 * one set for the three, as letscode reads the validator flags from each of them.
 */
export const IGNORED_GROUP_CONFIG_KEYS = [
  // 2025-09 test groups: scoring, static validation, visualizers, feedback
  'max_score', 'score_aggregation', 'static_validation_score', 'static_validator_args', 'require_pass',
  'input_visualizer_args', 'output_visualizer_args', 'full_feedback',
  // 2025-09: command-line arguments for the submission (not passed by letscode; see the README)
  'args',
  // 2025-09 NAME.yaml
  'hint', 'description',
  // legacy testdata.yaml: graders and scores; 2023-07 drafts: scoring
  'on_reject', 'grading', 'grader_flags', 'accept_score', 'reject_score', 'range', 'scoring',
] as const;

/**
 * Shape entries for a strict zod object: the keys are allowed, their values never read.
 * Optional, or zod calls an absent one missing as soon as another field fails.
 */
export function ignoredKeys<Key extends string>(keys: readonly Key[]): Record<Key, z.ZodOptional<z.ZodUnknown>> {
  return Object.fromEntries(keys.map((key) => [key, z.unknown().optional()])) as Record<Key, z.ZodOptional<z.ZodUnknown>>;
}
