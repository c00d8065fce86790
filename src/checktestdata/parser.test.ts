import { describe, expect, it } from 'vitest';
import type { Command } from './ast.js';
import { parseCheckTestData } from './parser.js';
import { rational } from './rational.js';
import { CtdSyntaxError } from './syntax-error.js';

function parse(text: string): Command[] {
  return parseCheckTestData(text, 'p.ctd').commands;
}

function syntaxError(text: string): string {
  try {
    parseCheckTestData(text, 'p.ctd');
  } catch (error) {
    if (error instanceof CtdSyntaxError) return error.message;
    throw error;
  }
  throw new Error(`parsed: ${text}`);
}

describe('parseCheckTestData', () => {
  it('ends every program with an implicit EOF', () => {
    expect(parse('')).toEqual([{ kind: 'eof', source: { line: 1, column: 1, text: 'implicit EOF at the end of the program' } }]);
    expect(parse('SPACE\n NEWLINE').map((command) => command.kind)).toEqual(['space', 'newline', 'eof']);
  });

  it('reads INT with its optional variable, and records where and what each command is', () => {
    const [command] = parse('\n  INT( 1 , n+1 , x[i,j] )');
    expect(command).toMatchObject({
      kind: 'int',
      min: { kind: 'constant', value: 1n },
      max: { kind: 'arithmetic', operator: '+' },
      target: { name: 'x', indices: [{ kind: 'variable' }, { kind: 'variable' }] },
      source: { line: 2, column: 3, text: 'INT(1,n+1,x[i,j])' },
    });
  });

  it('reads FLOAT and FLOATP with their options', () => {
    const [float, floatp, plain] = parse('FLOAT(0, 1, x, SCIENTIFIC) FLOATP(0, 1, 2, 3, y, FIXED) FLOAT(-1.5, 1E2)');
    expect(float).toMatchObject({ kind: 'float', notation: 'scientific', target: { name: 'x' } });
    expect(floatp).toMatchObject({ kind: 'float', notation: 'fixed', decimals: { min: { value: 2n }, max: { value: 3n } } });
    expect(plain).toMatchObject({ kind: 'float', notation: 'any', min: { value: rational(-3n, 2n) }, max: { value: rational(100n) } });
  });

  it('nests blocks, with IF ... ELSE ... END', () => {
    const [command] = parse('REPI(i, 3, SPACE) IF(i == 0) INT(0,1) ELSE STRING("x") END END');
    expect(command).toMatchObject({
      kind: 'repeat',
      counter: { name: 'i' },
      separator: { kind: 'space' },
      body: [{ kind: 'if', then: [{ kind: 'int' }], otherwise: [{ kind: 'string' }] }],
      source: { text: 'REPI(i,3,SPACE)' },
    });
  });

  it('reads SET, UNSET, WHILE and WHILEI', () => {
    const [set, unset, loop, counted] = parse('SET(a=1, b[a]="s") UNSET(a, b) WHILE(!ISEOF, NEWLINE) END WHILEI(k, MATCH("x")) END');
    expect(set).toMatchObject({ kind: 'set', assignments: [{ target: { name: 'a' } }, { target: { name: 'b' }, value: { value: 's' } }] });
    expect(unset).toMatchObject({ kind: 'unset', names: ['a', 'b'] });
    expect(loop).toMatchObject({ kind: 'while', separator: { kind: 'newline' }, test: { kind: 'not', operand: { kind: 'iseof' } } });
    expect(counted).toMatchObject({ kind: 'while', counter: { name: 'k' }, test: { kind: 'match' } });
  });

  it('works out constant expressions once, except those that fail', () => {
    const [int] = parse('INT(2^10 - -1, 10 / 0)');
    expect(int).toMatchObject({ min: { kind: 'constant', value: 1025n }, max: { kind: 'arithmetic', operator: '/' } });
    const [strlen] = parse('ASSERT(STRLEN("abc") == 3)');
    expect(strlen).toMatchObject({ test: { left: { kind: 'constant', value: 3n } } });
  });

  it.each([
    ['END SPACE', 'p.ctd:1:1: expected a command (this END closes no REP, REPI, WHILE, WHILEI or IF), got END'],
    ['SPACE ELSE', 'p.ctd:1:7: expected a command (this ELSE belongs to no IF), got ELSE'],
    ['REP(2)\nSPACE', 'p.ctd:2:6: expected END for the REP on line 1, got the end of the program'],
    ['REP(2) ELSE END', 'p.ctd:1:8: expected END for the REP on line 1 (an ELSE belongs to an IF), got ELSE'],
    ['IF(1<2) ELSE ELSE END', 'p.ctd:1:14: expected END for the IF on line 1 (this IF has had its ELSE), got ELSE'],
    ['NEWLINE)', 'p.ctd:1:8: expected a command, got ")"'],
    ['INT(1)', 'p.ctd:1:6: expected ",", got ")"'],
    ['INT(1,**2)', 'p.ctd:1:7: expected a number, a string, a variable or STRLEN, got "*"'],
    ['STRLEN(a)', 'p.ctd:1:1: expected a command, got STRLEN'],
    ['FLOAT(0,1,FIXED)', 'p.ctd:1:11: expected a variable name, got FIXED'],
    ['FLOAT(0,1,x,y)', 'p.ctd:1:13: expected FIXED or SCIENTIFIC, got variable y'],
    ['REP(3, REP(2) END) END', 'p.ctd:1:8: expected a separator command (SPACE, NEWLINE, STRING(...), ...), got REP'],
    ['WHILE(1<2, EOF) END', 'p.ctd:1:12: expected a separator command (SPACE, NEWLINE, STRING(...), ...), got EOF'],
    ['ASSERT(1 < 2 < 3)', 'p.ctd:1:14: expected ")", got "<"'],
    ['ASSERT(1)', 'p.ctd:1:9: expected a comparison (<, >, <=, >=, ==, !=), got ")"'],
    ['REGEX("a{2")', 'p.ctd:1:7: expected a valid regular expression (a "{" must start a repeat count: {m}, {m,} or {m,n}), got the string "a{2"'],
    ['FLOAT(0, 1E1000001)', 'p.ctd:1:10: expected a float constant within 1E±1000000, got "1E1000001"'],
    ['ASSERT(x & y)', 'p.ctd:1:10: expected a comparison (<, >, <=, >=, ==, !=), got "&"'],
  ])('refuses %j', (text, message) => {
    expect(syntaxError(text)).toBe(message);
  });

  it('refuses nesting deep enough to threaten the stack', () => {
    expect(syntaxError(`ASSERT(${'('.repeat(600)}1<2${')'.repeat(600)})`)).toBe('p.ctd:1:508: nesting deeper than 500 levels, got "("');
    expect(syntaxError(`INT(${'-'.repeat(600)}1, 1)`)).toBe('p.ctd:1:506: nesting deeper than 500 levels, got "-"');
  });
});
