// The warm helper (src/warm/): boxes that outlive a command are reused by the next one
// with a fresh box's isolation, expire with the helper, and a helper that is gone (killed,
// its containers removed) or a Ctrl-C never costs a command its verdict. Each test has a
// cache folder, and so a helper, of its own.

import { execa } from 'execa';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturesDir, letscode, repoRoot, type CliResult } from './cli.js';
import { coresWhileJudging, decoysOnCore1, expectedCores } from './cores.js';
import { scratchDirs } from './scratch.js';

const warmDir = join(fixturesDir, 'warm');
const hostile = (path: string) => join(fixturesDir, 'hostile/solutions', path);
const cleanCheck = join(warmDir, 'clean_check.c');
const scratchDir = scratchDirs('warm');
let cacheDirs: string[] = [];

afterEach(async () => {
  for (const cacheDir of cacheDirs) await letscode(['warm', 'stop'], { env: { LETSCODE_CACHE_DIR: cacheDir } });
  cacheDirs = [];
});

function warmEnv(idleMs = 120_000): Record<string, string> {
  const cacheDir = scratchDir('cache');
  cacheDirs.push(cacheDir);
  return { LETSCODE_WARM: '1', LETSCODE_CACHE_DIR: cacheDir, LETSCODE_WARM_IDLE_MS: String(idleMs) };
}

const judge = (solution: string, env: Record<string, string>, extra: string[] = []) => letscode(['judge', '--json', '-p', warmDir, solution, ...extra], { env });
const verdictOf = (result: CliResult) => (JSON.parse(result.stdout) as { verdict: string }).verdict;

async function helperStatus(env: Record<string, string>): Promise<string> {
  return (await letscode(['warm', 'status'], { env })).stdout;
}

async function untilHelperRuns(env: Record<string, string>): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if ((await helperStatus(env)).startsWith('warm helper')) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the warm helper did not start');
}

/** How many commands the helper judged, from `letscode warm status`. */
async function judgedByHelper(env: Record<string, string>): Promise<number> {
  return Number(/(\d+) judged/.exec(await helperStatus(env))?.[1] ?? -1);
}

async function warmContainers(): Promise<string[]> {
  const listed = await execa('docker', ['ps', '--filter', 'name=letscode-warm-', '--format', '{{.Names}}']);
  return listed.stdout.split('\n').filter(Boolean).sort();
}

/** The helper's containers once spares stopped starting (two equal looks in a row). */
async function settledContainers(): Promise<string[]> {
  let last = await warmContainers();
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await warmContainers();
    if (now.join() === last.join()) return now;
    last = now;
  }
  return last;
}

