// What one example submission must get, as a list of rules: its folder's default (from
// the table in expectations.ts, or as submissions.yaml overrides it when the yaml has a key
// that is exactly the folder's name; an @EXPECTED_RESULTS@ tag in the source replaces
// either) plus every other submissions.yaml entry whose glob matches the submission, each
// possibly limited to the tests a group glob matches.

import type { Verdict } from '../../common/verdicts.js';
import { EXPECTED_RESULTS_TAG } from './expected-results-tag.js';
import { expectationFor, type TimeBound } from './folder-defaults.js';
import { globMatches } from './glob.js';
import type { Constraints, SubmissionsYamlEntry } from './submissions-yaml.js';
import { describeScoreConstraint, type ScoreConstraint } from './score-constraint.js';

export const SUBMISSIONS_YAML = 'submissions.yaml';

export interface Rule {
  /** Where it was written ("submissions.yaml accepted/*"); null for a folder's default. */
  source: string | null;
  /** Glob over test names ("secret/group1"); null: every test. */
  tests: string | null;
  /** Every test in scope gets one of these; null: anything but a compile error. */
  permitted: readonly Verdict[] | null;
  /** Some test in scope gets one of these; null: no such requirement. */
  required: readonly Verdict[] | null;
  /** Some test in scope has a judge message containing this. */
  message: string | null;
  /** The submission's overall verdict (first failing test's, or CE) is one of these (@EXPECTED_RESULTS@). */
  final: readonly Verdict[] | null;
  timeBound: TimeBound;
  /**
   * Scoring problems: the submission's score (tests null) or each scored group's that the
   * glob names; absent when the rule says nothing about it.
   */
  score?: ScoreConstraint;
}

export interface SubmissionExpectation {
  /** The submission's folder under submissions/. */
  folder: string;
  /** What the rules promise, in words, for reports. */
  description: string;
  rules: readonly Rule[];
  /** submissions.yaml `language`: overrides the file extension. */
  language: string | null;
}

/**
 * The rules for the submission at `path` (relative to submissions/: "accepted/sum.cpp");
 * undefined when nothing applies (an unknown folder, no yaml entry, no tag).
 * `expectedResults`: the verdicts of an @EXPECTED_RESULTS@ tag in its source. On a scoring
 * problem the folder defaults speak about the score too (accepted/: full score).
 */
export function submissionExpectation(
  path: string,
  yaml: readonly SubmissionsYamlEntry[],
  expectedResults: readonly Verdict[] | null = null,
  options: { scoring: boolean } = { scoring: false },
): SubmissionExpectation | undefined {
  const folder = path.split('/')[0]!;
  const folderDefault = expectationFor(folder, options);
  const defaultScore: { score?: ScoreConstraint } = options.scoring && folderDefault?.score ? { score: { kind: folderDefault.score } } : {};
  const override = folderDefault ? yaml.find((entry) => trimSlashes(entry.pattern) === folder) : undefined;
  const matching = yaml.filter((entry) => entry !== override && globMatches(entry.pattern, path));
  const rules: Rule[] = [];
  if (expectedResults) rules.push(finalVerdictRule(expectedResults));
  if (folderDefault) {
    const base: Rule = {
      source: null, tests: null, permitted: folderDefault.permitted,
      required: folderDefault.required.length > 0 ? folderDefault.required : null, message: null, final: null, timeBound: folderDefault.timeBound,
      ...defaultScore,
    };
    if (!expectedResults) rules.push(override?.constraints ? overridden(base, override.constraints, sourceOf(override)) : base);
    if (override) rules.push(...groupRules(override));
  }
  for (const entry of matching) {
    if (entry.constraints) rules.push(ruleFrom(entry.constraints, sourceOf(entry), null));
    rules.push(...groupRules(entry));
  }
  if (rules.length === 0) return undefined;
  const language = [override, ...matching].reduce<string | null>((chosen, entry) => entry?.language ?? chosen, null);
  const plain = rules.length === 1 && rules[0]!.source === null;
  const description = plain ? describeFolderDefault(folderDefault!.description, rules[0]!) : rules.map(describeRule).join('; ');
  return { folder, description, rules, language };
}

/** "every test AC", and on a scoring problem ", full score". */
function describeFolderDefault(description: string, rule: Rule): string {
  return rule.score && !description.includes('score') ? `${description}, ${describeScoreConstraint(rule.score)}` : description;
}

/** The tag decides the whole submission: its folder's default no longer applies. */
function finalVerdictRule(verdicts: readonly Verdict[]): Rule {
  const timeBound: TimeBound = verdicts.every((verdict) => verdict === 'TLE') ? 'upper' : verdicts.includes('TLE') ? 'none' : 'lower';
  return { source: EXPECTED_RESULTS_TAG, tests: null, permitted: null, required: null, message: null, final: verdicts, timeBound };
}

/** The folder default with the yaml's keys over it; unset keys are inherited. */
function overridden(base: Rule, constraints: Constraints, source: string): Rule {
  const permitted = constraints.permitted ?? base.permitted;
  const required = constraints.required ?? base.required;
  const changed = constraints.permitted !== null || constraints.required !== null || constraints.useForTimeLimit !== null;
  const score = constraints.score ?? base.score;
  return {
    source, tests: null, permitted, required, message: constraints.message, final: null,
    timeBound: changed ? timeBoundOf({ ...constraints, permitted, required }) : base.timeBound,
    ...(score ? { score } : {}),
  };
}

function groupRules(entry: SubmissionsYamlEntry): Rule[] {
  return entry.groups.map((group) => ruleFrom(group.constraints, sourceOf(entry), group.tests));
}

function ruleFrom(constraints: Constraints, source: string, tests: string | null): Rule {
  return {
    source, tests, permitted: constraints.permitted, required: constraints.required, message: constraints.message, final: null, timeBound: timeBoundOf(constraints),
    ...(constraints.score ? { score: constraints.score } : {}),
  };
}

/**
 * The format's time limit inference: a rule that requires TLE (and nothing else) bounds
 * the limit from above; one that permits no TLE bounds it from below; use_for_time_limit
 * says so explicitly, or opts out.
 */
export function timeBoundOf(constraints: Constraints): TimeBound {
  const use = constraints.useForTimeLimit;
  if (use === false) return 'none';
  if (use === 'lower' || use === 'upper') return use;
  if (constraints.required?.every((verdict) => verdict === 'TLE')) return 'upper';
  if (constraints.permitted && !constraints.permitted.includes('TLE')) return 'lower';
  return 'none';
}

/** "on secret/*-hard: only AC or TLE, some TLE" */
export function describeRule(rule: Rule): string {
  const parts = [
    rule.final && `final verdict ${orList(rule.final)}`,
    rule.permitted && `only ${orList(rule.permitted)}`,
    rule.required && `some ${orList(rule.required)}`,
    rule.message && `a judge message with "${rule.message}"`,
    rule.score && describeScoreConstraint(rule.score),
  ].filter((part): part is string => Boolean(part));
  const what = parts.length > 0 ? parts.join(', ') : 'anything';
  return rule.tests ? `on ${rule.tests}: ${what}` : what;
}

export function orList(verdicts: readonly string[]): string {
  return verdicts.length === 1 ? verdicts[0]! : `${verdicts.slice(0, -1).join(', ')} or ${verdicts[verdicts.length - 1]}`;
}

function sourceOf(entry: SubmissionsYamlEntry): string {
  return `${SUBMISSIONS_YAML} ${entry.pattern}`;
}

function trimSlashes(pattern: string): string {
  return pattern.replace(/^\/+|\/+$/g, '');
}
