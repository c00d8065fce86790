// The registry: problem.yaml names a checker, and this turns the name (and its options)
// into the function that judges each test.

import type { Checker, CheckerName, CheckerSpec } from './checker.js';
import { checkExact } from './exact.js';
import { createFloatChecker } from './float.js';
import { checkLines } from './lines.js';
import { checkTokens } from './tokens.js';

export type { Checker, CheckerName, CheckerSpec, CheckInput, CheckResult } from './checker.js';
export type { FloatTolerance } from './float.js';

type CheckerFactories = {
  [Name in CheckerName]: (spec: Extract<CheckerSpec, { name: Name }>) => Checker;
};

const CHECKER_FACTORIES: CheckerFactories = {
  exact: () => checkExact,
  lines: () => checkLines,
  tokens: () => checkTokens,
  float: (spec) => createFloatChecker(spec),
};

/** Every checker name problem.yaml may use, for schemas and error messages. */
export const CHECKER_NAMES = Object.keys(CHECKER_FACTORIES) as readonly CheckerName[];

/** The checker used when a problem names none: the Kattis default comparison, case-sensitive. */
export const DEFAULT_CHECKER_SPEC: CheckerSpec = { name: 'tokens' };

export function checkerFor(spec: CheckerSpec): Checker {
  // TypeScript cannot see that spec.name picks the factory made for that very spec. The
  // own-property check guards specs that skipped validation (a name like "toString").
  const factory = Object.hasOwn(CHECKER_FACTORIES, spec.name)
    ? (CHECKER_FACTORIES[spec.name] as (spec: CheckerSpec) => Checker)
    : undefined;
  if (factory === undefined) {
    throw new RangeError(`unknown checker "${String(spec.name)}"; known checkers: ${CHECKER_NAMES.join(', ')}`);
  }
  return factory(spec);
}
