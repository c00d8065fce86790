// `npm run bench`: how fast letscode judges, against baselines measured in the same run on
// this machine. Speed is shown here, as ratios, never by timed assertions in tests.
//
//   per test:   bare process (shell loop, Node spawn) vs letscode's marginal cost per test
//               ((t201 - t1) / 200 with the real CLI) vs a `docker run` per test;
//   end to end: a 200-test C++ problem, compile included, compile cache off, vs the native
//               floor (host g++ with the judge's flags + a bash loop comparing with cmp);
//   breakdown:  where letscode's end-to-end time goes (scripts/bench/trace-hook.mjs).
//
//   queue load: 50 clients submitting small programs to serve --redis with two local
//               workers, to serve's in-process queue, and to the synchronous /api/execute
//               (scripts/bench/queue-load.ts).
//
// Options: --runs N (end-to-end and marginal repeats, default 5), --json FILE (raw results),
// --only judge|queue (one part), --load-seconds S (default 60: 5 makes a quick run),
// --load-clients N (default 50). See docs/PERFORMANCE.md for the method and the figures.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { imageSpecFor } from '../src/images/image-spec.js';
import { endToEnd, hostPrecompiledHeader, type EndToEnd } from './bench/end-to-end.js';
import { writeFixtures } from './bench/fixtures.js';
import { measureStartup } from './bench/startup.js';
import { LetscodeCli, cliArgv, cliPath, repoRoot } from './bench/letscode.js';
import { PrerequisiteError, busyWarning, checkPrerequisites, describeMachine, ensureGccImage, loadNow } from './bench/machine.js';
import {
  compileInImage, compileNative, dockerRunPerTest, measurePerTest, removeBenchContainers, type Marginal,
} from './bench/per-test.js';
import { formatMs, formatRatio, renderTable, renderTimings, type Row } from './bench/table.js';
import { liveChildren, nowMs, runChecked, runCommand, type Summary } from './bench/timing.js';
import { queueLoadBenchmark } from './bench/queue-load.js';
import { queueTargets, renderQueueLoad } from './bench/queue-report.js';

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

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    json: { type: 'string' },
    only: { type: 'string' },
    'load-seconds': { type: 'string', default: '60' },
    'load-clients': { type: 'string', default: '50' },
  },
});
const runs = Math.max(1, Number.parseInt(flags.runs ?? '5', 10) || 5);
const loadSeconds = Math.max(1, Number.parseInt(flags['load-seconds'] ?? '60', 10) || 60);
const loadClients = Math.max(1, Number.parseInt(flags['load-clients'] ?? '50', 10) || 50);
if (flags.only !== undefined && flags.only !== 'judge' && flags.only !== 'queue') {
  process.stderr.write('bench: --only takes judge or queue\n');
  process.exit(2);
}

const say = (text = '') => process.stdout.write(`${text}\n`);
const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

