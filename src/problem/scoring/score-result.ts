// A submission's score on a scoring problem, in total and per group, from its tests'
// verdicts. A judge error leaves a test's own result unknown: the tree is scored once as if
// every such test had passed (with its highest score) and once as if it had failed; where
// the two agree (a batch another test already failed, a min that is already 0) the score is
// known, elsewhere it is null: unknown, never a guess. Verdicts come from the real outcomes,
// so a group with a judge error in it says JE.

import type { Verdict } from '../../common/verdicts.js';
import { evaluate, type Evaluation, type TestOutcome } from './evaluate.js';
import { groupsOf, testsBelow, type ScoreGroup, type ScoreTest, type ScoringSpec } from './model.js';

export interface GroupScore {
  name: string;
  /** Null when a judge error leaves it unknown. */
  score: number | null;
  maxScore: number;
  verdict: Verdict;
}

export interface ScoreResult {
  /** Null when a judge error leaves it unknown. */
  score: number | null;
  maxScore: number;
  /** The groups reports list, in the problem's order. */
  groups: GroupScore[];
  /** Every named group, listed or not (Kattis `secret` itself): what submissions.yaml `score` globs match. */
  namedGroups: GroupScore[];
}

/**
 * Scores `outcomes` (by test name) on the tree. A test without an outcome never ran (the
 * submission did not compile): it counts as `notRun`.
 */
export function scoreOutcomes(spec: ScoringSpec, outcomes: ReadonlyMap<string, TestOutcome>, notRun: Verdict = 'CE'): ScoreResult {
  const actual = (name: string): TestOutcome => outcomes.get(name) ?? { verdict: notRun };
  const real = evaluate(spec, actual);
  const hasJudgeError = [...outcomes.values()].some((outcome) => outcome.verdict === 'JE');
  const bounds = hasJudgeError ? judgeErrorBounds(spec, actual) : { low: real, high: real };
  const known = (pick: (evaluation: Evaluation) => number): number | null => {
    const low = pick(bounds.low);
    return low === pick(bounds.high) ? low : null;
  };
  const groupScore = (group: ScoreGroup): GroupScore => ({
    name: group.name,
    score: known((evaluation) => evaluation.groups.get(group)!.score),
    maxScore: group.maxScore,
    verdict: real.groups.get(group)!.verdict,
  });
  const all = groupsOf(spec.root);
  return {
    score: known((evaluation) => evaluation.score),
    maxScore: spec.root.maxScore,
    groups: all.filter((group) => group.reported).map(groupScore),
    namedGroups: all.filter((group) => group.name !== '').map(groupScore),
  };
}

/** The tree scored with every judge error as a pass (at the test's best) and as a failure. */
function judgeErrorBounds(spec: ScoringSpec, actual: (name: string) => TestOutcome): { low: Evaluation; high: Evaluation } {
  const tests = new Map<string, ScoreTest>(testsBelow(spec.root).map((test) => [test.name, test]));
  const asIf = (replace: (name: string) => TestOutcome) => (name: string) => {
    const outcome = actual(name);
    return outcome.verdict === 'JE' ? replace(name) : outcome;
  };
  return {
    low: evaluate(spec, asIf(() => ({ verdict: 'WA' }))),
    high: evaluate(spec, asIf((name) => ({ verdict: 'AC', validatorScore: bestScore(tests.get(name)) }))),
  };
}

function bestScore(test: ScoreTest | undefined): number | undefined {
  if (test === undefined) return undefined;
  return test.validatorScore.kind === 'allowed' ? Math.max(test.acceptScore, test.maxScore) : test.acceptScore;
}

/** Did the submission get everything there was to get? Unknown is not full. */
export function isFullScore(result: Pick<ScoreResult, 'score' | 'maxScore'>): boolean {
  return result.score !== null && result.score >= result.maxScore - 1e-6;
}
