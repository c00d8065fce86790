// A scoring problem's validator scores, applied to a test's result as the judge makes it:
// an accepted run's score.txt (or score_multiplier.txt) becomes the test's validatorScore,
// and a score file the problem's format forbids there is a judge error on that test (the
// validator's mistake). Pass-fail problems never read score files: their results pass
// through untouched.

import type { ScoreFileTexts } from '../checkers/checker.js';
import { decideValidatorScore } from '../problem/scoring/validator-score.js';
import { validatorScorePolicyFor, type ScoringSpec } from '../problem/scoring/model.js';
import type { TestResult } from './judge-report.js';

export function withValidatorScore(result: TestResult, files: ScoreFileTexts | undefined, scoring: ScoringSpec | undefined): TestResult {
  if (scoring === undefined || (result.verdict !== 'AC' && result.verdict !== 'WA')) return result;
  const { policy, test } = validatorScorePolicyFor(scoring, result.name);
  const decision = decideValidatorScore(policy, test, files ?? {}, result.verdict === 'AC');
  switch (decision.kind) {
    case 'none':
      return result;
    case 'score':
      return { ...result, validatorScore: decision.value };
    case 'invalid': {
      const { expectedOutput: _expected, actualOutput: _actual, ...rest } = result;
      return { ...rest, verdict: 'JE', detail: decision.message };
    }
  }
}
