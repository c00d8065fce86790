// The core rows of `npm run bench`: start-up, the per-test cost against a bare process and
// `docker run`, and the end-to-end sorting problem against the native floor, judged in the
// command's own process (no warm helper).

import { imageSpecFor } from '../../src/images/image-spec.js';
import { endToEnd, hostPrecompiledHeader, type EndToEnd } from './end-to-end.js';
import type { writeFixtures } from './fixtures.js';
import type { LetscodeCli } from './letscode.js';
import { compileInImage, compileNative, dockerRunPerTest, measurePerTest, type Marginal } from './per-test.js';
import { measureStartup } from './startup.js';
import { formatMs, formatRatio, renderTable, renderTimings, type Row } from './table.js';
import type { Summary } from './timing.js';

/** Per round (--runs rounds): one sample of each bare-process row. */
const SHELL_ITERATIONS = 500;
const SPAWN_ITERATIONS = 300;
const DOCKER_RUNS = 20;
const TRACED_RUNS = 3;
const STARTUP_SAMPLES = 10;
const HELP_MAX_MS = 300;
/** Targets from the issue. */
const E2E_MAX_RATIO = 1.5;
const E2E_GOAL_RATIO = 1.25;
const PER_TEST_MAX_OVERHEAD_MS = 2;

const say = (text = '') => process.stdout.write(`${text}\n`);
const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

function marginalSummary(marginal: Marginal): Summary {
  return { ...marginal.perPair, median: marginal.perTestMs };
}
export interface CoreRows {
  startup: Awaited<ReturnType<typeof measureStartup>>;
  perTest: { shell: Summary; spawned: Summary; marginals: Marginal[]; dockerRun: Summary };
  e2e: EndToEnd[];
}

/** The per-test, start-up and end-to-end rows (the command's own process: no warm helper). */
export async function measureCore(cli: LetscodeCli, fixtures: ReturnType<typeof writeFixtures>, defaultJobs: number, cores: number, runs: number): Promise<CoreRows> {
  const image = imageSpecFor('gcc').ref;
  progress(`per test: bare process and letscode's marginal cost, ${runs} round(s)`);
  const binary = await compileNative(fixtures);
  // --jobs 1, the default, and every core; the same run when they coincide.
  const jobsList = [...new Set([1, defaultJobs, cores])];
  const { shell, spawned, marginals } = await measurePerTest({
    binary, cli, fixtures, jobs: jobsList, rounds: runs, shellIterations: SHELL_ITERATIONS, spawnIterations: SPAWN_ITERATIONS,
  });
  progress(`per test: docker run per test (${DOCKER_RUNS} runs)`);
  const dockerRun = await dockerRunPerTest(image, await compileInImage(image, fixtures), DOCKER_RUNS);

  progress('start-up: letscode --help against an empty node script');
  const startup = await measureStartup(STARTUP_SAMPLES);

  const pchDir = await hostPrecompiledHeader(fixtures);
  const e2e: EndToEnd[] = [];
  for (const solution of ['iostream', 'bits'] as const) {
    progress(`end to end: ${solution} solution, ${runs} runs each side`);
    e2e.push(await endToEnd(cli, fixtures, solution, { runs, tracedRuns: TRACED_RUNS, pchDir }));
  }
  return { startup, perTest: { shell, spawned, marginals, dockerRun }, e2e };
}

