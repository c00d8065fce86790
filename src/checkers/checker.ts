// A checker decides whether a program's output answers a test. Checkers are small pure
// functions, chosen by name in problem.yaml.

export type CheckerSpec =
  | { name: 'exact' }
  | { name: 'lines' }
  | { name: 'tokens' }
  | { name: 'float'; absTolerance: number; relTolerance: number };

export type CheckerName = CheckerSpec['name'];

export interface CheckInput {
  input: string;
  expected: string;
  actual: string;
}

export type CheckResult =
  | { kind: 'accepted' }
  /** `message` says what differs, in one line, e.g. "token 3: expected 6, got 7". */
  | { kind: 'wrong'; message: string };

export type Checker = (check: CheckInput) => CheckResult;

/** Shared by every checker, so frozen: a caller that mutated it would change every verdict. */
export const ACCEPTED: CheckResult = Object.freeze({ kind: 'accepted' });

export function wrong(message: string): CheckResult {
  return { kind: 'wrong', message };
}
