// `letscode grade --redis` on a real cluster: a Redis of its own and two worker processes.
// 32 Python submissions with known verdicts; mid-run one worker is killed with SIGKILL and
// later Redis is restarted. Every submission must get its verdict, stored exactly once;
// the killed worker's jobs go to the other one, and nothing Redis held is lost. Then a
// worker whose job-waiting connection drops twice, further apart than --redis-timeout, judges on.

import { execa } from 'execa';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir, fixturesDir, leftoverContainers, letscode, repoRoot } from './cli.js';
import { eventually, startRedis, startWorker, type TestRedis, type TestWorker } from './redis.js';
import { scratchDirs } from './scratch.js';

const scratchDir = scratchDirs('cluster-grade');
const bin = join(repoRoot, 'bin/letscode.js');

const PROGRAMS: Record<string, string> = {
  AC: 'a, b = map(int, input().split())\nprint(a + b)\n',
  WA: 'a, b = map(int, input().split())\nprint(a - b)\n',
  RE: 'raise SystemExit(3)\n',
  CE: 'def broken(:\n',
  TLE: 'while True:\n    pass\n',
};
const CLASS: string[] = [...Array(18).fill('AC'), ...Array(6).fill('WA'), ...Array(3).fill('RE'), ...Array(3).fill('CE'), ...Array(2).fill('TLE')];

let redis: TestRedis;
const workers: TestWorker[] = [];

beforeAll(async () => {
  redis = await startRedis(scratchDir('redis'));
});

afterAll(async () => {
  for (const worker of workers) await worker.kill('SIGTERM');
  await redis?.stop();
});

describe('grade --redis with two workers', () => {
  it('gives every submission its verdict exactly once, through a worker killed mid-run and a Redis restart', async () => {
    const classDir = scratchDir('class');
    const expected: Record<string, string> = {};
    CLASS.forEach((verdict, index) => {
      const student = `s${String(index + 1).padStart(2, '0')}`;
      expected[student] = verdict;
      // A comment of its own: no two submissions are the same program.
      writeFileSync(join(classDir, `${student}.py`), `# ${student}\n${PROGRAMS[verdict]}`);
    });
    const out = join(scratchDir('out'), 'results');
    const doomed = await startWorker(redis.url, 'doomed', { jobs: 2 });
    const survivor = await startWorker(redis.url, 'survivor', { jobs: 2 });
    workers.push(survivor);

    const grade = execa('node', [bin, 'grade', '--json', '-p', join(fixturesDir, 'echo-sum'), classDir, '--out', out, '--redis', redis.url], {
      cwd: repoRoot, env: { NO_COLOR: '1', LETSCODE_CACHE_DIR: cacheDir }, reject: false, stdin: 'ignore',
    });
    const judgedBy = (worker: TestWorker) => (worker.log().match(/^grade-\w+: \w+ in /gm) ?? []).length;
    await eventually(() => judgedBy(doomed) >= 3, 'the first worker to judge three submissions', 120_000);
    const killed = await doomed.kill('SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    const judgedBeforeRestart = judgedBy(survivor) + 2;
    await eventually(() => judgedBy(survivor) >= judgedBeforeRestart, 'the other worker to go on judging', 120_000);
    await redis.restart();
    const graded = await grade;

    expect(graded.exitCode).toBe(0);
    const report = JSON.parse(graded.stdout) as { submissions: { id: string; verdict: string }[] };
    expect(Object.fromEntries(report.submissions.map((submission) => [submission.id, submission.verdict]))).toEqual(expected);
    // Stored once each: one line per submission in the results store, no key twice.
    const lines = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { key: string });
    expect(lines).toHaveLength(CLASS.length);
    expect(new Set(lines.map((line) => line.key)).size).toBe(CLASS.length);
    // Each job finished once: one final event in each submission's history, and none failed.
    const client = redis.client();
    for (const line of lines) {
      const events = await client.xrange(`letscode:events:grade-${line.key}`, '-', '+');
      expect(events.filter(([, fields]) => /"type":"(done|failed)"/.test(fields[1] ?? ''))).toHaveLength(1);
    }
    // The jobs the killed worker was judging were taken over by the other one.
    const takenOver = await Promise.all(lines.map(async (line) => {
      const events = await client.xrange(`letscode:events:grade-${line.key}`, '-', '+');
      const workersRunning = events.map(([, fields]) => JSON.parse(fields[1] ?? '{}') as { type: string; worker?: string }).filter((event) => event.type === 'running').map((event) => event.worker);
      return workersRunning.includes('doomed') && workersRunning.at(-1) === 'survivor';
    }));
    expect(takenOver.filter(Boolean).length).toBeGreaterThanOrEqual(1);
    const status = await letscode(['queue', '--json', '--redis', redis.url]);
    const shown = JSON.parse(status.stdout) as { throughput: { last15Minutes: number } };
    expect(shown).toMatchObject({ counts: { completed: CLASS.length, failed: 0, active: 0 }, workers: [{ name: 'survivor' }] });
    // All finished within the last 15 minutes, the current minute's too (rounded to 0.1 a minute).
    expect(Math.abs(shown.throughput.last15Minutes * 15 - CLASS.length)).toBeLessThan(1.5);
    expect(survivor.log()).toMatch(/Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+: connection lost/);
    expect(survivor.log()).toMatch(/reconnected after/);
    expect(survivor.log()).not.toContain('e2e-secret');
    await eventually(async () => (await leftoverContainers(doomed.pid)).length === 0, "the killed worker's containers to go", 30_000);
  });

  it('a worker whose job-waiting connection drops twice, further apart than --redis-timeout, reconnects each time and judges on', async () => {
    for (const other of workers.splice(0)) await other.kill('SIGTERM');
    const worker = await startWorker(redis.url, 'dropped', { args: ['--redis-timeout', '2s'] });
    workers.push(worker);
    const client = redis.client();
    // Only the connection that waits for jobs (BZPOPMIN): the others, and their clock, stay up.
    const dropConnections = async () => {
      let waiting: string | undefined;
      await eventually(async () => {
        const clients = String(await client.call('CLIENT', 'LIST')).split('\n');
        waiting = clients.find((line) => / cmd=bzpopmin /.test(line))?.match(/^id=(\d+) /)?.[1];
        return waiting !== undefined;
      }, 'the worker to wait for jobs', 10_000);
      await client.call('CLIENT', 'KILL', 'ID', waiting!);
    };
    await dropConnections();
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await dropConnections();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(worker.log()).not.toMatch(/did not come back/);

    const classDir = scratchDir('class');
    writeFileSync(join(classDir, 'solo.py'), PROGRAMS.AC!);
    const graded = await letscode(['grade', '--json', '-p', join(fixturesDir, 'echo-sum'), classDir, '--out', join(scratchDir('out'), 'results'), '--redis', redis.url]);
    expect(graded.exitCode, graded.stderr).toBe(0);
    expect(worker.log()).toMatch(/^grade-\w+: AC in /m);
    // Its count in `letscode queue` includes the job it finished last.
    await eventually(async () => {
      const status = JSON.parse((await letscode(['queue', '--json', '--redis', redis.url])).stdout) as { workers: { name: string; judged: number }[] };
      return status.workers.some((each) => each.name === 'dropped' && each.judged === 1);
    }, "the worker's count of judged jobs", 10_000);
  });
});