let root: string | null = null;
let interrupted = false;
async function cleanUp(): Promise<void> {
  for (const child of liveChildren) child.kill('SIGTERM');
  await removeBenchContainers();
  if (root) rmSync(root, { recursive: true, force: true });
  root = null;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    progress(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/** The commit judged, so figures can be tied to the code they measured. */
async function describeCheckout(): Promise<string> {
  const head = await runCommand(['git', '-C', repoRoot, 'log', '-1', '--format=%h %s']).catch(() => null);
  if (!head || head.exitCode !== 0) return 'not a git checkout';
  const dirty = await runCommand(['git', '-C', repoRoot, 'status', '--porcelain', '--', 'src', 'images', 'seccomp']);
  return `commit ${head.stdout.trim()}${dirty.stdout.trim() ? ' (+ uncommitted changes in src/, images/ or seccomp/)' : ''}`;
}

function marginalSummary(marginal: Marginal): Summary {
  return { ...marginal.perPair, median: marginal.perTestMs };
}

/** The queue section: its table and its targets. */
async function queueSection(cacheDir: string): Promise<Awaited<ReturnType<typeof queueLoadBenchmark>>> {
  const scenarios = await queueLoadBenchmark({ seconds: loadSeconds, clients: loadClients, cacheDir, workDir: root!, progress });
  say(renderQueueLoad(scenarios).join('\n'));
  say();
  say('Queue targets');
  for (const line of queueTargets(scenarios)) say(line);
  return scenarios;
}

async function queueOnly(): Promise<void> {
  const versions = await checkPrerequisites(cliPath);
  const machine = describeMachine(versions);
  await runChecked([...cliArgv, 'images', 'build', 'cpp', 'python']);
  root = mkdtempSync(join(tmpdir(), 'letscode-bench-'));
  say(`letscode queue benchmark, ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`);
  say(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB.toFixed(1)} GiB RAM, kernel ${machine.kernel}; load: ${await loadNow()}`);
  say(`letscode: ${await describeCheckout()}`);
  say();
  const queue = await queueSection(join(root, 'cache'));
  if (flags.json) writeFileSync(flags.json, `${JSON.stringify({ machine, queue }, null, 2)}\n`);
}

async function main(): Promise<void> {
  if (flags.only === 'queue') return queueOnly();
  const started = nowMs();
  const versions = await checkPrerequisites(cliPath);
  const machine = describeMachine(versions);
  const image = imageSpecFor('gcc').ref;
  await ensureGccImage(image, cliArgv);
  const loadBefore = await loadNow();
  const busy = busyWarning(machine.cores);
  if (busy) progress(`warning: ${busy}`);
  root = mkdtempSync(join(tmpdir(), 'letscode-bench-'));
  const fixtures = writeFixtures(root);
  const cli = await LetscodeCli.detect(join(root, 'cache'));
  // The CLI's own rule, so the labels stay right if the default changes.
  const defaultJobs = (await import('../src/cli/arguments.js')).defaultJobs();
  if (!cli.supportsNoCache) progress('`letscode judge --help` lists no --no-cache: judging without it (there is no compile cache)');

  progress(`per test: bare process and letscode's marginal cost, ${runs} round(s)`);
  const binary = await compileNative(fixtures);
  // --jobs 1, the default, and every core; the same run when they coincide.
  const jobsList = [...new Set([1, defaultJobs, machine.cores])];
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
  const loadAfter = await loadNow();

  const date = new Date().toISOString().replace('T', ' ').slice(0, 16);
  say(`letscode benchmark, ${date} UTC (${((nowMs() - started) / 1000).toFixed(0)} s)`);
  say(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB.toFixed(1)} GiB RAM, kernel ${machine.kernel}`);
  say(`         Docker ${machine.docker}, Node ${machine.node}, ${machine.gpp}`);
  say(`load:    before ${loadBefore}`);
  say(`         after  ${loadAfter}`);
  if (busy) say(`         warning at the start: ${busy}`);
  say(`letscode: ${await describeCheckout()}`);
  say(`          image ${image}; default --jobs here = ${defaultJobs}; --no-cache ${cli.supportsNoCache ? 'passed' : 'NOT available (no compile cache yet)'}`);
  say();
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
  let queue: Awaited<ReturnType<typeof queueSection>> | null = null;
  if (flags.only !== 'judge') {
    say();
    await runChecked([...cliArgv, 'images', 'build', 'python']);
    queue = await queueSection(cli.cacheDir);
  }
  if (flags.json) {
    writeFileSync(flags.json, `${JSON.stringify({ date, machine, loadBefore, loadAfter, image, defaultJobs, noCache: cli.supportsNoCache, queue,
      startup, perTest: { shell, spawned, marginals, dockerRun }, endToEnd: e2e }, null, 2)}\n`);
  }
}

main()
  .catch((error: unknown) => {
    if (interrupted) return;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`bench: ${error instanceof PrerequisiteError ? '' : 'failed: '}${message}\n`);
    process.exitCode = error instanceof PrerequisiteError ? 2 : 1;
  })
  .finally(() => cleanUp());
