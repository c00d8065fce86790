// Two tests side by side run on two cores, whatever the cores' counts say. Boxes are
// pinned to the least busy core when they open; here three containers of "another
// letscode process" sit on core 1, so both boxes of a launch open on core 0, and the
// launch must move one of them (a helper's kept boxes come back the same way: with the
// core they had). Seen from Docker while the tests run, in this process and through the
// warm helper.

import { execa } from 'execa';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir, fixturesDir, letscode, repoRoot } from './cli.js';
import { scratchDirs } from './scratch.js';

const problemDir = join(fixturesDir, 'pinning');
const solution = join(problemDir, 'sleepy_echo.py');
const scratchDir = scratchDirs('pinning');
const decoys: string[] = [];

beforeAll(async () => {
  for (let i = 0; i < 3; i++) {
    const started = await execa('docker', ['run', '-d', '--rm', '--network', 'none', '--label', 'letscode.core=1', '--label', 'letscode.pid=1', 'debian:bookworm-slim', 'sleep', '300']);
    decoys.push(started.stdout.trim());
  }
});

afterAll(async () => {
  if (decoys.length) await execa('docker', ['rm', '-f', ...decoys], { reject: false });
});

/** The cpusets of `pid`'s run boxes seen running the program together while `judging` runs. */
async function coresWhileJudging(judging: Promise<unknown>, pid: number): Promise<string[]> {
  let done = false;
  void judging.finally(() => (done = true));
  let seen: string[] = [];
  while (!done) {
    const listed = await execa('docker', ['ps', '-q', '--filter', `label=letscode.pid=${pid}`, '--filter', 'label=letscode.purpose=run']);
    // Only the boxes the program runs in (a helper also holds spare and idle ones).
    const listedIds = listed.stdout.split('\n').filter(Boolean);
    const tops = await Promise.all(listedIds.map((id) => execa('docker', ['top', id], { reject: false })));
    const ids = listedIds.filter((_, index) => /python/.test(tops[index]!.stdout));
    if (ids.length >= 2) {
      const inspected = await execa('docker', ['inspect', '-f', '{{.HostConfig.CpusetCpus}}', ...ids], { reject: false });
      const cores = inspected.stdout.split('\n').filter(Boolean);
      if (cores.length > seen.length) seen = cores;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return seen.sort();
}

const expectedCores = availableParallelism() >= 2 ? ['0', '1'] : ['0', '0'];

describe('the boxes of one launch run on cores of their own', () => {
  it('in the command itself (--no-warm)', async () => {
    const judging = execa('node', [join(repoRoot, 'bin/letscode.js'), 'judge', '--json', '--no-warm', '-j', '2', '-p', problemDir, solution], {
      env: { NO_COLOR: '1', LETSCODE_CACHE_DIR: cacheDir }, reject: false, stdin: 'ignore',
    });
    const cores = await coresWhileJudging(judging, judging.pid!);
    const result = await judging;
    expect(JSON.parse(result.stdout)).toMatchObject({ verdict: 'AC' });
    expect(cores).toEqual(expectedCores);
  });

  it('through the warm helper, with the boxes it keeps', async () => {
    const env = { LETSCODE_WARM: '1', LETSCODE_CACHE_DIR: scratchDir('cache'), LETSCODE_WARM_IDLE_MS: '60000' };
    try {
      // The first judge starts the helper (and judges in its own process); the second gets
      // fresh boxes from it, the third the boxes it kept.
      await letscode(['judge', '--json', '-p', problemDir, solution], { env });
      let helperPid = 0;
      for (let i = 0; i < 150 && !helperPid; i++) {
        helperPid = Number(/^warm helper .*: pid (\d+)/.exec((await letscode(['warm', 'status'], { env })).stdout)?.[1] ?? 0);
        if (!helperPid) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(helperPid, 'the warm helper started').toBeGreaterThan(0);
      for (let round = 1; round < 3; round++) {
        const judging = letscode(['judge', '--json', '-j', '2', '-p', problemDir, solution], { env });
        const cores = await coresWhileJudging(judging, helperPid);
        const result = await judging;
        expect(JSON.parse(result.stdout)).toMatchObject({ verdict: 'AC' });
        expect(cores, `round ${round}`).toEqual(expectedCores);
      }
    } finally {
      await letscode(['warm', 'stop'], { env });
    }
  });
});
