import { describe, expect, it } from 'vitest';
import { parseCheckTestData } from './parser.js';
import { runCheckTestData, type CtdOutcome, type CtdRunOptions } from './run.js';

function run(program: string, input: string | Buffer, options?: CtdRunOptions): CtdOutcome {
  return runCheckTestData(parseCheckTestData(program, 'p.ctd'), input, options);
}

describe('runCheckTestData', () => {
  it('says valid, or where and why the input is invalid', () => {
    expect(run('INT(1,100000,n) NEWLINE', '5\n')).toEqual({ kind: 'valid' });
    expect(run('INT(1,9) NEWLINE\nINT(1,100000,n) NEWLINE', '5\n100001\n')).toEqual({
      kind: 'invalid',
      line: 2,
      column: 1,
      offset: 2,
      message: 'expected an integer in [1, 100000], got "100001"',
      command: { line: 2, column: 1, text: 'INT(1,100000,n)' },
    });
  });

  it('says error when the program is at fault, naming the command', () => {
    expect(run('INT(1,9)\n  INT(1,m)', '5')).toEqual({
      kind: 'error',
      cause: 'runtime',
      message: 'variable m is undefined',
      line: 2,
      column: 3,
      command: { line: 2, column: 3, text: 'INT(1,m)' },
    });
  });

  it('blames the innermost command: the separator, or the loop for its own test', () => {
    expect(run('REP(2, SPACE) INT(0,9) END', '1\n2')).toMatchObject({ kind: 'invalid', message: 'expected SPACE, got NEWLINE', command: { text: 'SPACE', column: 8 } });
    expect(run('WHILE(x < 1) END', '')).toMatchObject({ kind: 'error', message: 'variable x is undefined', command: { text: 'WHILE(x<1)' } });
    expect(run('IF(1 < 2) REP(1) ASSERT(1 > 2) END END', '')).toMatchObject({ kind: 'invalid', command: { text: 'ASSERT(1>2)' } });
  });

  it('runs one parsed program over many inputs, each with fresh variables', () => {
    const program = parseCheckTestData('IF(ISEOF) ELSE INT(0,9,x) END ASSERT(x == 1)', 'p.ctd');
    expect(runCheckTestData(program, '1')).toEqual({ kind: 'valid' });
    expect(runCheckTestData(program, '')).toMatchObject({ kind: 'error', message: 'variable x is undefined' });
  });

  it('takes Buffers, byte arrays and strings', () => {
    expect(run('STRING("é")', Buffer.from('é'))).toEqual({ kind: 'valid' });
    expect(runCheckTestData(parseCheckTestData('STRING("ab")', 'p.ctd'), new Uint8Array([0x61, 0x62]))).toEqual({ kind: 'valid' });
    expect(run('STRING("é")', 'é')).toEqual({ kind: 'valid' });
  });

  it('sets a REPI or WHILEI counter to 0 first and to the number of iterations at the end', () => {
    expect(run('REPI(i, i + 3) END ASSERT(i == 3)', '')).toEqual({ kind: 'valid' });
    expect(run('REPI(i, 0) END ASSERT(i == 0)', '')).toEqual({ kind: 'valid' });
    expect(run('WHILEI(i, !ISEOF, SPACE) INT(0,9,x[i]) END ASSERT(i == 3 && x[2] == 7)', '1 5 7')).toEqual({ kind: 'valid' });
    expect(run('REPI(p[1], 2) END ASSERT(p[1] == 2)', '')).toEqual({ kind: 'valid' });
  });

  it('refuses REP counts outside an unsigned 64-bit integer', () => {
    expect(run('REP(-1) END', '')).toMatchObject({ kind: 'error', message: 'the count of REP is -1, not in [0, 2^64-1]' });
    expect(run('REP(1.5) END', '')).toMatchObject({ kind: 'error', message: 'the count of REP must be an integer, got the float 1.5' });
  });

  it('ends a loop that never ends as an error, by steps or by time', () => {
    expect(run('WHILE(1 == 1) END', '', { maxSteps: 1000 })).toMatchObject({
      kind: 'error',
      cause: 'step-limit',
      message: 'the program ran more than 1000 steps; does a loop never end?',
      command: { text: 'WHILE(1==1)' },
    });
    expect(run('WHILE(1 == 1) SET(x = 1) END', '', { timeLimitMs: 10 })).toMatchObject({ kind: 'error', cause: 'time-limit' });
  });

  it('lets whitespace vary with whitespaceOk, but not newlines', () => {
    const program = 'INT(1,9) SPACE INT(1,9) NEWLINE INT(1,9) NEWLINE';
    expect(run(program, ' \t1 \t 2 \r\n  3\n ', { whitespaceOk: true })).toEqual({ kind: 'valid' });
    expect(run(program, '1 2\n3\n')).toEqual({ kind: 'valid' });
    expect(run(program, '1  2\n3\n')).toMatchObject({ kind: 'invalid', message: 'expected an integer in [1, 9], got SPACE' });
    expect(run(program, '12\n3\n', { whitespaceOk: true })).toMatchObject({ kind: 'invalid', message: 'expected an integer in [1, 9], got "12"' });
    expect(run(program, '1\n2\n3\n', { whitespaceOk: true })).toMatchObject({ kind: 'invalid', message: 'expected SPACE, got NEWLINE' });
    // As in the reference, blanks are taken greedily: the first SPACE leaves none for the second.
    expect(run('INT(1,2) SPACE SPACE INT(1,2)', '1  2', { whitespaceOk: true })).toMatchObject({ kind: 'invalid', line: 1, column: 4, message: 'expected SPACE, got "2"' });
  });

  it('shows the values an ASSERT read when it fails', () => {
    expect(run('INT(0,9,a) SPACE INT(0,9,b) SET(s[1]=4) ASSERT(a + b == s[a])', '1 2')).toMatchObject({
      kind: 'invalid',
      message: 'ASSERT(a+b==s[a]) failed (a = 1, b = 2, s[1] = 4)',
    });
    expect(run('SET(s="x") ASSERT(STRLEN(s) > 1 || ISEOF)', 'q')).toMatchObject({ kind: 'invalid', message: 'ASSERT(STRLEN(s)>1||ISEOF) failed (s = "x")' });
    expect(run('SET(a=1,b=2,c=3,d=4,e=5,f=6,g=7) ASSERT(a+b+c+d+e+f+g < 0)', '')).toMatchObject({
      message: 'ASSERT(a+b+c+d+e+f+g<0) failed (a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, ...)',
    });
  });

  it('compares float bounds exactly and keeps floats as floats', () => {
    expect(run('FLOAT(0, 0.3, x) ASSERT(x == 0.1 + 0.2)', '0.3')).toEqual({ kind: 'valid' });
    expect(run('FLOAT(0, 1, x) SET(a[0] = x) ASSERT(x == 1 && !INARRAY(1, a) && INARRAY(1.0, a))', '1')).toEqual({ kind: 'valid' });
    expect(run('REPI(i, 2, SPACE) FLOAT(0, 1, f[i]) END ASSERT(UNIQUE(f))', '0.50 0.5')).toMatchObject({ kind: 'invalid', message: 'UNIQUE(f) failed: f[1] = 0.5 equals f[0]' });
  });

  it('evaluates && and || left to right, stopping once the answer is known', () => {
    expect(run('ASSERT(ISEOF || x == 1)', '')).toEqual({ kind: 'valid' });
    expect(run('ASSERT(1 == 2 && x == 1)', '')).toMatchObject({ kind: 'invalid' });
    expect(run('ASSERT(1 == 1 && x == 1)', '')).toMatchObject({ kind: 'error', message: 'variable x is undefined' });
  });

  it('ends as an error when an expression is too deep to evaluate', () => {
    expect(run(`SET(a = 1) ASSERT(${'a+'.repeat(200_000)}a > 0)`, '')).toMatchObject({ kind: 'error', cause: 'runtime', message: 'an expression is nested too deeply to evaluate' });
  });

  it('refuses an input float too extreme to keep only when a variable keeps it', () => {
    expect(run('FLOAT(0, 1)', '1e-9999999')).toEqual({ kind: 'valid' });
    expect(run('FLOAT(0, 1, x)', '1e-9999999')).toMatchObject({
      kind: 'invalid',
      message: 'expected a float in [0, 1], got "1e-9999999" (an exponent beyond ±1000000 cannot be stored in a variable)',
    });
  });
});
