// Cost of one test case with the tiny doubling program, four ways: a bare native process
// from a shell loop and from Node's child_process.spawn, the marginal per-test cost of the
// real letscode CLI, and a fresh `docker run` per test (the naive container design).

import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DOUBLE_INPUT, DOUBLE_OUTPUT, JUDGE_GPP_FLAGS, type Fixtures } from './fixtures.js';
import type { LetscodeCli } from './letscode.js';
import { median, nowMs, runChecked, runCommand, summarize, type Summary } from './timing.js';

/** Label on every container the benchmark starts itself, so cleanup finds them all. */
export const BENCH_LABEL = `letscode-bench=${process.pid}`;

export async function compileNative(fixtures: Fixtures): Promise<string> {
  const binary = join(dirname(fixtures.doubleSource), 'double-native');
  await runChecked(['g++', ...JUDGE_GPP_FLAGS, '-o', binary, fixtures.doubleSource]);
  writeFileSync(join(dirname(binary), 'in.txt'), DOUBLE_INPUT);
  return binary;
}

/** `for ...; do ./prog < in > out; done` in bash: ms per iteration. */
async function shellLoopOnce(binary: string, iterations: number): Promise<number> {
  const dir = dirname(binary);
  const script = `cd "${dir}" && for ((i = 0; i < ${iterations}; i++)); do ./double-native < in.txt > out.txt; done && cat out.txt`;
  const run = await runChecked(['bash', '-c', script]);
  if (run.stdout !== DOUBLE_OUTPUT) throw new Error(`the native program printed ${JSON.stringify(run.stdout)}`);
  return run.elapsedMs / iterations;
}

function spawnOnce(binary: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [], { stdio: ['pipe', 'pipe', 'ignore'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(out).toString()));
    child.stdin.end(DOUBLE_INPUT);
  });
}

/** child_process.spawn, stdin piped in, stdout collected, one at a time: ms per run. */
async function spawnLoopOnce(binary: string, iterations: number): Promise<number> {
  const started = nowMs();
  for (let i = 0; i < iterations; i++) {
    const output = await spawnOnce(binary);
    if (output !== DOUBLE_OUTPUT) throw new Error(`the native program printed ${JSON.stringify(output)}`);
  }
  return (nowMs() - started) / iterations;
}

export interface Marginal {
  jobs: number | undefined;
  one: Summary;
  many: Summary;
  /** (median t_many - median t_one) / (testsMany - 1). */
  perTestMs: number;
  /** The same from each (t_one, t_many) pair, to show the spread. */
  perPair: Summary;
}

export interface PerTest {
  shell: Summary;
  spawned: Summary;
  marginals: Marginal[];
}

/**
 * The bare-process loops and letscode's marginal cost (judge 1 test, then N tests, with the
 * real CLI) measured in rounds, each round taking one sample of every row, so load from
 * elsewhere on the machine lands on all rows alike.
 */
export async function measurePerTest(options: {
  binary: string;
  cli: LetscodeCli;
  fixtures: Fixtures;
  jobs: readonly number[];
  rounds: number;
  shellIterations: number;
  spawnIterations: number;
}): Promise<PerTest> {
  const { binary, cli, fixtures, rounds } = options;
  const { one, many, manyCount } = fixtures.marginal;
  const solution = fixtures.doubleSource;
  // Warm-ups (and a compile-cache entry, if there is a cache: every judge run then skips the compile).
  await shellLoopOnce(binary, 20);
  for (const jobs of options.jobs) await cli.judge({ problem: one, solution, jobs });
  const shell: number[] = [];
  const spawned: number[] = [];
  const times = options.jobs.map(() => ({ ones: [] as number[], manys: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    shell.push(await shellLoopOnce(binary, options.shellIterations));
    spawned.push(await spawnLoopOnce(binary, options.spawnIterations));
    for (const [index, jobs] of options.jobs.entries()) {
      times[index]!.ones.push((await cli.judge({ problem: one, solution, jobs })).elapsedMs);
      times[index]!.manys.push((await cli.judge({ problem: many, solution, jobs })).elapsedMs);
    }
  }
  const extra = manyCount - 1;
  const marginals = options.jobs.map((jobs, index) => {
    const { ones, manys } = times[index]!;
    return {
      jobs,
      one: summarize(ones),
      many: summarize(manys),
      perTestMs: (median(manys) - median(ones)) / extra,
      perPair: summarize(ones.map((t1, i) => (manys[i]! - t1) / extra)),
    };
  });
  return { shell: summarize(shell), spawned: summarize(spawned), marginals };
}

/** Compiles the doubling program inside the judge's image (bind mount), as the judge would. */
export async function compileInImage(image: string, fixtures: Fixtures): Promise<string> {
  const dir = dirname(fixtures.doubleSource);
  const user = process.getuid && process.getgid ? ['--user', `${process.getuid()}:${process.getgid()}`] : [];
  await runChecked([
    'docker', 'run', '--rm', '--network', 'none', '--label', BENCH_LABEL, ...user,
    '-v', `${dir}:/w`, '--entrypoint', 'g++', image, ...JUDGE_GPP_FLAGS, '-o', '/w/double-box', '/w/double.cpp',
  ]);
  return dir;
}

/** `docker run --rm -i --network none IMAGE /box/prog` per test: ms per run. */
export async function dockerRunPerTest(image: string, programDir: string, runs: number): Promise<Summary> {
  const argv = [
    'docker', 'run', '--rm', '-i', '--network', 'none', '--label', BENCH_LABEL,
    '-v', `${programDir}:/box:ro`, '--entrypoint', '/box/double-box', image,
  ];
  await runChecked(argv, { input: DOUBLE_INPUT }); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runChecked(argv, { input: DOUBLE_INPUT });
    if (run.stdout !== DOUBLE_OUTPUT) throw new Error(`docker run printed ${JSON.stringify(run.stdout)}`);
    samples.push(run.elapsedMs);
  }
  return summarize(samples);
}

/** Removes every container this benchmark started itself (letscode removes its own). */
export async function removeBenchContainers(): Promise<void> {
  const list = await runCommand(['docker', 'ps', '-aq', '--filter', `label=${BENCH_LABEL}`]).catch(() => null);
  const ids = list?.stdout.split('\n').filter(Boolean) ?? [];
  if (ids.length) await runCommand(['docker', 'rm', '-f', ...ids]).catch(() => undefined);
}
