import { describe, expect, it } from 'vitest';
import { checkTestData, ctdExitCode, formatCtdOutcome, parseCheckTestData, runCheckTestData, type CtdOutcome } from './index.js';

describe('checkTestData', () => {
  it('parses and runs in one call', () => {
    expect(checkTestData('INT(1,1) NEWLINE', 'hello.ctd', '1\n')).toEqual({ kind: 'valid' });
  });

  it('turns a syntax error into an error outcome at the place in the program', () => {
    expect(checkTestData('INT(1,1)\n  NEWLINE)', 'hello.ctd', '1\n')).toEqual({
      kind: 'error',
      cause: 'syntax',
      message: 'expected a command, got ")"',
      line: 2,
      column: 10,
      command: undefined,
    });
  });

  it('is the same as parsing and then running', () => {
    const input = '3\n1 2 3\n';
    const program = 'INT(1,10,n) NEWLINE REP(n, SPACE) INT(1,2) END NEWLINE';
    expect(checkTestData(program, 'p.ctd', input)).toEqual(runCheckTestData(parseCheckTestData(program, 'p.ctd'), input));
  });
});

describe('ctdExitCode', () => {
  it('uses the reference CLI’s codes', () => {
    const outcomes: CtdOutcome[] = [
      { kind: 'valid' },
      { kind: 'invalid', line: 1, column: 1, offset: 0, message: 'm', command: undefined },
      { kind: 'error', cause: 'runtime', message: 'm', line: 1, column: 1, command: undefined },
    ];
    expect(outcomes.map(ctdExitCode)).toEqual([0, 1, 2]);
  });
});

describe('formatCtdOutcome', () => {
  it('gives one line: input position for invalid input, program position for errors', () => {
    expect(formatCtdOutcome({ kind: 'valid' }, 'sum.ctd')).toBe('valid');
    expect(formatCtdOutcome(checkTestData('INT(1,9) SPACE\nINT(1,10^5,n)', 'sum.ctd', '1 100001'), 'sum.ctd')).toBe(
      'line 1, column 3: expected an integer in [1, 100000], got "100001" (sum.ctd line 2: INT(1,10^5,n))',
    );
    expect(formatCtdOutcome(checkTestData('\n INT(1,m)', 'sum.ctd', '1'), 'sum.ctd')).toBe('sum.ctd:2:2: variable m is undefined (in INT(1,m))');
    expect(formatCtdOutcome(checkTestData('SPACE END', 'sum.ctd', ' '), 'sum.ctd')).toBe(
      'sum.ctd:1:7: expected a command (this END closes no REP, REPI, WHILE, WHILEI or IF), got END',
    );
  });
});
