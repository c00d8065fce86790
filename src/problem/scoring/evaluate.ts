// One pass over a scoring tree: each test's verdict gives it a score (its accept score, or
// the validator's, when accepted; its reject score otherwise), and each group aggregates its
// children the way its rule says, depth first, exactly as the legacy default grader and the
// 2025-09 result aggregation define it. Pure: the verdicts come in, a result per group goes
// out. score-result.ts runs it more than once to tell a known score from one a judge error
// leaves open.

import type { Verdict } from '../../common/verdicts.js';
import type { GroupVerdictRule, ScoreGroup, ScoreNode, ScoreTest, ScoringSpec } from './model.js';
import { testsBelow } from './model.js';

/** What the judge said about one test. */
export interface TestOutcome {
  verdict: Verdict;
  /** A validator's score.txt (or score_multiplier.txt times the test's maximum) for an accepted run. */
  validatorScore?: number | undefined;
}

export interface NodeResult {
  verdict: Verdict;
  score: number;
}

export interface Evaluation {
  /** The submission's score: the root's, or 0 for a rejected legacy submission. */
  score: number;
  /** Every group's result (root included), by group. */
  groups: ReadonlyMap<ScoreGroup, NodeResult>;
}

/**
 * The legacy default grader's worst_error order, in letscode's verdicts (its RTE is RE);
 * CE stands for tests that never ran because the submission did not compile.
 */
const WORST_FIRST: readonly Verdict[] = ['JE', 'CE', 'RE', 'MLE', 'TLE', 'OLE', 'WA', 'PE', 'AC'];

export function evaluate(spec: ScoringSpec, outcomeOf: (testName: string) => TestOutcome): Evaluation {
  const groups = new Map<ScoreGroup, NodeResult>();
  const visit = (node: ScoreNode): NodeResult => (node.kind === 'test' ? testResult(node, outcomeOf(node.name)) : groupResult(node));

  function groupResult(group: ScoreGroup): NodeResult {
    const results: NodeResult[] = [];
    for (const child of group.children) {
      const result = visit(child);
      results.push(result);
      if (result.verdict !== 'AC' && group.onReject === 'break') break;
    }
    // The children not graded after a break still get their results, for the reports.
    for (const child of group.children.slice(results.length)) visit(child);
    const graded = group.verdict.ignoreSample && results.length >= 1 && results.length <= 2 ? results.slice(-1) : results;
    const verdict = groupVerdict(graded, group.verdict);
    const passedRequirements = group.requirePass.every((required) => required.tests.every((name) => outcomeOf(name).verdict === 'AC'));
    const score = passedRequirements ? groupScore(group, graded, outcomeOf) : 0;
    const result = { verdict, score: roundScore(score) };
    groups.set(group, result);
    return result;
  }

  const root = groupResult(spec.root);
  const score = spec.rejectedScoresZero && root.verdict !== 'AC' ? 0 : root.score;
  return { score, groups };
}

function testResult(test: ScoreTest, outcome: TestOutcome): NodeResult {
  if (outcome.verdict !== 'AC') return { verdict: outcome.verdict, score: test.rejectScore };
  return { verdict: 'AC', score: outcome.validatorScore ?? test.acceptScore };
}

function groupScore(group: ScoreGroup, results: readonly NodeResult[], outcomeOf: (testName: string) => TestOutcome): number {
  const rule = group.score;
  if (rule.kind === 'all-or-nothing') {
    return testsBelow(group).every((test) => outcomeOf(test.name).verdict === 'AC') ? rule.points : 0;
  }
  // The default grader gives an empty group 0 (and accepts it).
  if (results.length === 0) return 0;
  const scores = results.map((result) => result.score);
  switch (rule.kind) {
    case 'sum':
      return scores.reduce((sum, score) => sum + score, 0);
    case 'avg':
      return scores.reduce((sum, score) => sum + score, 0) / scores.length;
    case 'min':
      return Math.min(...scores);
    case 'max':
      return Math.max(...scores);
  }
}

/** A judge error anywhere decides; then the verdict rule (legacy default grader modes). */
function groupVerdict(results: readonly NodeResult[], rule: GroupVerdictRule): Verdict {
  const verdicts = results.map((result) => result.verdict);
  if (verdicts.includes('JE')) return 'JE';
  if (rule.acceptIfAnyAccepted && verdicts.includes('AC')) return 'AC';
  switch (rule.mode) {
    case 'always_accept':
      return 'AC';
    case 'first_error':
      return verdicts.find((verdict) => verdict !== 'AC') ?? 'AC';
    case 'worst_error':
      return WORST_FIRST.find((verdict) => verdicts.includes(verdict)) ?? 'AC';
  }
}

/** Six decimals: 100/3 per test sums to 100, not 100.00000000000001. */
export function roundScore(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
