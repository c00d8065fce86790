import { describe, expect, it } from 'vitest';
import { wallTimeFor } from '../problem/model.js';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';
import { atTimeLimit, raisedTimeLimitMs, timingWarnings } from './timing.js';

describe('the raised limit of time_limit_exceeded submissions', () => {
  it('is 20% above the time limit, rounded up to a millisecond', () => {
    expect(raisedTimeLimitMs(1000)).toBe(1200);
    expect(raisedTimeLimitMs(1500)).toBe(1800);
    expect(raisedTimeLimitMs(333)).toBe(400);
  });
});

describe('atTimeLimit: verdicts under the real limit, from runs under the raised one', () => {
  const raised = makeReport([
    makeTest({ index: 0, verdict: 'AC', cpuMs: 900 }),
    makeTest({ index: 1, verdict: 'WA', cpuMs: 1100, detail: 'token 1', expectedOutput: '1', actualOutput: '2' }),
    makeTest({ index: 2, verdict: 'TLE', cpuMs: 1210, detail: 'CPU time over the 1.20 s limit' }),
    makeTest({ index: 3, verdict: 'TLE', cpuMs: 5, wallMs: wallTimeFor(1200) + 10, detail: 'still running' }),
    makeTest({ index: 4, verdict: 'JE', cpuMs: 0, detail: 'checker crashed' }),
  ]);
  const atLimit = atTimeLimit(raised, 1000);

  it('runs over the CPU or the wall limit become TLE, with the real limit in the detail', () => {
    expect(atLimit.tests.map((test) => [test.verdict, test.detail])).toEqual([
      ['AC', ''],
      ['TLE', 'CPU time over the 1.00 s limit'],
      ['TLE', 'CPU time over the 1.00 s limit'],
      ['TLE', `still running after ${(wallTimeFor(1000) / 1000).toFixed(2)} s of wall time`],
      ['JE', 'checker crashed'],
    ]);
    expect(atLimit.tests[1]).not.toHaveProperty('actualOutput');
  });

  it('recomputes the overall verdict', () => {
    const report = atTimeLimit(makeReport([makeTest({ index: 0, verdict: 'WA', cpuMs: 1100 }), makeTest({ index: 1, verdict: 'AC' })]), 1000);
    expect(report.verdict).toBe('TLE');
  });
});

describe('timing warnings', () => {
  const report = (...timesMs: number[]) => makeReport(timesMs.map((timeMs, index) => makeTest({ index, cpuMs: timeMs, verdict: 'AC' })));

  it('lower bound: the slowest test above 80% of the limit', () => {
    expect(timingWarnings({ bound: 'lower', timeLimitMs: 1000, atLimit: report(100, 800) })).toEqual([]);
    expect(timingWarnings({ bound: 'lower', timeLimitMs: 1000, atLimit: report(100, 801, 950) })).toEqual([
      'CPU time 950 ms on test-3 is within 20% of the 1.00 s time limit',
    ]);
  });

  it('upper bound: no test times out even with 20% more time', () => {
    const raised = makeReport([makeTest({ index: 0, verdict: 'AC', cpuMs: 10 }), makeTest({ index: 1, verdict: 'AC', cpuMs: 1150 })]);
    expect(timingWarnings({ bound: 'upper', timeLimitMs: 1000, atLimit: atTimeLimit(raised, 1000), raised })).toEqual([
      'no test times out with 20% more time, 1.20 s (slowest: 1.15 s on test-2): the time limit is too close to this submission',
    ]);
    const clearlySlow = makeReport([makeTest({ index: 0, verdict: 'AC', cpuMs: 1150 }), makeTest({ index: 1, verdict: 'TLE', cpuMs: 1210 })]);
    expect(timingWarnings({ bound: 'upper', timeLimitMs: 1000, atLimit: atTimeLimit(clearlySlow, 1000), raised: clearlySlow })).toEqual([]);
  });

  it('no promise, no warning', () => {
    expect(timingWarnings({ bound: 'none', timeLimitMs: 1000, atLimit: report(999) })).toEqual([]);
  });
});
