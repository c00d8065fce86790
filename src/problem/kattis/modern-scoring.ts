// Kattis 2025-09 scoring (result aggregation): the submission's score is secret's. secret
// holds test cases or test data groups (its folders with a test_group.yaml), never both;
// each has max_score (secret: 100 by default; a group must give its own) and
// score_aggregation (secret: sum, groups: pass-fail). In a pass-fail group every test must
// be accepted for max_score; in a sum group each test is worth max_score / N, in a min
// group max_score, and a failed test 0; require_pass names sample or earlier groups that
// must be fully accepted first. Samples never count. Unbounded scores and static
// validation are refused: letscode needs a known maximum and runs no static validators.

import { join } from 'node:path';
import { ProblemFileError } from '../../errors.js';
import { suggestionFor } from '../../common/did-you-mean.js';
import type { TestCase } from '../model.js';
import { FIRST_ERROR, type GroupScoreRule, type ScoreGroup, type ScoreTest, type ScoringSpec, type ValidatorScorePolicy } from '../scoring/model.js';
import type { GroupScoringKeys, ModernKeys } from './scoring-keys.js';

const SECRET_DEFAULT_MAX = 100;

type Aggregation = NonNullable<ModernKeys['aggregation']>;

export function modernScoring(tests: readonly TestCase[], configs: ReadonlyMap<string, GroupScoringKeys | null>, dataDir: string): ScoringSpec {
  const names = tests.map((test) => test.name);
  for (const config of configs.values()) {
    if (config?.modern.staticValidationScore !== undefined) {
      throw new ProblemFileError(config.file, 'static_validation_score', 'letscode runs no static validators', 'remove it (and the static validation it asks for) to judge the package with letscode');
    }
  }
  const sample = configs.get('sample');
  if (sample?.firstModernKey !== undefined) {
    throw new ProblemFileError(sample.file, sample.firstModernKey, 'is not allowed in sample', 'remove it: samples never count for the score');
  }
  const secretTests = names.filter((name) => name.startsWith('secret/'));
  if (secretTests.length === 0) {
    throw new ProblemFileError(join(dataDir, 'secret'), undefined, 'holds no test cases, and a scoring problem scores secret', 'add the scored tests under data/secret/');
  }
  const secretConfig = configs.get('secret') ?? null;
  const secretFile = secretConfig?.file ?? join(dataDir, 'secret', 'test_group.yaml');
  const secretMax = boundedMax(secretConfig?.modern.maxScore ?? SECRET_DEFAULT_MAX, secretFile);
  const secretAggregation = secretConfig?.modern.aggregation ?? 'sum';
  const secretRequires = requirements(secretConfig, ['sample'], names, secretFile);

  const groupFolders = [...new Set(secretTests.filter((name) => name.split('/').length > 2).map((name) => name.split('/').slice(0, 2).join('/')))];
  const isGroup = (folder: string) => configs.get(folder) !== null && configs.get(folder) !== undefined;
  if (!groupFolders.some(isGroup)) {
    const secret = scoredGroup('secret', secretAggregation, secretMax, secretTests, secretRequires);
    return spec({ ...secret, reported: true });
  }

  const direct = secretTests.find((name) => name.split('/').length === 2);
  if (direct !== undefined) {
    throw new ProblemFileError(join(dataDir, `${direct}.in`), undefined, 'sits directly in data/secret/, which has test data groups', 'move it into one of the groups');
  }
  const ungrouped = groupFolders.find((folder) => !isGroup(folder));
  if (ungrouped !== undefined) {
    throw new ProblemFileError(join(dataDir, ungrouped), undefined, 'has no test_group.yaml, but other folders of data/secret/ are test data groups', 'add a test_group.yaml with its max_score');
  }
  const groups: ScoreGroup[] = [];
  for (const folder of groupFolders) {
    const config = configs.get(folder)!;
    const given = config.modern.maxScore;
    if (given === undefined) {
      throw new ProblemFileError(config.file, 'max_score', 'is missing', `a test data group needs its own max_score when secret's is a number (${secretMax}); write it like max_score: 40`);
    }
    const aggregation = config.modern.aggregation ?? 'pass-fail';
    if (secretAggregation === 'pass-fail' && aggregation !== 'pass-fail') {
      throw new ProblemFileError(config.file, 'score_aggregation', `is ${aggregation}, but secret has pass-fail aggregation`, 'remove it, or give secret sum or min aggregation');
    }
    const earlier = ['sample', ...groups.map((group) => group.name)];
    const members = secretTests.filter((name) => name.startsWith(`${folder}/`));
    groups.push(scoredGroup(folder, aggregation, boundedMax(given, config.file), members, requirements(config, earlier, names, config.file)));
  }
  checkGroupsFit(groups, secretAggregation, secretMax, secretFile);
  return spec({
    kind: 'group', name: 'secret', reported: false, children: groups, score: scoreRule(secretAggregation, secretMax),
    verdict: FIRST_ERROR, onReject: 'continue', maxScore: secretMax, requirePass: secretRequires,
  });
}

