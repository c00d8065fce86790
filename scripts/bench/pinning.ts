// What pinning each run box to a core of its own buys: the spread of CPU time over 100
// identical runs of a CPU-bound program (two at a time, as --jobs 2 runs them), with
// pinning on and off (LETSCODE_PIN_CPU=0), measured in the same run.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fixtures } from './fixtures.js';
import { cliArgv } from './letscode.js';
import { runCommand } from './timing.js';

export interface Spread {
  pinned: boolean;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  stdevMs: number;
}

/** About 100 ms of integer work, the same every run. */
const BURNER = `#include <cstdio>
int main() { unsigned long long x = 1; for (unsigned long long i = 0; i < 120000000ULL; ++i) x = x * 6364136223846793005ULL + 1442695040888963407ULL; std::printf("%d\\n", x != 42 ? 1 : 0); return 0; }
`;

export async function measurePinning(fixtures: Fixtures, cacheDir: string, runs = 100): Promise<Spread[]> {
  const problem = join(fixtures.root, 'pinning');
  mkdirSync(join(problem, 'tests'), { recursive: true });
  writeFileSync(join(problem, 'problem.yaml'), 'name: CPU burner\ntime_limit: 5s\nmemory_limit: 64MiB\ntests: tests/\n');
  for (let t = 0; t < runs; t++) {
    writeFileSync(join(problem, 'tests', `${String(t + 1).padStart(3, '0')}.in`), '\n');
    writeFileSync(join(problem, 'tests', `${String(t + 1).padStart(3, '0')}.ans`), '1\n');
  }
  const source = join(problem, 'burner.cpp');
  writeFileSync(source, BURNER);
  const spreads: Spread[] = [];
  for (const pinned of [true, false, true, false]) {
    const run = await runCommand([...cliArgv, 'judge', '--json', '--jobs', '2', '-p', problem, source], {
      env: { ...process.env, NO_COLOR: '1', LETSCODE_CACHE_DIR: cacheDir, LETSCODE_WARM: '0', LETSCODE_PIN_CPU: pinned ? '1' : '0' },
    });
    const report = JSON.parse(run.stdout) as { verdict: string; tests: { timeMs: number }[] };
    if (report.verdict !== 'AC') throw new Error(`the CPU burner got ${report.verdict}`);
    spreads.push(spreadOf(pinned, report.tests.map((test) => test.timeMs)));
  }
  return spreads;
}

function spreadOf(pinned: boolean, cpuMs: number[]): Spread {
  const sorted = [...cpuMs].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  const variance = sorted.reduce((sum, value) => sum + (value - mean) ** 2, 0) / sorted.length;
  return { pinned, runs: sorted.length, medianMs: sorted[Math.floor(sorted.length / 2)]!, minMs: sorted[0]!, maxMs: sorted.at(-1)!, stdevMs: Math.sqrt(variance) };
}
