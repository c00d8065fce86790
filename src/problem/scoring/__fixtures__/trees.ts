// Scoring trees written as data for the evaluator's tests: groups and tests with just the
// fields a case is about, the rest at the defaults of a plain sum.

import type { Verdict } from '../../../common/verdicts.js';
import type { TestOutcome } from '../evaluate.js';
import { FIRST_ERROR, type ScoreGroup, type ScoreNode, type ScoreTest, type ScoringSpec } from '../model.js';

export function test(name: string, fields: Partial<ScoreTest> = {}): ScoreTest {
  return { kind: 'test', name, acceptScore: 1, rejectScore: 0, maxScore: fields.acceptScore ?? 1, validatorScore: { kind: 'ignored' }, ...fields };
}

export function group(name: string, children: ScoreNode[], fields: Partial<ScoreGroup> = {}): ScoreGroup {
  return { kind: 'group', name, reported: name !== '', children, score: { kind: 'sum' }, verdict: FIRST_ERROR, onReject: 'continue', maxScore: 0, requirePass: [], ...fields };
}

export function spec(root: ScoreGroup, fields: Partial<ScoringSpec> = {}): ScoringSpec {
  return { format: 'native', root, rejectedScoresZero: false, unscoredTests: { kind: 'ignored' }, ...fields };
}

/** "AC AC WA" over the names given, in order. */
export function outcomes(names: readonly string[], verdicts: string): Map<string, TestOutcome> {
  const words = verdicts.split(/\s+/).filter(Boolean) as Verdict[];
  return new Map(names.map((name, index) => [name, { verdict: words[index] ?? 'AC' }]));
}
