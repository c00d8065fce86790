// A judge report's score, for scoring problems: the tests' verdicts (and validator scores)
// through the problem's scoring tree. A report is scored when it is made, and again by
// whoever changes its verdicts afterwards (verify's view at the real time limit), so the
// score always belongs to the verdicts next to it. Pass-fail reports get no score field.

import type { TestOutcome } from '../problem/scoring/evaluate.js';
import type { ScoringSpec } from '../problem/scoring/model.js';
import { scoreOutcomes, type ScoreResult } from '../problem/scoring/score-result.js';
import type { JudgeReport, TestResult } from './judge-report.js';

/** Tests that never ran count as not accepted: the submission did not compile. */
export function scoreOf(scoring: ScoringSpec, tests: readonly TestResult[]): ScoreResult {
  const outcomes = new Map<string, TestOutcome>(tests.map((test) => [test.name, { verdict: test.verdict, validatorScore: test.validatorScore }]));
  return scoreOutcomes(scoring, outcomes, 'CE');
}

/** The report with its score (re)computed; unchanged (and without one) for a pass-fail problem. */
export function withScore(report: JudgeReport, scoring: ScoringSpec | undefined): JudgeReport {
  if (scoring === undefined) return report;
  return { ...report, score: scoreOf(scoring, report.tests) };
}
