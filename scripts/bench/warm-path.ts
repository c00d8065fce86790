// The warm path's figures, each against its baseline measured in the same run:
//   (a) A+B with 200 tiny tests and a freshly edited source every run (what a contestant
//       does dozens of times an hour), vs the native floor (host g++ + bash loop + cmp);
//   (b) the 200-test sorting shape, compile cache off, vs its native floor;
//   (c) a cached program on a 1-test problem: the whole command, spawn to exit, vs an
//       empty `node -e ''` and the bare program run from bash.
// Each warm (the helper up, its boxes warm) and cold (the first command after the helper
// expired: it judges in its own process and starts a helper for the next command).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fixtures } from './fixtures.js';
import type { LetscodeCli } from './letscode.js';
import { runCommand, summarize, type Summary } from './timing.js';

export interface WarmPathShape {
  name: string;
  baselineLabel: string;
  baseline: Summary;
  warm: Summary;
  cold: Summary;
  /** A second baseline where one helps reading the row (c: the bare program). */
  extraBaseline?: { label: string; summary: Summary };
  /**
   * (c) when the machine sets NODE_EXTRA_CA_CERTS, which Node 20 reads at every start (~40 ms
   * here): `node -e ''` without it, and the warm judge run as `node bin/letscode.js`, where
   * the bin's shebang cannot keep Node from reading it.
   */
  extraCerts?: { nodeWithout: Summary; warmViaNode: Summary };
}

interface Shape {
  name: string;
  problem: string;
  /** The source judged in run `i` (a fresh edit for (a)). */
  source: (i: number) => string;
  noCache: boolean;
  baselineLabel: string;
  baseline: (source: string) => Promise<number>;
}

export async function measureWarmPath(cli: LetscodeCli, fixtures: Fixtures, runs: number): Promise<WarmPathShape[]> {
  const shapes: Shape[] = [
    {
      name: `A+B, ${fixtures.aplusb.testCount} tiny tests, source edited every run`,
      problem: fixtures.aplusb.dir,
      source: (i) => editedSource(fixtures, i),
      noCache: false,
      baselineLabel: 'native floor (host g++ + bash loop + cmp)',
      baseline: (source) => floorMs(fixtures, source, fixtures.aplusb.tests),
    },
    {
      name: `sorting, ${fixtures.sort.testCount} tests, <iostream>, compile cache off`,
      problem: fixtures.sort.dir,
      source: () => fixtures.sort.solutions.iostream,
      noCache: true,
      baselineLabel: 'native floor (host g++ + bash loop + cmp)',
      baseline: (source) => floorMs(fixtures, source, fixtures.sort.tests),
    },
    {
      name: 'cached program, 1-test problem, first verdict',
      problem: fixtures.aplusb.one,
      source: () => fixtures.aplusb.source,
      noCache: false,
      baselineLabel: "node -e '' (an empty Node process)",
      baseline: async () => (await runCommand([process.execPath, '-e', ''])).elapsedMs,
    },
  ];
  const results: WarmPathShape[] = [];
  for (const shape of shapes) results.push(await measureShape(cli, shape, runs));
  const bare = await bareProgramRuns(fixtures, runs);
  results[2]!.extraBaseline = { label: 'the compiled program once, from bash, with cmp', summary: bare };
  if (process.env[EXTRA_CERTS]) results[2]!.extraCerts = await firstVerdictExtraCerts(cli, fixtures, runs);
  return results;
}

const EXTRA_CERTS = 'NODE_EXTRA_CA_CERTS';

/** Shape (c)'s start-up with and without the CA file: `node -e ''` without it, the judge as `node bin/letscode.js`; interleaved. */
async function firstVerdictExtraCerts(cli: LetscodeCli, fixtures: Fixtures, runs: number): Promise<{ nodeWithout: Summary; warmViaNode: Summary }> {
  const judge = () => cli.judge({ problem: fixtures.aplusb.one, solution: fixtures.aplusb.source, warm: true, viaNode: true });
  await judge();
  await cli.untilHelperRuns();
  await judge();
  const env = { ...process.env };
  delete env[EXTRA_CERTS];
  const nodeWithout: number[] = [];
  const warmViaNode: number[] = [];
  for (let r = 0; r < runs; r++) {
    nodeWithout.push((await runCommand([process.execPath, '-e', ''], { env })).elapsedMs);
    warmViaNode.push((await judge()).elapsedMs);
  }
  return { nodeWithout: summarize(nodeWithout), warmViaNode: summarize(warmViaNode) };
}

async function measureShape(cli: LetscodeCli, shape: Shape, runs: number): Promise<WarmPathShape> {
  const judge = (source: string, warm: boolean) => cli.judge({ problem: shape.problem, solution: source, noCache: shape.noCache, warm });
  // Warm-up: images, the page cache, the compile cache of the cached shape, a helper.
  await judge(shape.source(0), true);
  await cli.untilHelperRuns();
  await judge(shape.source(0), true);
  const baseline: number[] = [];
  const warm: number[] = [];
  const cold: number[] = [];
  // Interleaved, so a burst of load from elsewhere hits every side alike.
  for (let r = 1; r <= runs; r++) {
    baseline.push(await shape.baseline(shape.source(3 * r)));
    warm.push((await judge(shape.source(3 * r + 1), true)).elapsedMs);
    await cli.stopHelper();
    cold.push((await judge(shape.source(3 * r + 2), true)).elapsedMs);
    await cli.untilHelperRuns();
    await judge(shape.source(0), true); // the helper's boxes of this kind, as after real use
  }
  return { name: shape.name, baselineLabel: shape.baselineLabel, baseline: summarize(baseline), warm: summarize(warm), cold: summarize(cold) };
}

/** The A+B solution with a comment that makes it a program the compile cache has not seen. */
function editedSource(fixtures: Fixtures, i: number): string {
  const dir = join(fixtures.root, 'aplusb-edits');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `edit-${i}.cpp`);
  writeFileSync(path, `${fixtures.aplusb.sourceText}// edit ${i}\n`);
  return path;
}

async function floorMs(fixtures: Fixtures, source: string, tests: string): Promise<number> {
  const work = join(fixtures.root, 'floor-work');
  mkdirSync(work, { recursive: true });
  const run = await runCommand(['bash', fixtures.floorScript, source, tests, work]);
  if (run.exitCode !== 0) throw new Error(`the native floor failed on ${source} (exit ${run.exitCode}): ${run.stderr.trim()}`);
  return run.elapsedMs;
}

/** The A+B program, compiled on the host, run once on the 1-test problem's input. */
async function bareProgramRuns(fixtures: Fixtures, runs: number): Promise<Summary> {
  const work = join(fixtures.root, 'bare-aplusb');
  mkdirSync(work, { recursive: true });
  await runCommand(['g++', '-O2', '-o', join(work, 'solution'), fixtures.aplusb.source]);
  const input = join(fixtures.aplusb.one, 'tests', '1.in');
  const answer = join(fixtures.aplusb.one, 'tests', '1.ans');
  const samples: number[] = [];
  for (let r = 0; r < Math.max(5, runs); r++) {
    samples.push((await runCommand(['bash', '-c', `"${work}/solution" < "${input}" > "${work}/out" && cmp -s "${work}/out" "${answer}"`])).elapsedMs);
  }
  return summarize(samples);
}
