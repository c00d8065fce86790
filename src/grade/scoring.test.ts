import { describe, expect, it } from 'vitest';
import { jsonReport } from './__fixtures__/grade-data.js';
import { fractionOfTestsPassed, meetsMinScore, parseMinScore } from './scoring.js';

describe('scoring', () => {
  it('scores the fraction of tests passed times the points; a judge error earns nothing', () => {
    expect(fractionOfTestsPassed(jsonReport(['AC', 'WA', 'AC']), { points: 1, testCount: 3 })).toEqual({ score: 0.666667, maxScore: 1 });
    expect(fractionOfTestsPassed(jsonReport(['AC', 'AC', 'AC']), { points: 30, testCount: 3 })).toEqual({ score: 30, maxScore: 30 });
    expect(fractionOfTestsPassed(jsonReport(['AC', 'JE', 'AC']), { points: 30, testCount: 3 })).toEqual({ score: 0, maxScore: 30 });
    // A compile error runs no test but the problem's tests still count.
    expect(fractionOfTestsPassed({ ...jsonReport([]), verdict: 'CE' }, { points: 10, testCount: 4 })).toEqual({ score: 0, maxScore: 10 });
  });

  it('reads --min-score as points or as a share', () => {
    expect(parseMinScore('0.5')).toEqual({ kind: 'points', value: 0.5 });
    expect(parseMinScore('60%')).toEqual({ kind: 'percent', value: 60 });
    expect(parseMinScore('150%')).toBeNull();
    expect(parseMinScore('half')).toBeNull();
    expect(meetsMinScore({ score: 18, maxScore: 30 }, { kind: 'percent', value: 60 })).toBe(true);
    expect(meetsMinScore({ score: 17.9, maxScore: 30 }, { kind: 'percent', value: 60 })).toBe(false);
    expect(meetsMinScore({ score: 0.5, maxScore: 1 }, { kind: 'points', value: 0.5 })).toBe(true);
  });
});
