// Turns what zod found wrong with a problem file into the one line a user reads: the
// file, the field as a dot path ("tests.2.output_file", list indices counted from 0),
// what is wrong, and how to fix it. zod's own messages are never shown as they are.

import type { z } from 'zod';
import { ProblemFileError } from '../errors.js';
import { suggestionFor } from './did-you-mean.js';
import { describeValue, type IssueFix } from './schema-fields.js';

/** What a format's schema knows about its fields, keyed by path pattern ("tests.*.sample"). */
export interface FieldHelp {
  knownFields: Readonly<Record<string, readonly string[]>>;
  fieldFixes: Readonly<Record<string, string>>;
  /** The fix for a field without one of its own (default: see the problem.yaml format). */
  genericFix?: string;
}

type Issue = z.core.$ZodIssue;

const DEFAULT_GENERIC_FIX = 'see the problem.yaml format in the README';

/**
 * One error for the most useful issue: an unknown field first (a typo there explains
 * most of what follows it), otherwise the first issue zod found. The issues must come
 * from `safeParse(data, { reportInput: true })`: without the offending values every
 * field would read as missing.
 */
export function problemFileErrorFromIssues(file: string, issues: readonly Issue[], help: FieldHelp): ProblemFileError {
  const { field, problem, fix } = explainIssues(issues, help);
  return new ProblemFileError(file, field, problem, fix);
}

/** What problemFileErrorFromIssues says, for a caller that places the field itself. */
export function explainIssues(issues: readonly Issue[], help: FieldHelp): Explanation {
  const issue = issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? issues[0];
  if (issue === undefined) return { field: undefined, problem: 'is invalid', fix: help.genericFix ?? DEFAULT_GENERIC_FIX };
  return explain(issue, help);
}

export interface Explanation {
  /** Undefined when the whole file is wrong rather than one field. */
  field: string | undefined;
  problem: string;
  fix: string;
}

function explain(issue: Issue, help: FieldHelp): Explanation {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const field = path.length > 0 ? path.join('.') : undefined;
  const genericFix = help.genericFix ?? DEFAULT_GENERIC_FIX;
  const fixForField = help.fieldFixes[pathPattern(path)];
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) {
    return { field, problem: 'is missing', fix: fixForField ?? `add ${String(path[path.length - 1])}:` };
  }
  switch (issue.code) {
    case 'custom':
      return { field, problem: issue.message, fix: (issue.params as Partial<IssueFix> | undefined)?.fix ?? fixForField ?? genericFix };
    case 'unrecognized_keys': {
      const unknown = issue.keys[0] ?? '';
      const known = help.knownFields[pathPattern(path)] ?? [];
      return { field: [...path, unknown].join('.'), problem: 'unknown field', fix: suggestionFor(unknown, known) };
    }
    case 'invalid_type':
      return { field, problem: `expected ${expectedKind(issue.expected)}, got ${describeValue(issue.input)}`, fix: fixForField ?? genericFix };
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const typed = describeValue(issue.input);
      return { field, problem: `${typed} is not allowed here`, fix: suggestionFor(String(issue.input), allowed) };
    }
    case 'invalid_format':
      return { field, problem: `${describeValue(issue.input)} is not valid here`, fix: fixForField ?? genericFix };
    case 'too_small':
      if (issue.origin === 'string') return { field, problem: 'is empty', fix: fixForField ?? genericFix };
      return { field, problem: `must be at least ${String(issue.minimum)}`, fix: fixForField ?? genericFix };
    default:
      // Issue kinds this format's schema does not produce; keep the line short and point at the docs.
      return { field, problem: 'is invalid', fix: fixForField ?? genericFix };
  }
}

/** ["tests", 2, "sample"] -> "tests.*.sample", the key FieldHelp uses. */
function pathPattern(path: readonly (string | number)[]): string {
  return path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');
}

const EXPECTED_KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

function expectedKind(expected: string): string {
  return EXPECTED_KINDS[expected] ?? expected;
}
