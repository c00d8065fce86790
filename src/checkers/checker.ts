// A checker decides whether a program's output answers a test. Checkers are small pure
// functions, chosen by name in problem.yaml.

/** The built-in checkers: small pure functions run by the judge itself. */
export type BuiltinCheckerSpec =
  | { name: 'exact' }
  | { name: 'lines' }
  | { name: 'tokens' }
  | { name: 'float'; absTolerance: number; relTolerance: number }
  /** The Kattis/ICPC default output validator; its options come from the test's flags. */
  | { name: 'kattis-default' };

/** A checker program of the problem's, compiled and run in the sandbox. */
export interface ExternalCheckerSpec {
  name: 'external';
  /** Source file or folder (multi-file program). */
  program: { path: string };
  /** kattis: `prog input answer feedback_dir [flags] < output`, exit 42/43; testlib: `prog input output answer`, exit 0/1/2/3/7. */
  protocol: 'kattis' | 'testlib';
}

export type CheckerSpec = BuiltinCheckerSpec | ExternalCheckerSpec;

export type CheckerName = BuiltinCheckerSpec['name'];

export interface CheckInput {
  input: string;
  expected: string;
  actual: string;
  /** The test's checker flags (Kattis validator flags); most checkers ignore them. */
  flags?: readonly string[];
}

/**
 * What a Kattis validator wrote to score.txt and score_multiplier.txt, as text; only
 * scoring problems read it (problem/scoring/validator-score.ts).
 */
export interface ScoreFileTexts {
  score?: string | undefined;
  multiplier?: string | undefined;
}

export type CheckResult =
  /** `judgeMessage`: what a Kattis output validator wrote to judgemessage.txt. */
  | { kind: 'accepted'; judgeMessage?: string; scoreFiles?: ScoreFileTexts }
  /** `message` says what differs, in one line, e.g. "token 3: expected 6, got 7". */
  | { kind: 'wrong'; message: string; judgeMessage?: string; scoreFiles?: ScoreFileTexts }
  /** Only a checker program can say this (testlib exit code 2). */
  | { kind: 'presentation'; message: string }
  /** The checker program itself failed: a judge error, never the contestant's fault. */
  | { kind: 'checker-failed'; message: string };

export type Checker = (check: CheckInput) => CheckResult;

/** Shared by every checker, so frozen: a caller that mutated it would change every verdict. */
export const ACCEPTED: CheckResult = Object.freeze({ kind: 'accepted' });

export function wrong(message: string): CheckResult {
  return { kind: 'wrong', message };
}
