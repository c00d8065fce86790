import { describe, expect, it } from 'vitest';
import { judgeAnswer } from './answer-verdict.js';

describe('judgeAnswer', () => {
  const which = { test: 'secret/1', answer: 'data/secret/1.ans' };

  it('accepted, rejected (a package error), or a crash', () => {
    expect(judgeAnswer(which, { kind: 'accepted' }, 'v.py')).toEqual({ ...which, verdict: 'accepted', message: '' });
    expect(judgeAnswer(which, { kind: 'wrong', message: '7 is not prime' }, 'output_validator')).toEqual({
      ...which, verdict: 'rejected', message: 'rejected by output_validator: 7 is not prime; a correct submission printing the answer would fail',
    });
    expect(judgeAnswer(which, { kind: 'presentation', message: 'extra space' }, 'check.cpp').message).toBe('rejected by check.cpp (presentation error): extra space; a correct submission printing the answer would fail');
    expect(judgeAnswer(which, { kind: 'checker-failed', message: 'the output validator exited with code 1' }, 'v')).toEqual({ ...which, verdict: 'crash', message: 'the output validator exited with code 1' });
  });
});
