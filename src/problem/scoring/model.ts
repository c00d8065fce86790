// A scoring problem's rules as one tree, whichever format they were written in: native
// batches (groups with points, all or nothing), Kattis 2025-09 test groups (max_score,
// score_aggregation, require_pass) and legacy Kattis graders (testdata.yaml accept_score,
// reject_score, grader_flags, on_reject). Each format's reader builds the tree; one pure
// evaluator (evaluate.ts) scores a submission's verdicts on it. A pass-fail problem has no
// tree at all (Problem.scoring is undefined), so nothing of this touches its judging.

/** How a group's score comes from its children's scores. */
export type GroupScoreRule =
  /** Its points when every test below it is accepted, else 0 (native batches, 2025-09 pass-fail). */
  | { kind: 'all-or-nothing'; points: number }
  /** The legacy default grader's modes; 2025-09 has sum and min. */
  | { kind: 'sum' | 'min' | 'max' | 'avg' };

/** How a group's verdict comes from its children's (the legacy default grader's verdict modes). */
export interface GroupVerdictRule {
  mode: 'first_error' | 'worst_error' | 'always_accept';
  /** Accepted when any child is accepted. */
  acceptIfAnyAccepted: boolean;
  /** Root only (legacy): the first child (sample) is left out, verdict and score. */
  ignoreSample: boolean;
}

export interface ScoreGroup {
  kind: 'group';
  /** The group's name: "secret/group1" (Kattis: its path under data/), "small" (native); "" for an unnamed root. */
  name: string;
  /** Listed in reports (`groups` in --json, the group table); the root and plumbing groups are not. */
  reported: boolean;
  children: ScoreNode[];
  score: GroupScoreRule;
  verdict: GroupVerdictRule;
  /** Legacy `on_reject: break`: children after the first one not accepted are not graded. */
  onReject: 'break' | 'continue';
  /** What a submission accepted everywhere below scores here (or the legacy `range`'s upper end). */
  maxScore: number;
  /**
   * Kattis 2025-09 `require_pass`: groups (or `sample`) whose every test must be accepted
   * for this group to score at all, with their tests' names.
   */
  requirePass: readonly { name: string; tests: readonly string[] }[];
}

/**
 * Whether a custom output validator's (or interactor's) score.txt / score_multiplier.txt
 * counts for a test, as the format the problem was written in says.
 */
export type ValidatorScorePolicy =
  /** Not read at all (native problems; 2025-09 samples, where the spec ignores it). */
  | { kind: 'ignored' }
  /** The problem allows no score file here: writing one is a judge error. */
  | { kind: 'forbidden'; reason: string }
  /** score.txt (and, when `multiplier`, score_multiplier.txt) may replace the accept score. */
  | { kind: 'allowed'; multiplier: boolean; required: boolean };

export interface ScoreTest {
  kind: 'test';
  /** The test's name, as in Problem.tests. */
  name: string;
  /** The score of an accepted run when the validator gives none. */
  acceptScore: number;
  /** The score of a run that is not accepted. */
  rejectScore: number;
  /** The most this test can score (a score.txt above it is a judge error, 2025-09). */
  maxScore: number;
  validatorScore: ValidatorScorePolicy;
}

export type ScoreNode = ScoreGroup | ScoreTest;

export interface ScoringSpec {
  /** Which rules the tree was built from; says how to read its results (README, messages). */
  format: 'native' | 'kattis-2025' | 'kattis-legacy';
  root: ScoreGroup;
  /**
   * Legacy packages: a submission whose graded verdict (the root's) is not accepted gets no
   * score, as the format ignores the score of a rejected submission.
   */
  rejectedScoresZero: boolean;
  /** The test names the tree does not mention, by the policy for their score files (samples, native tests without points). */
  unscoredTests: ValidatorScorePolicy;
}

export const FIRST_ERROR: GroupVerdictRule = { mode: 'first_error', acceptIfAnyAccepted: false, ignoreSample: false };

/** Every test of a group, depth first. */
export function testsBelow(node: ScoreNode): ScoreTest[] {
  return node.kind === 'test' ? [node] : node.children.flatMap(testsBelow);
}

/** Every group of the tree, depth first, the root first. */
export function groupsOf(root: ScoreGroup): ScoreGroup[] {
  return [root, ...root.children.flatMap((child) => (child.kind === 'group' ? groupsOf(child) : []))];
}

// Asked once per test run: a name index per tree, not a walk per question.
const testsByName = new WeakMap<ScoringSpec, ReadonlyMap<string, ScoreTest>>();

/** The score policy for a test's score files: its leaf's, or the one for tests the tree leaves out. */
export function validatorScorePolicyFor(spec: ScoringSpec, testName: string): { policy: ValidatorScorePolicy; test: ScoreTest | undefined } {
  let index = testsByName.get(spec);
  if (index === undefined) {
    index = new Map(testsBelow(spec.root).map((test) => [test.name, test]));
    testsByName.set(spec, index);
  }
  const test = index.get(testName);
  return { policy: test?.validatorScore ?? spec.unscoredTests, test };
}
