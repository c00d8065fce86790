// The end-to-end comparison: judging the 200-test sorting problem with the real CLI,
// compile included and the compile cache off, against the native floor (host g++ with the
// judge's flags, then a bash loop over the tests comparing outputs with cmp).

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Fixtures, type SortSolution } from './fixtures.js';
import type { LetscodeCli } from './letscode.js';
import { runCommand, summarize, type Summary } from './timing.js';
import { breakdown, type Breakdown, type Trace } from './breakdown.js';

/**
 * Precompiles bits/stdc++.h on the host the way images/gcc/Dockerfile does in the image,
 * into a folder passed with -I, and checks g++ really uses it. Null when it cannot.
 */
export async function hostPrecompiledHeader(fixtures: Fixtures): Promise<string | null> {
  const multiarch = (await runCommand(['g++', '-print-multiarch'])).stdout.trim();
  const version = (await runCommand(['g++', '-dumpversion'])).stdout.trim();
  const header = `/usr/include/${multiarch}/c++/${version}/bits/stdc++.h`;
  if (!existsSync(header)) return null;
  const dir = join(fixtures.root, 'pch');
  mkdirSync(join(dir, 'bits'), { recursive: true });
  const build = await runCommand(['g++', '-std=gnu++17', '-O2', '-x', 'c++-header', header, '-o', join(dir, 'bits', 'stdc++.h.gch')]);
  if (build.exitCode !== 0) return null;
  const check = await runCommand(['g++', '-std=gnu++17', '-O2', '-pipe', '-DONLINE_JUDGE', '-I', dir, '-H', '-fsyntax-only', fixtures.sort.solutions.bits]);
  return check.exitCode === 0 && check.stderr.includes(`! ${dir}/bits/stdc++.h.gch`) ? dir : null;
}

interface FloorRun {
  elapsedMs: number;
  compileMs: number;
}

async function floorOnce(fixtures: Fixtures, solution: string, extraFlags: readonly string[]): Promise<FloorRun> {
  const work = join(fixtures.root, 'floor-work');
  mkdirSync(work, { recursive: true });
  const run = await runCommand(['bash', fixtures.floorScript, solution, fixtures.sort.tests, work, ...extraFlags]);
  if (run.exitCode !== 0) throw new Error(`the native floor failed on ${solution} (exit ${run.exitCode}): ${run.stderr.trim()}`);
  const compiledAt = /^compiled (\d+)[.,](\d+)$/m.exec(run.stdout);
  const compileMs = compiledAt ? Number(`${compiledAt[1]}.${compiledAt[2]}`) * 1000 - run.startedMs : Number.NaN;
  return { elapsedMs: run.elapsedMs, compileMs };
}

export interface EndToEnd {
  solution: SortSolution;
  floor: Summary;
  /** The floor's own split: bash start-up + g++, then the test loop. */
  floorCompile: Summary;
  /** bits only: the floor with a host precompiled header, like the image has. */
  floorPch: Summary | null;
  letscode: Summary;
  /** Re-judging with the compile cache on and warm (null when there is no cache). */
  letscodeCached: Summary | null;
  breakdown: Breakdown;
}

export async function endToEnd(
  cli: LetscodeCli,
  fixtures: Fixtures,
  solution: SortSolution,
  options: { runs: number; tracedRuns: number; pchDir: string | null },
): Promise<EndToEnd> {
  const source = fixtures.sort.solutions[solution];
  const judge = { problem: fixtures.sort.dir, solution: source, noCache: true };
  const pchFlags = options.pchDir && solution === 'bits' ? ['-I', options.pchDir] : null;
  // Warm-ups: page cache, the image's layers, g++ itself.
  await floorOnce(fixtures, source, []);
  await cli.judge(judge);
  const floor: FloorRun[] = [];
  const floorPch: number[] = [];
  const letscode: number[] = [];
  // Interleaved, so a burst of load from elsewhere hits both sides alike.
  for (let r = 0; r < options.runs; r++) {
    floor.push(await floorOnce(fixtures, source, []));
    if (pchFlags) floorPch.push((await floorOnce(fixtures, source, pchFlags)).elapsedMs);
    letscode.push((await cli.judge(judge)).elapsedMs);
  }
  let letscodeCached: Summary | null = null;
  if (cli.supportsNoCache) {
    await cli.judge({ ...judge, noCache: false }); // fills the cache
    const cached: number[] = [];
    for (let r = 0; r < Math.min(3, options.runs); r++) cached.push((await cli.judge({ ...judge, noCache: false })).elapsedMs);
    letscodeCached = summarize(cached);
  }
  const traces: { elapsedMs: number; startedMs: number; endedMs: number; trace: Trace }[] = [];
  for (let r = 0; r < options.tracedRuns; r++) {
    const { run, trace } = await cli.judgeTraced(judge, join(fixtures.root, `trace-${solution}-${r}.json`));
    traces.push({ elapsedMs: run.elapsedMs, startedMs: run.startedMs, endedMs: run.endedMs, trace: trace as Trace });
  }
  return {
    solution,
    floor: summarize(floor.map((run) => run.elapsedMs)),
    floorCompile: summarize(floor.map((run) => run.compileMs)),
    floorPch: pchFlags ? summarize(floorPch) : null,
    letscode: summarize(letscode),
    letscodeCached,
    breakdown: breakdown(traces, fixtures.sort.testCount),
  };
}
