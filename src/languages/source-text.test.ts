import { describe, expect, it } from 'vitest';
import { topLevelCode } from './source-text.js';

const visible = (source: string) => topLevelCode(source).replace(/\s+/g, ' ').trim();

describe('topLevelCode', () => {
  it('keeps the length and the line breaks', () => {
    const source = 'a /* x\ny */ "s" {\n body }\n';
    const result = topLevelCode(source);
    expect(result).toHaveLength(source.length);
    expect(result.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('blanks comments, literals and nested bodies', () => {
    expect(visible('class A { int x; } // c\n/* d */ class B { void f() { g(); } }')).toBe('class A { } class B { }');
    expect(visible('x = "a \\" // not a comment"; y')).toBe('x = ; y');
    expect(visible("c = '{'; d")).toBe('c = ; d');
    expect(visible('t = """\n  "quoted" } {\n"""; u')).toBe('t = ; u');
  });

  it('survives unterminated comments, strings and braces', () => {
    expect(visible('a /* open')).toBe('a');
    expect(visible('a "open\nb')).toBe('a b');
    expect(visible('a } b { c')).toBe('a } b {');
  });
});
