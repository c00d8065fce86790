// The grading row: a class of small submissions (half C++, half Python, each a little
// different so nothing is cached or grouped) x 20 tests, graded by `letscode grade` from
// an empty results folder, against the native floor: a bash loop that compiles each C++
// submission with the judge's flags and runs every submission on every test with cmp.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JUDGE_GPP_FLAGS, type Fixtures } from './fixtures.js';
import { cliArgv } from './letscode.js';
import { runCommand, summarize, type Summary } from './timing.js';

export interface GradingRow {
  submissions: number;
  tests: number;
  floor: Summary;
  letscode: Summary;
}

const CPP = (i: number) => `#include <iostream>\nint main() { long long a, b; std::cin >> a >> b; std::cout << a + b << '\\n'; return 0; } // student ${i}\n`;
const PYTHON = (i: number) => `a, b = map(int, input().split())\nprint(a + b)  # student ${i}\n`;

/** Compile (C++) then run and compare every test, one submission after the other. */
const FLOOR = `#!/usr/bin/env bash
set -u
class=$1 tests=$2 work=$3
failed=0
# The interpreter itself, not a version manager's shim in front of it (pyenv's costs ~250 ms a run).
python=$(python3 -c 'import sys; print(sys.executable)')
for src in "$class"/*; do
  case "$src" in
    *.cpp) g++ ${JUDGE_GPP_FLAGS.join(' ')} -o "$work/solution" "$src" || failed=1; run=("$work/solution") ;;
    *.py) run=("$python" "$src") ;;
  esac
  for input in "$tests"/*.in; do
    "\${run[@]}" < "$input" > "$work/out" || failed=1
    cmp -s "$work/out" "\${input%.in}.ans" || failed=1
  done
done
exit $failed
`;

export async function measureGrading(fixtures: Fixtures, cacheDir: string, runs: number, submissions = 100, tests = 20): Promise<GradingRow> {
  const root = join(fixtures.root, 'grading');
  const problem = join(root, 'problem');
  mkdirSync(join(problem, 'tests'), { recursive: true });
  writeFileSync(join(problem, 'problem.yaml'), 'name: A+B (grading)\ntime_limit: 2s\nmemory_limit: 256MiB\ntests: tests/\n');
  for (let t = 0; t < tests; t++) {
    writeFileSync(join(problem, 'tests', `${String(t + 1).padStart(2, '0')}.in`), `${t * 7919} ${t * 104729}\n`);
    writeFileSync(join(problem, 'tests', `${String(t + 1).padStart(2, '0')}.ans`), `${t * 7919 + t * 104729}\n`);
  }
  const floorScript = join(root, 'floor.sh');
  writeFileSync(floorScript, FLOOR);
  const floor: number[] = [];
  const letscode: number[] = [];
  for (let r = 0; r < runs; r++) {
    // A fresh class every round: nothing compiled before, on either side.
    const klass = join(root, `class-${r}`);
    mkdirSync(klass, { recursive: true });
    for (let i = 0; i < submissions; i++) {
      writeFileSync(join(klass, i % 2 === 0 ? `s${i}.cpp` : `s${i}.py`), i % 2 === 0 ? CPP(i + r * submissions) : PYTHON(i + r * submissions));
    }
    const work = join(root, 'floor-work');
    mkdirSync(work, { recursive: true });
    const native = await runCommand(['bash', floorScript, klass, join(problem, 'tests'), work]);
    if (native.exitCode !== 0) throw new Error(`the grading floor failed (exit ${native.exitCode}): ${native.stderr.trim()}`);
    floor.push(native.elapsedMs);
    const out = join(root, `results-${r}`);
    const graded = await runCommand([...cliArgv, 'grade', '-p', problem, klass, '--out', out], { env: { ...process.env, NO_COLOR: '1', LETSCODE_CACHE_DIR: cacheDir } });
    if (graded.exitCode !== 0) throw new Error(`letscode grade exited ${graded.exitCode}:\n${(graded.stdout + graded.stderr).trim().split('\n').slice(-8).join('\n')}`);
    letscode.push(graded.elapsedMs);
    rmSync(klass, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
  return { submissions, tests, floor: summarize(floor), letscode: summarize(letscode) };
}
