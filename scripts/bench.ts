// `npm run bench`: how fast letscode judges, against baselines measured in the same run on
// this machine. Speed is shown here, as ratios, never by timed assertions in tests.
//
//   per test:   bare process (shell loop, Node spawn) vs letscode's marginal cost per test
//               ((t201 - t1) / 200 with the real CLI) vs a `docker run` per test;
//   end to end: a 200-test C++ problem, compile included, compile cache off, vs the native
//               floor (host g++ with the judge's flags + a bash loop comparing with cmp);
//   breakdown:  where letscode's end-to-end time goes (scripts/bench/trace-hook.mjs).
//
//   warm path:  A+B with a freshly edited source, the sorting shape and a cached 1-test judge,
//               through the warm helper and cold, each against its baseline (bench/warm-path.ts);
//   grading:    100 submissions x 20 tests with `letscode grade` vs a bash loop;
//   pinning:    the spread of CPU time over 100 identical runs, pinned and not;
//   stress:     `letscode stress` iterations per second vs the hand-written native loop;
//   queue load: 50 clients submitting small programs to serve --redis with two local
//               workers, to serve's in-process queue, and to the synchronous /api/execute
//               (scripts/bench/queue-load.ts).
//
// Options: --runs N (end-to-end and marginal repeats, default 5), --json FILE (raw results),
// --only core,warm,grading,pinning,stress,queue (default: all), --load-seconds S per queue
// set-up (default 60: 6 makes a quick run), --load-clients N (default 50), --load-rounds R
// (the seconds split into R turns, taken in turn by the set-ups; default 2). BENCH_CPU_PROF=DIR
// makes the queue's workers and servers write CPU profiles there.
// See docs/PERFORMANCE.md for the method and the figures.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { imageSpecFor } from '../src/images/image-spec.js';
import { writeFixtures } from './bench/fixtures.js';
import { LetscodeCli, cliArgv, cliPath, repoRoot } from './bench/letscode.js';
import { PrerequisiteError, busyWarning, checkPrerequisites, describeMachine, ensureGccImage, loadNow } from './bench/machine.js';
import { removeBenchContainers } from './bench/per-test.js';
import { liveChildren, nowMs, runCommand } from './bench/timing.js';
import { measureCore, renderCore } from './bench/core-rows.js';
import { measureMoreRows, renderMoreRows, SUITES, type Suite } from './bench/more-rows.js';

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    json: { type: 'string' },
    only: { type: 'string' },
    'load-seconds': { type: 'string', default: '60' },
    'load-clients': { type: 'string', default: '50' },
    'load-rounds': { type: 'string', default: '2' },
  },
});
const suites = new Set<Suite>(flags.only ? (flags.only.split(',') as Suite[]).filter((suite) => SUITES.includes(suite)) : SUITES);
const runs = Math.max(1, Number.parseInt(flags.runs ?? '5', 10) || 5);
const positive = (text: string | undefined, fallback: number) => Math.max(1, Number.parseInt(text ?? '', 10) || fallback);
const load = { seconds: positive(flags['load-seconds'], 60), clients: positive(flags['load-clients'], 50), rounds: positive(flags['load-rounds'], 2) };

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


async function main(): Promise<void> {
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

  const core = suites.has('core') ? await measureCore(cli, fixtures, defaultJobs, machine.cores, runs) : null;
  const more = await measureMoreRows(suites, cli, fixtures, runs, load, progress);
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
  if (core) renderCore(core, cli, fixtures, defaultJobs, runs);
  for (const line of renderMoreRows(more, defaultJobs)) say(line);
  if (flags.json) {
    writeFileSync(flags.json, `${JSON.stringify({ date, machine, loadBefore, loadAfter, image, defaultJobs, noCache: cli.supportsNoCache,
      ...(core && { startup: core.startup, perTest: core.perTest, endToEnd: core.e2e }), ...more }, null, 2)}\n`);
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
