import { describe, expect, it } from 'vitest';
import { tokenize } from './lexer.js';
import { CtdSyntaxError } from './syntax-error.js';

function kindsAndTexts(text: string): string[] {
  return tokenize(text, 'p.ctd').map((token) => `${token.kind}:${token.text}`);
}

describe('tokenize', () => {
  it('reads keywords, names, numbers, strings and symbols', () => {
    expect(kindsAndTexts('INT(1,n2) ASSERT(x[i]<=2.5e3&&s!="a")')).toEqual([
      'keyword:INT', 'symbol:(', 'integer:1', 'symbol:,', 'name:n2', 'symbol:)',
      'keyword:ASSERT', 'symbol:(', 'name:x', 'symbol:[', 'name:i', 'symbol:]', 'symbol:<=', 'float:2.5e3',
      'symbol:&&', 'name:s', 'symbol:!=', 'string:"a"', 'symbol:)', 'end:',
    ]);
  });

  it('takes the longest keyword, as the reference scanner does', () => {
    expect(kindsAndTexts('FLOATP REPI WHILEI SPACENEWLINE')).toEqual(['keyword:FLOATP', 'keyword:REPI', 'keyword:WHILEI', 'keyword:SPACE', 'keyword:NEWLINE', 'end:']);
    expect(kindsAndTexts('INTx')).toEqual(['keyword:INT', 'name:x', 'end:']);
  });

  it('reads floats with a dot or an exponent, and stops before an incomplete exponent', () => {
    expect(kindsAndTexts('1. 2.5 3e7 4E-2 5.e+1 6e')).toEqual(['float:1.', 'float:2.5', 'float:3e7', 'float:4E-2', 'float:5.e+1', 'integer:6', 'name:e', 'end:']);
  });

  it('skips whitespace and comments, and counts lines (also inside strings)', () => {
    const tokens = tokenize('# comment "x"\r\n  SPACE # more\n"a\nb" \tNEWLINE', 'p.ctd');
    expect(tokens.map(({ kind, line, column }) => [kind, line, column])).toEqual([
      ['keyword', 2, 3],
      ['string', 3, 1],
      ['keyword', 4, 5],
      ['end', 4, 12],
    ]);
  });

  it('keeps the value of a string apart from its text', () => {
    const [token] = tokenize('"\\101\\n"', 'p.ctd');
    expect(token).toMatchObject({ kind: 'string', text: '"\\101\\n"', bytes: 'A\n' });
  });

  it.each([
    ['SPACE FOO', 1, 7, 'unknown keyword FOO'],
    ['SPACE\nINTEGER(1,2)', 2, 1, 'unknown keyword INTEGER'],
    ['ENDX', 1, 1, 'unknown keyword ENDX'],
    ['INT(007,9)', 1, 5, 'integer constant 007 has a leading zero'],
    ['\n  "abc', 2, 3, 'string constant is not closed by a "'],
    ['STRING("\\777")', 1, 9, 'bad escape sequence "\\777": octal escapes go up to \\377'],
  ])('refuses %j at %i:%i', (text, line, column, detail) => {
    let error: unknown;
    try {
      tokenize(text, 'p.ctd');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(CtdSyntaxError);
    expect(error).toMatchObject({ fileName: 'p.ctd', line, column, detail });
  });

  it('passes unknown characters on as symbols for the parser to refuse', () => {
    expect(kindsAndTexts('{ & |')).toEqual(['symbol:{', 'symbol:&', 'symbol:|', 'end:']);
  });
});