function spec(secret: ScoreGroup): ScoringSpec {
  // The spec ignores a score.txt on a sample.
  return { format: 'kattis-2025', root: secret, rejectedScoresZero: false, unscoredTests: { kind: 'ignored' } };
}

function scoredGroup(name: string, aggregation: Aggregation, maxScore: number, testNames: readonly string[], requirePass: ScoreGroup['requirePass']): ScoreGroup {
  const perTest = aggregation === 'sum' ? maxScore / testNames.length : aggregation === 'min' ? maxScore : 0;
  const policy: ValidatorScorePolicy = aggregation === 'pass-fail'
    ? { kind: 'forbidden', reason: `${name} has pass-fail aggregation, which scores no single test` }
    : { kind: 'allowed', multiplier: true, required: false };
  const children = testNames.map((test): ScoreTest => ({ kind: 'test', name: test, acceptScore: perTest, rejectScore: 0, maxScore: perTest, validatorScore: policy }));
  return { kind: 'group', name, reported: true, children, score: scoreRule(aggregation, maxScore), verdict: FIRST_ERROR, onReject: 'continue', maxScore, requirePass };
}

function scoreRule(aggregation: Aggregation, maxScore: number): GroupScoreRule {
  return aggregation === 'pass-fail' ? { kind: 'all-or-nothing', points: maxScore } : { kind: aggregation };
}

function boundedMax(value: number | 'unbounded', file: string): number {
  if (value !== 'unbounded') return value;
  throw new ProblemFileError(file, 'max_score', 'letscode needs a bounded score to say what full score is', 'give it a number, like max_score: 100');
}

/** require_pass names, resolved to the tests they stand for; only `allowed` (sample, earlier groups) may be named. */
function requirements(config: GroupScoringKeys | null, allowed: readonly string[], names: readonly string[], file: string): ScoreGroup['requirePass'] {
  return (config?.modern.requirePass ?? []).map((name) => {
    if (!allowed.includes(name)) {
      const hint = suggestionFor(name, allowed).replace('expected one of', 'it may name');
      throw new ProblemFileError(file, 'require_pass', `"${name}" is not sample or an earlier test data group`, hint);
    }
    return { name, tests: names.filter((test) => test.startsWith(`${name}/`)) };
  });
}

/** Groups whose maximum secret could never hold: their scores would be judge errors on every full solution. */
function checkGroupsFit(groups: readonly ScoreGroup[], aggregation: Aggregation, secretMax: number, file: string): void {
  if (aggregation === 'sum') {
    const total = groups.reduce((sum, group) => sum + group.maxScore, 0);
    if (total > secretMax) throw new ProblemFileError(file, 'max_score', `is ${secretMax}, but the groups' max_score add up to ${total}`, 'make the groups add up to secret\'s max_score (100 unless given)');
  } else if (aggregation === 'min') {
    const above = groups.find((group) => group.maxScore > secretMax);
    if (above) throw new ProblemFileError(file, 'max_score', `is ${secretMax}, below ${above.name}'s ${above.maxScore}`, 'give no group more than secret');
  }
}
