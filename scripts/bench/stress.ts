// The stress row: how many iterations per second `letscode stress` runs with a tiny C++
// generator, brute force and solution, against the native loop a contestant writes by
// hand (`./gen $i > in; ./brute < in > exp; ./sol < in > out; cmp exp out`), measured in
// the same rounds. letscode's figure is marginal, (t_many - t_few) / (many - few) with the
// real CLI and a warm compile cache, so start-up and compiling cancel out, as in the
// per-test row.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JUDGE_GPP_FLAGS } from './fixtures.js';
import type { LetscodeCli } from './letscode.js';
import { median, runChecked, summarize, type Summary } from './timing.js';

/** n = 10 values below 1000 from the seed (a 32-bit LCG: the same in every run). */
const GEN = `#include <cstdio>
#include <cstdlib>
int main(int argc, char** argv) {
    unsigned s = (unsigned)atoll(argv[1]) * 2654435761u + 1;
    printf("10\\n");
    for (int i = 0; i < 10; i++) { s = s * 1103515245u + 12345u; printf("%u\\n", (s >> 16) % 1000); }
}
`;
/** Distinct values, quadratically. */
const BRUTE = `#include <cstdio>
int main() {
    int n, a[100], distinct = 0;
    scanf("%d", &n);
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    for (int i = 0; i < n; i++) { bool seen = false; for (int j = 0; j < i; j++) seen = seen || a[j] == a[i]; distinct += !seen; }
    printf("%d\\n", distinct);
}
`;
/** Distinct values, sorted. */
const SOLUTION = `#include <algorithm>
#include <cstdio>
int main() {
    int n, a[100];
    scanf("%d", &n);
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    std::sort(a, a + n);
    printf("%d\\n", (int)(std::unique(a, a + n) - a));
}
`;

const NATIVE_LOOP = `set -u
cd "$1"
for ((i = 1; i <= $2; i++)); do
  ./gen $i > in; ./brute < in > exp; ./sol < in > out
  cmp -s exp out || exit 1
done
`;

export interface StressBench {
  /** ms per iteration of the native loop. */
  native: Summary;
  /** letscode's marginal ms per iteration, one value per round. */
  letscode: Summary;
  few: Summary;
  many: Summary;
  counts: { native: number; few: number; many: number };
}

export async function benchStress(cli: LetscodeCli, root: string, options: { rounds: number; nativeIterations: number; few: number; many: number }): Promise<StressBench> {
  const dir = join(root, 'stress');
  mkdirSync(dir, { recursive: true });
  const sources = { gen: GEN, brute: BRUTE, sol: SOLUTION };
  for (const [name, source] of Object.entries(sources)) {
    writeFileSync(join(dir, `${name}.cpp`), source);
    await runChecked(['g++', ...JUDGE_GPP_FLAGS, '-o', join(dir, name), join(dir, `${name}.cpp`)]);
  }
  const stress = { dir, solution: join(dir, 'sol.cpp'), generator: join(dir, 'gen.cpp'), brute: join(dir, 'brute.cpp') };
  const nativeOnce = async () => (await runChecked(['bash', '-c', NATIVE_LOOP, 'bash', dir, String(options.nativeIterations)])).elapsedMs / options.nativeIterations;
  // Warm-ups: page cache, the compile cache of all three programs.
  await nativeOnce();
  await cli.stress({ ...stress, count: options.few });
  const native: number[] = [];
  const few: number[] = [];
  const many: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    native.push(await nativeOnce());
    few.push((await cli.stress({ ...stress, count: options.few })).elapsedMs);
    many.push((await cli.stress({ ...stress, count: options.many })).elapsedMs);
  }
  const extra = options.many - options.few;
  return {
    native: summarize(native),
    letscode: { ...summarize(few.map((t, i) => (many[i]! - t) / extra)), median: (median(many) - median(few)) / extra },
    few: summarize(few),
    many: summarize(many),
    counts: { native: options.nativeIterations, few: options.few, many: options.many },
  };
}
