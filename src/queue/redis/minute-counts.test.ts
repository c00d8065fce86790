import { describe, expect, it } from 'vitest';
import { finishedPerMinute, type MinuteMetrics } from './minute-counts.js';

const MINUTE = 60_000;
const at = (minute: number, secondsIn = 0) => minute * MINUTE + secondsIn * 1000;

describe('finished jobs per minute from BullMQ metrics', () => {
  it('counts the jobs of the current minute, which BullMQ has not pushed as a data point yet', () => {
    // 4 jobs finished in minute 100 (the first one set prevTS; none pushed yet).
    const metrics: MinuteMetrics = { meta: { count: 4, prevTS: at(100, 5), prevCount: 0 }, data: [] };
    expect(finishedPerMinute([metrics], at(100, 20), 1)).toBe(4);
    // Idle for a while: they leave the window as the minutes go by.
    expect(finishedPerMinute([metrics], at(101, 30), 1)).toBe(2);
    expect(finishedPerMinute([metrics], at(103), 1)).toBe(0);
    expect(finishedPerMinute([metrics], at(103), 15)).toBeCloseTo(0.3, 5);
  });

  it('adds the pushed minutes, newest first, and completed and failed alike', () => {
    // Pushed: minute 99 had 6 jobs, minute 98 had 0, minute 97 had 30; 2 so far in minute 100.
    const completed: MinuteMetrics = { meta: { count: 38, prevTS: at(100, 1), prevCount: 36 }, data: [6, 0, 30] };
    const failed: MinuteMetrics = { meta: { count: 0, prevTS: 0, prevCount: 0 }, data: [] };
    expect(finishedPerMinute([completed, failed], at(100, 30), 1)).toBe(5); // 2 + 6 x 0.5
    expect(finishedPerMinute([completed, failed], at(100, 30), 15)).toBeCloseTo(38 / 15, 1);
    expect(finishedPerMinute([completed, { ...completed }], at(100, 30), 1)).toBe(10);
  });
});
