// Golden cases for the Kattis default output validator: each folder under
// test/golden/kattis-validator/ is one answer/output pair with the validator flags and the
// verdict (and message) it must get. Adding a case is adding a folder; see the README there.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkerFor, type CheckResult } from '../../src/checkers/index.js';
import { goldenCaseNames, goldenFolder } from './golden-folder.js';

const CASES_DIR = fileURLToPath(new URL('./kattis-validator/', import.meta.url));
const VERDICTS: readonly CheckResult['kind'][] = ['accepted', 'wrong', 'checker-failed'];

const caseNames = goldenCaseNames(CASES_DIR);

interface GoldenCase {
  flags: string[];
  expected: string;
  actual: string;
  verdict: CheckResult['kind'];
  message: string | undefined;
}

function readCase(name: string): GoldenCase {
  const folder = goldenFolder(CASES_DIR, name);
  return {
    flags: folder.read('flags.txt').split(/\s+/).filter((flag) => flag.length > 0),
    expected: folder.read('expected.txt'),
    actual: folder.read('actual.txt'),
    verdict: folder.verdict(VERDICTS),
    message: folder.message(),
  };
}

describe('Kattis default validator golden cases', () => {
  it('cover every flag and every verdict', () => {
    const cases = caseNames.map(readCase);
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const flagsUsed = new Set(cases.flatMap((golden) => golden.flags));
    for (const flag of ['case_sensitive', 'space_change_sensitive', 'float_absolute_tolerance', 'float_relative_tolerance', 'float_tolerance']) {
      expect(flagsUsed).toContain(flag);
    }
    expect(new Set(cases.map((golden) => golden.verdict))).toEqual(new Set(VERDICTS));
  });

  const check = checkerFor({ name: 'kattis-default' });
  for (const name of caseNames) {
    it(name, () => {
      const golden = readCase(name);
      const result = check({ input: '', expected: golden.expected, actual: golden.actual, flags: golden.flags });
      expect(result.kind).toBe(golden.verdict);
      if (golden.message !== undefined) {
        expect(result).toEqual({ kind: golden.verdict, message: golden.message });
      }
    });
  }
});
