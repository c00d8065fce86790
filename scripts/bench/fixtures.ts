// Everything the benchmark judges, generated in a temporary folder: the tiny doubling
// program, problems of 1 and 201 tests for the marginal per-test cost, a 200-test
// sorting problem (a few KB per test) with two typical accepted C++ solutions, and A+B
// (200 tiny tests, and 1) for the warm path.

import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The flags of the cpp entry in src/languages/languages-data.ts. */
export const JUDGE_GPP_FLAGS = ['-std=gnu++17', '-O2', '-pipe', '-DONLINE_JUDGE'];

export const DOUBLE_SOURCE = `#include <iostream>

int main() {
    long long x;
    if (!(std::cin >> x)) return 1;
    std::cout << 2 * x << '\\n';
    return 0;
}
`;
export const DOUBLE_INPUT = '21\n';

/** What a contestant writes for A+B: the warm path's fresh-source shape. */
export const APLUSB_SOURCE = `#include <iostream>

int main() {
    long long a, b;
    std::cin >> a >> b;
    std::cout << a + b << '\\n';
    return 0;
}
`;
export const DOUBLE_OUTPUT = '42\n';

const SORT_BODY = `using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    sort(a.begin(), a.end());
    for (int i = 0; i < n; ++i) cout << a[i] << (i + 1 < n ? ' ' : '\\n');
    return 0;
}
`;

/** The two accepted solutions: the same code, with the two usual ways to include the library. */
export const SORT_SOLUTIONS = {
  iostream: `#include <algorithm>\n#include <iostream>\n#include <vector>\n\n${SORT_BODY}`,
  bits: `#include <bits/stdc++.h>\n\n${SORT_BODY}`,
} as const;
export type SortSolution = keyof typeof SORT_SOLUTIONS;

/**
 * The native floor: compile with the judge's flags, run every test, compare with cmp.
 * Arguments: solution.cpp tests-dir work-dir [extra g++ flags...]. Exit 0 = all accepted.
 * Prints when the compile ended (bash's $EPOCHREALTIME), so the compile can be told apart.
 */
export const FLOOR_SCRIPT = `#!/usr/bin/env bash
set -u
src=$1 tests=$2 work=$3
shift 3
g++ ${JUDGE_GPP_FLAGS.join(' ')} "$@" -o "$work/solution" "$src" || exit 2
echo "compiled $EPOCHREALTIME"
failed=0
for input in "$tests"/*.in; do
  "$work/solution" < "$input" > "$work/out" || failed=1
  cmp -s "$work/out" "\${input%.in}.ans" || failed=1
done
exit $failed
`;

/** A small deterministic generator (mulberry32), so every run judges the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeProblem(dir: string, name: string, tests: { input: string; answer: string }[]): void {
  mkdirSync(join(dir, 'tests'), { recursive: true });
  writeFileSync(join(dir, 'problem.yaml'), `name: ${name}\ntime_limit: 2s\nmemory_limit: 256MiB\ntests: tests/\n`);
  const width = String(tests.length).length;
  tests.forEach((test, index) => {
    const stem = String(index + 1).padStart(width, '0');
    writeFileSync(join(dir, 'tests', `${stem}.in`), test.input);
    writeFileSync(join(dir, 'tests', `${stem}.ans`), test.answer);
  });
}

export interface Fixtures {
  root: string;
  doubleSource: string;
  /** Problems with 1 and 201 copies of the same tiny test. */
  marginal: { one: string; many: string; manyCount: number };
  sort: { dir: string; tests: string; testCount: number; inputBytes: number; solutions: Record<SortSolution, string> };
  /** A+B: 200 tiny tests, and a 1-test copy; the solution's path and text. */
  aplusb: { dir: string; tests: string; testCount: number; one: string; source: string; sourceText: string };
  floorScript: string;
}

export function writeFixtures(root: string, sortTests = 200, marginalTests = 201): Fixtures {
  const doubleSource = join(root, 'double', 'double.cpp');
  mkdirSync(join(root, 'double'), { recursive: true });
  writeFileSync(doubleSource, DOUBLE_SOURCE);

  const tiny = { input: DOUBLE_INPUT, answer: DOUBLE_OUTPUT };
  const one = join(root, 'double-1');
  const many = join(root, `double-${marginalTests}`);
  writeProblem(one, 'Double (1 test)', [tiny]);
  writeProblem(many, `Double (${marginalTests} tests)`, Array.from({ length: marginalTests }, () => tiny));

  const next = random(20261122);
  let inputBytes = 0;
  const tests = Array.from({ length: sortTests }, () => {
    const n = 300 + Math.floor(next() * 401);
    const values = Array.from({ length: n }, () => Math.floor(next() * 2e9) - 1e9);
    const input = `${n}\n${values.join(' ')}\n`;
    inputBytes += input.length;
    return { input, answer: `${[...values].sort((a, b) => a - b).join(' ')}\n` };
  });
  const sortDir = join(root, 'sort');
  writeProblem(sortDir, `Sort (${sortTests} tests)`, tests);
  const solutions = {} as Record<SortSolution, string>;
  for (const [name, source] of Object.entries(SORT_SOLUTIONS) as [SortSolution, string][]) {
    solutions[name] = join(sortDir, `sort-${name}.cpp`);
    writeFileSync(solutions[name], source);
  }

  const aplusbTests = Array.from({ length: 200 }, () => {
    const [a, b] = [Math.floor(next() * 2e9) - 1e9, Math.floor(next() * 2e9) - 1e9];
    return { input: `${a} ${b}\n`, answer: `${a + b}\n` };
  });
  const aplusbDir = join(root, 'aplusb');
  writeProblem(aplusbDir, 'A+B (200 tests)', aplusbTests);
  const aplusbOne = join(root, 'aplusb-1');
  writeProblem(aplusbOne, 'A+B (1 test)', aplusbTests.slice(0, 1));
  const aplusbSource = join(aplusbDir, 'aplusb.cpp');
  writeFileSync(aplusbSource, APLUSB_SOURCE);

  const floorScript = join(root, 'floor.sh');
  writeFileSync(floorScript, FLOOR_SCRIPT);
  chmodSync(floorScript, 0o755);
  return {
    root,
    doubleSource,
    marginal: { one, many, manyCount: marginalTests },
    sort: { dir: sortDir, tests: join(sortDir, 'tests'), testCount: sortTests, inputBytes, solutions },
    aplusb: { dir: aplusbDir, tests: join(aplusbDir, 'tests'), testCount: aplusbTests.length, one: aplusbOne, source: aplusbSource, sourceText: APLUSB_SOURCE },
    floorScript,
  };
}
