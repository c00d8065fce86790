import { describe, expect, it } from 'vitest';
import { judgeOutcome } from './exit-codes.js';

const score = (value: number | null) => ({ score: value, maxScore: 100, groups: [], namedGroups: [] });

describe('judgeOutcome', () => {
  it('a pass-fail problem: AC is ok, JE unknown, anything else failed', () => {
    expect(judgeOutcome({ verdict: 'AC' })).toBe('ok');
    expect(judgeOutcome({ verdict: 'WA' })).toBe('failed');
    expect(judgeOutcome({ verdict: 'JE' })).toBe('judge-error');
  });

  it('a scoring problem: ok only at full score, whatever the verdict; a judge error is unknown', () => {
    expect(judgeOutcome({ verdict: 'AC', score: score(100) })).toBe('ok');
    // A sample that does not count for the score failed: still full score.
    expect(judgeOutcome({ verdict: 'WA', score: score(100) })).toBe('ok');
    expect(judgeOutcome({ verdict: 'WA', score: score(60) })).toBe('failed');
    expect(judgeOutcome({ verdict: 'CE', score: score(0) })).toBe('failed');
    expect(judgeOutcome({ verdict: 'JE', score: score(100) })).toBe('judge-error');
    expect(judgeOutcome({ verdict: 'JE', score: score(null) })).toBe('judge-error');
  });
});
