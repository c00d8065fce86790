// The registry: a problem names a built-in checker, and this turns the name (and its
// options) into the function that judges each test. Checker programs a problem brings
// (`external` specs) are compiled and run by the judge, not looked up here.

import type { BuiltinCheckerSpec, Checker, CheckerName } from './checker.js';
import { checkExact } from './exact.js';
import { createFloatChecker } from './float.js';
import { checkKattisDefault } from './kattis-default.js';
import { checkLines } from './lines.js';
import { checkTokens } from './tokens.js';

export type { BuiltinCheckerSpec, Checker, CheckerName, CheckerSpec, CheckInput, CheckResult } from './checker.js';
export type { FloatTolerance } from './float.js';
export { parseKattisDefaultFlags, type KattisDefaultOptions, type ParsedKattisFlags } from './kattis-default.js';

type CheckerFactories = {
  [Name in CheckerName]: (spec: Extract<BuiltinCheckerSpec, { name: Name }>) => Checker;
};

const CHECKER_FACTORIES: CheckerFactories = {
  exact: () => checkExact,
  lines: () => checkLines,
  tokens: () => checkTokens,
  float: (spec) => createFloatChecker(spec),
  'kattis-default': () => checkKattisDefault,
};

/** Every built-in checker name, for schemas and error messages. */
export const CHECKER_NAMES = Object.keys(CHECKER_FACTORIES) as readonly CheckerName[];

/** The checker used when a problem names none: whitespace-separated tokens, case-sensitive. */
export const DEFAULT_CHECKER_SPEC: BuiltinCheckerSpec = { name: 'tokens' };

export function checkerFor(spec: BuiltinCheckerSpec): Checker {
  // TypeScript cannot see that spec.name picks the factory made for that very spec. The
  // own-property check guards specs that skipped validation (a name like "toString", or an
  // external spec cast past the type).
  const factory = Object.hasOwn(CHECKER_FACTORIES, spec.name)
    ? (CHECKER_FACTORIES[spec.name] as (spec: BuiltinCheckerSpec) => Checker)
    : undefined;
  if (factory === undefined) {
    throw new RangeError(`unknown checker "${String(spec.name)}"; known checkers: ${CHECKER_NAMES.join(', ')}`);
  }
  return factory(spec);
}
