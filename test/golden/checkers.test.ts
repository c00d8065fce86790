// Golden cases for the checkers: each folder under test/golden/checkers/ is one output pair
// with the verdict (and message) it must get. Adding a case is adding a folder; see the
// README there for the files.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKER_NAMES, checkerFor, type BuiltinCheckerSpec, type CheckResult } from '../../src/checkers/index.js';
import { goldenCaseNames, goldenFolder } from './golden-folder.js';

const CASES_DIR = fileURLToPath(new URL('./checkers/', import.meta.url));

const caseNames = goldenCaseNames(CASES_DIR);

interface GoldenCase {
  spec: BuiltinCheckerSpec;
  input: string;
  expected: string;
  actual: string;
  verdict: CheckResult['kind'];
  message: string | undefined;
}

function readCase(name: string): GoldenCase {
  const folder = goldenFolder(CASES_DIR, name);
  return {
    spec: JSON.parse(folder.read('checker.json')) as BuiltinCheckerSpec,
    input: folder.readIfPresent('input.txt') ?? '',
    expected: folder.read('expected.txt'),
    actual: folder.read('actual.txt'),
    verdict: folder.verdict(['accepted', 'wrong'] as const),
    message: folder.message(),
  };
}

describe('checker golden cases', () => {
  // kattis-default takes its options from per-test flags; its cases live in test/golden/kattis-validator/.
  it('cover every checker', () => {
    const coveredNames = new Set(caseNames.map((name) => readCase(name).spec.name));
    expect([...coveredNames, 'kattis-default'].sort()).toEqual([...CHECKER_NAMES].sort());
  });

  for (const name of caseNames) {
    it(name, () => {
      const golden = readCase(name);
      const result = checkerFor(golden.spec)({ input: golden.input, expected: golden.expected, actual: golden.actual });
      expect(result.kind).toBe(golden.verdict);
      if (golden.message !== undefined) {
        expect(result).toEqual({ kind: 'wrong', message: golden.message });
      }
    });
  }
});