describe('the warm helper', () => {
  it('hands the box a fork bomb, an orphan and a /tmp filler ran in to the next program, as clean as a new one', async () => {
    const env = warmEnv();
    expect(verdictOf(await judge(cleanCheck, env))).toBe('AC'); // judged here; starts the helper
    await untilHelperRuns(env);
    for (const program of ['tle_or_re/fork_bomb.c', 'accepted/daemon_spin.c', 'accepted/tmp_fill.c']) {
      const result = await judge(hostile(program), env);
      expect(['TLE', 'RE', 'WA'], `${program}: ${result.stdout}${result.stderr}`).toContain(verdictOf(result));
      const before = await settledContainers();
      // The next program gets the box the hostile one used (no new container), emptied.
      const clean = await judge(cleanCheck, env);
      expect(verdictOf(clean), `${program} left something behind: ${clean.stdout}`).toBe('AC');
      expect(await warmContainers()).toEqual(before);
    }
    expect(await judgedByHelper(env)).toBe(6);
  });

  it('prints through the helper what the command prints in its own process, colours and exit code too', async () => {
    const env = { ...warmEnv(), FORCE_COLOR: '1' };
    const wrong = join(warmDir, 'wrong_answer.c');
    await judge(cleanCheck, env);
    await untilHelperRuns(env);
    const alone = await letscode(['judge', '--no-warm', '-p', warmDir, wrong], { env });
    const warm = await letscode(['judge', '-p', warmDir, wrong], { env });
    expect(await judgedByHelper(env)).toBe(1);
    // Times differ from run to run; everything else is the same, byte for byte.
    const timeless = (text: string) => text.replace(/\d+(\.\d+)? (ms|s|KiB|MiB)/g, 'N $2');
    expect([warm.exitCode, timeless(warm.stdout), timeless(warm.stderr)]).toEqual([alone.exitCode, timeless(alone.stdout), timeless(alone.stderr)]);
    expect(warm.exitCode).toBe(1);
    expect(warm.stdout).toContain('\u001B['); // coloured, as FORCE_COLOR asks
    expect(warm.stdout).toMatch(/WA\b/);
    // A mistake of the user's is the same one line and exit code 2.
    const missing = await letscode(['judge', '-p', warmDir, 'no-such-file.c'], { env: { ...env, FORCE_COLOR: '0' } });
    expect([missing.exitCode, missing.stdout, missing.stderr.trim()]).toEqual([2, '', 'error: cannot read the solution no-such-file.c: no such file or folder (check the path)']);
  });

  it('leaves a command with other languages files to the command itself', async () => {
    const env = warmEnv();
    await judge(cleanCheck, env);
    await untilHelperRuns(env);
    const languagesFile = join(scratchDir('languages'), 'languages.yaml');
    writeFileSync(languagesFile, 'c:\n  aliases: [c17, cee]\n');
    // The helper has no language "cee": judged here, with the file's languages.
    const result = await judge(cleanCheck, env, ['--languages', languagesFile, '--lang', 'cee']);
    expect([result.exitCode, verdictOf(result)]).toEqual([0, 'AC']);
    expect(await judgedByHelper(env)).toBe(0);
  });

  it('leaves a command aimed at another Docker engine (DOCKER_HOST) to the command itself', async () => {
    const env = warmEnv();
    await judge(cleanCheck, env);
    await untilHelperRuns(env);
    const result = await judge(cleanCheck, { ...env, DOCKER_HOST: `unix://${join(scratchDir('no-engine'), 'docker.sock')}` });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/docker/i);
    expect(await judgedByHelper(env)).toBe(0);
  });

  it('exits after its idle time, removing every box', async () => {
    const env = warmEnv(5000);
    await judge(cleanCheck, env);
    await untilHelperRuns(env);
    expect(verdictOf(await judge(cleanCheck, env))).toBe('AC');
    expect(await judgedByHelper(env)).toBe(1);
    expect((await warmContainers()).length).toBeGreaterThan(0);
    for (let i = 0; i < 100 && (await helperStatus(env)).startsWith('warm helper'); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await helperStatus(env)).toMatch(/^no warm helper runs/);
    expect(await settledContainers()).toEqual([]);
  });

  it('a killed helper, or one whose containers were removed, costs no verdict', async () => {
    const env = warmEnv();
    await judge(cleanCheck, env);
    await untilHelperRuns(env);
    expect(verdictOf(await judge(cleanCheck, env))).toBe('AC');
    // Its containers removed behind its back: it notices and starts new ones.
    await execa('docker', ['rm', '-f', ...(await settledContainers())]);
    expect(verdictOf(await judge(cleanCheck, env))).toBe('AC');
    expect(await judgedByHelper(env)).toBe(2);
    // Killed: the next command judges by itself and starts a new helper.
    const pid = Number(/pid (\d+)/.exec(await helperStatus(env))?.[1]);
    process.kill(pid, 'SIGKILL');
    const alone = await judge(cleanCheck, env);
    expect([alone.exitCode, verdictOf(alone)]).toEqual([0, 'AC']);
    await untilHelperRuns(env);
    expect(await judgedByHelper(env)).toBe(0);
  });

  it('Ctrl-C ends a command judged by the helper with 130 and removes the boxes it used', async () => {
    const env = warmEnv();
    await judge(cleanCheck, env);
    await untilHelperRuns(env);
    const sleeper = hostile('time_limit_exceeded/sleep_forever.c');
    const child = execa('node', [join(repoRoot, 'bin/letscode.js'), 'judge', '-p', warmDir, '-t', '20s', sleeper], { env: { NO_COLOR: '1', ...env }, reject: false, stdin: 'ignore' });
    const running = async () => {
      const boxes = await warmContainers();
      const tops = await Promise.all(boxes.map((name) => execa('docker', ['top', name], { reject: false })));
      return tops.filter((top) => top.stdout.includes('/box/solution')).length;
    };
    for (let i = 0; i < 150 && (await running()) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await running()).toBe(1);
    child.kill('SIGINT');
    const result = await child;
    expect(result.exitCode).toBe(130);
    expect(await running()).toBe(0);
    expect(verdictOf(await judge(cleanCheck, env))).toBe('AC');
  });

  it('runs the two tests of a -j 2 judge on two cores, with the boxes it keeps too', async () => {
    // Three pinned containers of "another process" on core 1: both boxes open on core 0,
    // and kept boxes come back with their core; the launch must move one (pinning.test.ts).
    const removeDecoys = await decoysOnCore1();
    const pinningDir = join(fixturesDir, 'pinning');
    const sleepy = join(pinningDir, 'sleepy_echo.py');
    try {
      const env = warmEnv();
      await letscode(['judge', '--json', '-p', pinningDir, sleepy], { env });
      await untilHelperRuns(env);
      const helperPid = Number(/: pid (\d+)/.exec(await helperStatus(env))?.[1] ?? 0);
      expect(helperPid, 'the warm helper started').toBeGreaterThan(0);
      // The first from fresh boxes of the helper, the second from the ones it kept.
      for (const round of [1, 2]) {
        const judging = letscode(['judge', '--json', '-j', '2', '-p', pinningDir, sleepy], { env });
        const cores = await coresWhileJudging(judging, helperPid);
        expect(verdictOf(await judging)).toBe('AC');
        expect(cores, `round ${round}`).toEqual(expectedCores);
      }
    } finally {
      await removeDecoys();
    }
  });
});
