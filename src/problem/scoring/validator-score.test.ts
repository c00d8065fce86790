import { describe, expect, it } from 'vitest';
import { test } from './__fixtures__/trees.js';
import type { ValidatorScorePolicy } from './model.js';
import { decideValidatorScore } from './validator-score.js';

const modern: ValidatorScorePolicy = { kind: 'allowed', multiplier: true, required: false };
const legacyCustom: ValidatorScorePolicy = { kind: 'allowed', multiplier: false, required: true };
const share = test('secret/a/1', { acceptScore: 25, maxScore: 25 });

describe('decideValidatorScore', () => {
  it('2025-09: score.txt is the score, score_multiplier.txt a share of the test\'s maximum', () => {
    expect(decideValidatorScore(modern, share, { score: '12.5\n' }, true)).toEqual({ kind: 'score', value: 12.5 });
    expect(decideValidatorScore(modern, share, { multiplier: '0.4' }, true)).toEqual({ kind: 'score', value: 10 });
    expect(decideValidatorScore(modern, share, {}, true)).toEqual({ kind: 'none' });
  });

  it.each([
    [modern, { score: 'lots' }, true, 'the validator wrote "lots" to score.txt, which is not a number'],
    [modern, { score: '30' }, true, 'the validator wrote 30 to score.txt, outside 0 to this test\'s maximum 25'],
    [modern, { multiplier: '1.5' }, true, 'the validator wrote 1.5 to score_multiplier.txt, outside 0 to 1'],
    [modern, { score: '1', multiplier: '1' }, true, 'the validator wrote both score.txt and score_multiplier.txt'],
    [modern, { score: '1' }, false, 'the validator wrote score.txt for an output it rejected'],
    [legacyCustom, {}, true, 'the validator accepted the output but wrote no score.txt, which this problem needs (validation: custom score)'],
    [{ kind: 'forbidden', reason: 'secret/a has pass-fail aggregation, which scores no single test' } as const, { score: '1' }, true, 'the validator wrote score.txt, but secret/a has pass-fail aggregation, which scores no single test'],
  ])('a judge error: %j %j (accepted %s)', (policy, files, accepted, message) => {
    expect(decideValidatorScore(policy, share, files, accepted)).toEqual({ kind: 'invalid', message });
  });

  it('legacy scores may be any number, and a multiplier file is none of their business', () => {
    expect(decideValidatorScore(legacyCustom, share, { score: '-3' }, true)).toEqual({ kind: 'score', value: -3 });
    expect(decideValidatorScore(legacyCustom, share, { score: '7', multiplier: 'x' }, true)).toEqual({ kind: 'score', value: 7 });
    // A rejected run needs no score.
    expect(decideValidatorScore(legacyCustom, share, {}, false)).toEqual({ kind: 'none' });
  });

  it('an ignored policy never reads the files (samples, native problems)', () => {
    expect(decideValidatorScore({ kind: 'ignored' }, undefined, { score: 'x' }, false)).toEqual({ kind: 'none' });
  });
});
