// Golden cases for the Kattis default output validator: each folder under
// test/golden/kattis-validator/ is one answer/output pair with the validator flags and the
// verdict (and message) it must get. Adding a case is adding a folder; see the README there.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkerFor, type CheckResult } from '../../src/checkers/index.js';

const CASES_DIR = fileURLToPath(new URL('./kattis-validator/', import.meta.url));
const VERDICTS: readonly CheckResult['kind'][] = ['accepted', 'wrong', 'checker-failed'];

const caseNames = readdirSync(CASES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface GoldenCase {
  flags: string[];
  expected: string;
  actual: string;
  verdict: CheckResult['kind'];
  message: string | undefined;
}

function readCase(name: string): GoldenCase {
  const dir = join(CASES_DIR, name);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const verdict = read('verdict.txt').trim() as CheckResult['kind'];
  if (!VERDICTS.includes(verdict)) {
    throw new Error(`${name}/verdict.txt: expected one of ${VERDICTS.join(', ')}, got ${JSON.stringify(verdict)}`);
  }
  return {
    flags: read('flags.txt').split(/\s+/).filter((flag) => flag.length > 0),
    expected: read('expected.txt'),
    actual: read('actual.txt'),
    verdict,
    // The file ends with a newline for editors; messages themselves are one line without one.
    message: existsSync(join(dir, 'message.txt')) ? read('message.txt').replace(/\r?\n$/, '') : undefined,
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
