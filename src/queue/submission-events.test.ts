import { describe, expect, it } from 'vitest';
import { DIFF_OUTPUT_CHARS, diffOutputs } from './submission-events.js';

describe('diffOutputs', () => {
  it('a wrong answer carries both outputs whole when they are small', () => {
    expect(diffOutputs({ expectedOutput: '6\n', actualOutput: '7\n' })).toEqual({ expectedOutput: '6\n', actualOutput: '7\n', outputsCut: false });
  });

  it('large outputs are cut, and say so; nothing when the first difference is past what a diff shows', () => {
    const big = 'x\n'.repeat(DIFF_OUTPUT_CHARS);
    const cut = diffOutputs({ expectedOutput: `1\n${big}`, actualOutput: `2\n${big}` });
    expect(cut).toMatchObject({ outputsCut: true });
    expect('expectedOutput' in cut && cut.expectedOutput.length).toBe(DIFF_OUTPUT_CHARS);
    expect(diffOutputs({ expectedOutput: `${big}1\n`, actualOutput: `${big}2\n` })).toEqual({});
  });

  it('no outputs (an accepted test, a crash): nothing', () => {
    expect(diffOutputs({})).toEqual({});
  });
});
