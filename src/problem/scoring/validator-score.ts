// What a custom output validator's (or interactor's) score files mean for one test:
// score.txt (legacy `validation: custom score`, Kattis 2025-09) or score_multiplier.txt
// (2025-09) replace the accept score of an accepted run. Whatever breaks the format's rules
// (a score for a rejected run, a file the problem does not allow, text that is no number,
// a score above the test's maximum) is a judge error, as the spec says: the validator's
// mistake, never the submission's.

import type { ScoreTest, ValidatorScorePolicy } from './model.js';

/** The raw text of the score files the validator left in its feedback folder. */
export interface ScoreFiles {
  score?: string | undefined;
  multiplier?: string | undefined;
}

export type ValidatorScoreDecision =
  | { kind: 'none' }
  /** The test's score (a multiplier already applied to the test's maximum). */
  | { kind: 'score'; value: number }
  /** A judge error, in words. */
  | { kind: 'invalid'; message: string };

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

export function decideValidatorScore(policy: ValidatorScorePolicy, test: ScoreTest | undefined, files: ScoreFiles, accepted: boolean): ValidatorScoreDecision {
  if (policy.kind === 'ignored') return { kind: 'none' };
  // Legacy packages know score.txt only; a multiplier file there is nothing of theirs.
  const multiplier = policy.kind === 'allowed' && !policy.multiplier ? undefined : files.multiplier;
  const written = [files.score !== undefined ? 'score.txt' : null, multiplier !== undefined ? 'score_multiplier.txt' : null].filter((name): name is string => name !== null);
  if (written.length === 0) {
    if (accepted && policy.kind === 'allowed' && policy.required) return invalid('accepted the output but wrote no score.txt, which this problem needs (validation: custom score)');
    return { kind: 'none' };
  }
  if (policy.kind === 'forbidden') return invalid(`wrote ${written.join(' and ')}, but ${policy.reason}`);
  if (!accepted) return invalid(`wrote ${written.join(' and ')} for an output it rejected`);
  if (written.length > 1) return invalid('wrote both score.txt and score_multiplier.txt');
  const text = (files.score ?? multiplier ?? '').trim();
  const file = written[0]!;
  if (!NUMBER.test(text)) return invalid(`wrote ${JSON.stringify(text.slice(0, 40))} to ${file}, which is not a number`);
  const value = Number(text);
  const max = test?.maxScore ?? 0;
  if (files.score === undefined) {
    if (value < 0 || value > 1) return invalid(`wrote ${value} to score_multiplier.txt, outside 0 to 1`);
    return { kind: 'score', value: value * max };
  }
  // The 2025-09 bounds; legacy scores may be any number the problem's range allows.
  if (policy.multiplier && (value < 0 || value > max + 1e-9)) return invalid(`wrote ${value} to score.txt, outside 0 to this test's maximum ${max}`);
  return { kind: 'score', value };
}

function invalid(what: string): ValidatorScoreDecision {
  return { kind: 'invalid', message: `the validator ${what}` };
}
