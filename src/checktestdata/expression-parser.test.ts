import { describe, expect, it } from 'vitest';
import type { Test } from './ast.js';
import { Evaluator } from './evaluator.js';
import { parseExpr, parseTest } from './expression-parser.js';
import { InputReader } from './input-reader.js';
import { tokenize } from './lexer.js';
import { TokenStream } from './token-stream.js';
import { Variables } from './variables.js';

function stream(text: string): TokenStream {
  return new TokenStream(tokenize(text, 'p.ctd'), 'p.ctd');
}

function valueOf(text: string) {
  const tokens = stream(text);
  const expr = parseExpr(tokens);
  expect(tokens.peek().kind).toBe('end');
  return new Evaluator(new Variables(), new InputReader('')).value(expr);
}

function test(text: string): Test {
  const tokens = stream(text);
  const parsed = parseTest(tokens);
  expect(tokens.peek().kind).toBe('end');
  return parsed;
}

function truth(text: string): boolean {
  return new Evaluator(new Variables(), new InputReader('')).test(test(text));
}

describe('expression precedence, as in the reference grammar', () => {
  it.each([
    ['1 + 2 * 3', 7n],
    ['(1 + 2) * 3', 9n],
    ['10 - 4 - 3', 3n],
    ['100 / 10 / 5', 2n],
    ['7 % 4 * 2', 6n],
    ['2 ^ 3 ^ 2', 64n],
    ['-2 ^ 2', -4n],
    ['2 * -3', -6n],
    ['--3', 3n],
    ['2 ^ -(-3)', 8n],
    ['1 --1', 2n],
    ['STRLEN("abc") + 1', 4n],
  ])('%s is %s', (text, value) => {
    expect(valueOf(text)).toBe(value);
  });
});

describe('test precedence, as in the reference grammar', () => {
  it('groups && and || from the left, at one level', () => {
    expect(test('1<2 || 1<2 && 2<1')).toMatchObject({ kind: 'logic', operator: '&&', left: { kind: 'logic', operator: '||' } });
    expect(truth('1<2 || 1<2 && 2<1')).toBe(false);
  });

  it('lets ! take everything to its right', () => {
    expect(test('!1==2 && 1==2')).toMatchObject({ kind: 'not', operand: { kind: 'logic', operator: '&&' } });
    expect(truth('!1==2 && 1==2')).toBe(true);
    // Parentheses right after ! do not stop it: only around the ! itself do they.
    expect(truth('!(1==2) && 1==2')).toBe(true);
    expect(truth('(!(1==2)) && 1==2')).toBe(false);
  });

  it('tells a parenthesised test from a parenthesised expression', () => {
    expect(test('(1 < 2)')).toMatchObject({ kind: 'compare', operator: '<' });
    expect(test('(1 + 1) * 2 == 4')).toMatchObject({ kind: 'compare', operator: '==', left: { kind: 'constant', value: 4n } });
    expect(test('((1 < 2) && ((3) > (2)))')).toMatchObject({ kind: 'logic', operator: '&&', right: { kind: 'compare', operator: '>' } });
    expect(truth('!(ISEOF) && (1 == 1)')).toBe(false);
  });

  it('reports the reading that got further when neither fits', () => {
    expect(() => test('(1 < 2 +)')).toThrow('p.ctd:1:9: expected a number, a string, a variable or STRLEN, got ")"');
  });
});
