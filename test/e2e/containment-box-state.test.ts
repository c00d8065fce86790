// Hostile programs against a warm box reused from test to test: with three tests judged by
// one box (-j 1), what a test leaves behind (a full /tmp, a daemon, a kill(-1)) must be gone
// before the next one starts, and the box must keep judging. Each fixture checks its own
// start state and prints "ESCAPED: ..." when an earlier test's leftovers are still there.

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileDir, judgeExpecting, printMeasurements, straySandboxProcesses, threeTestsDir, watchHost } from './hostile.js';

const solution = (path: string) => join(hostileDir, 'solutions', path);
const hostIsClean = watchHost();
const judgeThree = (path: string, verdicts: string[]) => judgeExpecting(solution(path), verdicts, { problem: threeTestsDir, jobs: 1 });

describe('what a test leaves behind is gone before the next test in the same box', () => {
  it('a full /tmp and /dev/shm (and a chmod 000 directory) are emptied: 3 x AC', async () => {
    const { report } = await judgeThree('accepted/tmp_fill.c', ['AC']);
    expect(report.tests.map((test) => test.verdict)).toEqual(['AC', 'AC', 'AC']);
  });

  for (const daemon of ['accepted/daemon_spin.c', 'accepted/daemon_sleep.py']) {
    it(`the orphaned daemon of ${daemon} is gone, and no run waits for it: 3 x AC, fast`, async () => {
      const { report } = await judgeThree(daemon, ['AC']);
      expect(report.tests.map((test) => test.verdict)).toEqual(['AC', 'AC', 'AC']);
      for (const test of report.tests) expect(test.wallMs).toBeLessThan(300);
      expect(report.totalMs - report.compile.timeMs, 'three tests after the compile').toBeLessThan(1500);
      expect(await straySandboxProcesses()).toEqual([]);
    });
  }

  for (const killer of ['run_time_error/kill_everyone.c', 'run_time_error/kill_everyone.py']) {
    it(`kill(-1, SIGKILL) in ${killer} kills only the program: 3 x RE (SIGKILL), never JE`, async () => {
      const { report, exitCode } = await judgeThree(killer, ['RE']);
      expect(exitCode).toBe(1);
      expect(report.tests.map((test) => [test.verdict, test.signal])).toEqual([
        ['RE', 'SIGKILL'],
        ['RE', 'SIGKILL'],
        ['RE', 'SIGKILL'],
      ]);
    });
  }

  afterAll(async () => {
    printMeasurements('hostile fixtures on three tests in one box:');
    await hostIsClean();
  });
});