export function renderCore(core: CoreRows, cli: LetscodeCli, fixtures: ReturnType<typeof writeFixtures>, defaultJobs: number, runs: number): void {
  const { startup, e2e } = core;
  const { shell, spawned, marginals, dockerRun } = core.perTest;
  say('Start-up, process spawn to exit, ms');
  say(renderTimings([
    { label: `node -e '' (${STARTUP_SAMPLES} runs)`, summary: startup.node, baselineMs: null },
    { label: `letscode --help (${STARTUP_SAMPLES} runs)`, summary: startup.help, baselineMs: startup.node.median },
  ], 'empty node'));
  say();
  say('Per-test cost, tiny C++ program (read an int, print it doubled), ms per test');
  const bare = shell.median;
  const perTestRows: Row[] = [
    { label: `bare native, bash loop (${SHELL_ITERATIONS} runs per sample)`, summary: shell, baselineMs: null },
    { label: `bare native, Node child_process.spawn (${SPAWN_ITERATIONS} per sample)`, summary: spawned, baselineMs: bare },
    ...marginals.map((m) => ({
      label: `letscode --jobs ${m.jobs}${m.jobs === defaultJobs ? ' (default)' : ''}, (t${fixtures.marginal.manyCount}-t1)/${fixtures.marginal.manyCount - 1}`,
      summary: marginalSummary(m),
      baselineMs: bare,
    })),
    { label: `docker run --rm -i per test (${DOCKER_RUNS} runs)`, summary: dockerRun, baselineMs: bare },
  ];
  say(renderTimings(perTestRows, 'bare (bash loop)'));
  say();
  say(renderTable(
    ['letscode judge runs behind the marginal rows', 't1 median ms', `t${fixtures.marginal.manyCount} median ms`],
    marginals.map((m) => [`--jobs ${m.jobs}, ${runs} runs each`, formatMs(m.one.median), formatMs(m.many.median)]),
    [1, 2],
  ));
  say();
  const kib = (fixtures.sort.inputBytes / fixtures.sort.testCount / 1024).toFixed(1);
  say(`End to end: ${fixtures.sort.testCount}-test sorting problem (~${kib} KiB input per test), compile included, ` +
    `compile cache off, default --jobs; process start to exit, ms`);
  const e2eRows: Row[] = [];
  for (const result of e2e) {
    const floor = result.floor.median;
    const name = result.solution === 'bits' ? '<bits/stdc++.h>' : '<iostream>';
    e2eRows.push({ label: `${name}: native floor (host g++ + bash loop + cmp)`, summary: result.floor, baselineMs: null });
    if (result.floorPch) e2eRows.push({ label: `${name}: native floor, host precompiled header`, summary: result.floorPch, baselineMs: floor });
    e2eRows.push({ label: `${name}: letscode judge${cli.supportsNoCache ? ' --no-cache' : ''}`, summary: result.letscode, baselineMs: floor });
    if (result.letscodeCached) e2eRows.push({ label: `${name}: letscode judge, compile cached`, summary: result.letscodeCached, baselineMs: floor });
  }
  say(renderTimings(e2eRows, 'native floor'));
  say();
  for (const result of e2e) {
    say(`Where letscode's time goes, ${result.solution} solution (median of ${result.breakdown.runs} traced runs, ` +
      `traced total ${formatMs(result.breakdown.totalMs)} ms)`);
    say(renderTable(
      ['phase', 'ms', 'share'],
      result.breakdown.phases.map((phase) => [
        phase.name,
        formatMs(phase.ms),
        phase.detail ? '' : `${((phase.ms / result.breakdown.totalMs) * 100).toFixed(0)}%`,
      ]),
      [1, 2],
    ));
    const floorTestsMs = result.floor.median - result.floorCompile.median;
    say(`  native floor, for comparison: bash + g++ ${formatMs(result.floorCompile.median)} ms, ` +
      `${fixtures.sort.testCount} tests ${formatMs(floorTestsMs)} ms (${formatMs(floorTestsMs / fixtures.sort.testCount)} per test)`);
    for (const note of result.breakdown.notes) say(`  note: ${note}`);
    say();
  }
  say('Targets');
  say(`  letscode --help: ${formatMs(startup.help.median)} ms (limit ${HELP_MAX_MS} ms): ${startup.help.median < HELP_MAX_MS ? 'met' : 'MISSED'}`);
  const best = marginals.find((m) => m.jobs === 1) ?? marginals[0]!;
  const overhead = best.perTestMs - bare;
  say(`  per-test overhead over a bare process (--jobs 1): ${formatMs(overhead)} ms ` +
    `(limit ${PER_TEST_MAX_OVERHEAD_MS} ms): ${overhead <= PER_TEST_MAX_OVERHEAD_MS ? 'met' : 'MISSED'}`);
  for (const result of e2e) {
    const ratio = result.letscode.median / result.floor.median;
    const verdict = ratio <= E2E_GOAL_RATIO ? 'goal met' : ratio <= E2E_MAX_RATIO ? 'limit met, goal missed' : 'MISSED';
    say(`  end to end, ${result.solution}: ${formatRatio(result.letscode.median, result.floor.median)} the native floor ` +
      `(limit ${E2E_MAX_RATIO}x, goal ${E2E_GOAL_RATIO}x): ${verdict}`);
    if (result.floorPch) {
      say(`    (like for like, against the floor that also uses a precompiled header: ` +
        `${formatRatio(result.letscode.median, result.floorPch.median)})`);
    }
  }
}
