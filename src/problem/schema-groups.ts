// The scoring part of a native problem.yaml, DMOJ-style batches:
//
//   groups:
//     - name: small          # optional; default group1, group2, ...
//       points: 40           # all or nothing: every test of the group accepted
//       tests: [small-*]     # test names or globs (`*` within a name, {a,b})
//
// and a test's own `points` (tests outside every group). Test names are known only once
// the tests are resolved (a tests/ folder), so globs are matched by scoring/native.ts.

import { z } from 'zod';
import { addIssue, describeValue, nameField, oneOfForms } from '../common/schema-fields.js';

export const MAX_POINTS = 1e9;

export interface ListedGroup {
  /** Undefined when the YAML gives none; the loader numbers it. */
  name: string | undefined;
  points: number;
  /** Test names or globs, as written. */
  tests: string[];
}

/** A number of points: 0 or more (a group that must pass for nothing is allowed). */
export const pointsField = z.unknown().transform((value, ctx) => {
  if (value === undefined) {
    addIssue(ctx, 'is missing', 'write it like points: 40');
    return z.NEVER;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    addIssue(ctx, `expected a number of points, got ${describeValue(value)}`, 'write it like points: 40');
    return z.NEVER;
  }
  if (value < 0 || value > MAX_POINTS) {
    addIssue(ctx, `${value} is out of range`, `use a number of points from 0 to ${MAX_POINTS}`);
    return z.NEVER;
  }
  return value;
});

// A test name YAML may read as a number (`tests: [1, 2]` for tests named by position).
const testPattern = z.unknown().transform((value, ctx) => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (text === '') {
    addIssue(ctx, `expected a test name or glob, got ${describeValue(value)}`, 'write it like tests: [small-1, "big-*"]');
    return z.NEVER;
  }
  return text;
});

export const groupShape = {
  name: nameField('name: small').optional(),
  points: pointsField,
  tests: oneOfForms(
    {
      text: testPattern.transform((one) => [one]),
      number: testPattern.transform((one) => [one]),
      list: z.array(testPattern).transform((list, ctx) => {
        if (list.length === 0) addIssue(ctx, 'the list is empty', 'name at least one test, e.g. tests: [small-1, "big-*"]');
        return list;
      }),
    },
    { what: 'a list of test names or globs', fix: 'write it like tests: [small-1, "big-*"]' },
  ),
};

export const groupsField = z.array(z.strictObject(groupShape)).transform((groups, ctx): ListedGroup[] => {
  if (groups.length === 0) addIssue(ctx, 'the list is empty', 'add a group like - { name: small, points: 40, tests: [small-*] }, or remove groups:');
  return groups.map((group) => ({ name: group.name, points: group.points, tests: group.tests }));
});

export const GROUP_FIELD_FIXES: Readonly<Record<string, string>> = {
  groups: 'write a list of groups, e.g. groups: [{ name: small, points: 40, tests: [small-*] }]',
  'groups.*': 'write each group as a mapping, e.g. - { name: small, points: 40, tests: [small-*] }',
  'groups.*.points': 'write it like points: 40',
  'groups.*.tests': 'write a list of test names or globs, e.g. tests: [small-1, "big-*"]',
  'groups.*.tests.*': 'write a test name or glob, e.g. small-1 or "big-*"',
  'tests.*.points': 'write it like points: 10',
};
