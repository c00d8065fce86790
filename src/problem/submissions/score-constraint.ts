// What a submission's score must be: submissions.yaml `score` (2025-09: a number, or an
// inclusive range [lo, hi]), accepted/'s full score and legacy partially_accepted/'s
// "some, but not all" on a scoring problem. Scores carry six decimals, so comparisons
// allow that much rounding.

import { formatScore } from '../../common/format-units.js';

export type ScoreConstraint =
  /** An exact score is a range with lo = hi. */
  | { kind: 'range'; min: number; max: number }
  /** The problem's maximum (accepted/ on a scoring problem). */
  | { kind: 'full' }
  /** Above 0 and below the maximum (legacy partially_accepted/). */
  | { kind: 'partial' };

const EPSILON = 1e-6;

export function scoreMeets(constraint: ScoreConstraint, score: number, maxScore: number): boolean {
  switch (constraint.kind) {
    case 'range':
      return score >= constraint.min - EPSILON && score <= constraint.max + EPSILON;
    case 'full':
      return score >= maxScore - EPSILON;
    case 'partial':
      return score > EPSILON && score < maxScore - EPSILON;
  }
}

/** "score 50", "score 40 to 60", "full score", "a partial score". */
export function describeScoreConstraint(constraint: ScoreConstraint): string {
  switch (constraint.kind) {
    case 'range':
      return constraint.min === constraint.max ? `score ${formatScore(constraint.min)}` : `score ${formatScore(constraint.min)} to ${formatScore(constraint.max)}`;
    case 'full':
      return 'full score';
    case 'partial':
      return 'a score above 0 and below full';
  }
}
