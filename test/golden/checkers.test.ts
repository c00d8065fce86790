// Golden cases for the checkers: each folder under test/golden/checkers/ is one output pair
// with the verdict (and message) it must get. Adding a case is adding a folder; see the
// README there for the files.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKER_NAMES, checkerFor, type BuiltinCheckerSpec, type CheckResult } from '../../src/checkers/index.js';

const CASES_DIR = fileURLToPath(new URL('./checkers/', import.meta.url));

const caseNames = readdirSync(CASES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface GoldenCase {
  spec: BuiltinCheckerSpec;
  input: string;
  expected: string;
  actual: string;
  verdict: CheckResult['kind'];
  message: string | undefined;
}

function readCase(name: string): GoldenCase {
  const dir = join(CASES_DIR, name);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const readIfPresent = (file: string) => (existsSync(join(dir, file)) ? read(file) : undefined);
  const verdict = read('verdict.txt').trim();
  if (verdict !== 'accepted' && verdict !== 'wrong') {
    throw new Error(`${name}/verdict.txt: expected "accepted" or "wrong", got ${JSON.stringify(verdict)}`);
  }
  return {
    spec: JSON.parse(read('checker.json')) as BuiltinCheckerSpec,
    input: readIfPresent('input.txt') ?? '',
    expected: read('expected.txt'),
    actual: read('actual.txt'),
    verdict,
    // The file ends with a newline for editors; messages themselves are one line without one.
    message: readIfPresent('message.txt')?.replace(/\r?\n$/, ''),
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
