import { describe, expect, it } from 'vitest';
import { CompiledRegex, MAX_STATES } from './regex-matcher.js';
import { MAX_REPEAT, RegexSyntaxError } from './regex-parser.js';

/** Length of the longest match of `pattern` at the start of `text` (both taken as Latin-1 bytes), or -1. */
function match(pattern: string, text: string, from = 0): number {
  return new CompiledRegex(pattern).longestMatch(Buffer.from(text, 'latin1'), from);
}

describe('CompiledRegex', () => {
  it('finds the longest match, as POSIX asks, not the first', () => {
    expect(match('a|ab', 'abc')).toBe(2);
    expect(match('(a|ab)(c|bcd)', 'abcd')).toBe(4);
    expect(match('x*', 'xxxy')).toBe(3);
    expect(match('[a-z]+[0-9]?', 'abc12')).toBe(4);
  });

  it('takes the longest match even where a greedy repeat would lead to a shorter one', () => {
    // libstdc++, in the reference, takes "b" here: its b? takes the first "b", then (bb)? nothing.
    expect(match('b?(bb)?', 'bb')).toBe(2);
  });

  it('matches only at the position it is given', () => {
    expect(match('b', 'ab')).toBe(-1);
    expect(match('b', 'ab', 1)).toBe(1);
    expect(match('', 'xyz')).toBe(0);
  });

  it.each([
    ['C.EFGH*IJ{3}K+L', 'ABCDEFGIJJJKKKKKL', 2, 15],
    ['[0-9]{0,6}', '1234567', 0, 6],
    ['(\\([0-9]{1,9}\\))?', '(804740)', 0, 8],
    ['(\\([0-9]{1,9}\\))?', '()', 0, 0],
    ['\\({1,5}\\.{1,5}', '(((.', 0, 4],
    ['\\\\(foo|(bar|baz))x\n[.-}]', '\\bazx\nc', 0, 7],
    ['[][,0-9]+', '[1,[2]]x', 0, 7],
    ['[]a]*', ']a]b', 0, 3],
    ['[^]a]', ']', 0, -1],
    ['[a-]+', 'a-a', 0, 3],
    ['[-a]+', '-a', 0, 2],
    ['[[:alpha:]_][[:alnum:]_]*', '_x9 ', 0, 3],
    ['[[:space:]]+', ' \t\n\r\v\fx', 0, 6],
    ['[^[:digit:]]+', 'ab1', 0, 2],
    ['[[:upper:][:punct:]]+', 'A!b', 0, 2],
    ['[[:xdigit:]]+', 'fF09g', 0, 4],
    ['[[.hyphen.]a]+', '-a-', 0, 3],
    ['[[.a.]-c]+', 'abcd', 0, 3],
    ['[[.NUL.][.tab.]]+', '\0\tx', 0, 2],
    ['[[=e=]]+', 'eEf', 0, 2],
    ['[[=hyphen=]]', '-', 0, 1],
    ['[--/]+', '-./0', 0, 3],
    ['[]-a]+', ']^a', 0, 3],
    ['[!--]+', '!,-.', 0, 3],
    ['[a-c-]+', 'b-c', 0, 3],
    ['[^-]', '-', 0, -1],
    ['[\x80-\xbf]+', '\x80\xbf\xc0', 0, 2],
    ['[0-9\\.]+', '1\\.2', 0, 4],
    ['a{2}', 'aaa', 0, 2],
    ['a{2,}', 'aaaa', 0, 4],
    ['(ab){1,2}c', 'ababc', 0, 5],
    ['a**', 'aa', 0, 2],
    ['()', 'x', 0, 0],
    ['(^)+a($)*', 'a', 0, 1],
    ['(|a)b', 'ab', 0, 2],
    ['\\{\\|\\$', '{|$', 0, 3],
    [']}', ']}', 0, 2],
  ])('matches %j in %j at %i: length %i', (pattern, text, from, length) => {
    expect(match(pattern, text, from)).toBe(length);
  });

  it('lets "." match a newline but not a NUL byte, like libstdc++ in POSIX mode', () => {
    expect(match('.*', 'a\nb\0c')).toBe(3);
    expect(match('[^x]*', 'a\nb\0c')).toBe(5);
  });

  it('anchors ^ at the match start and $ at the end of the input only', () => {
    expect(match('^ab', 'xab', 1)).toBe(2);
    expect(match('a^b', 'ab')).toBe(-1);
    expect(match('a$', 'a\n')).toBe(-1);
    expect(match('a\n$', 'a\n')).toBe(2);
    expect(match('(a$|ab)', 'a')).toBe(1);
  });

  it('works on bytes: one "." is one byte of a UTF-8 character', () => {
    expect(match('.', '\xc3\xa9')).toBe(1);
    expect(match('\xc3\xa9+', '\xc3\xa9\xa9')).toBe(3);
  });

  it('stays linear on patterns that make backtracking engines explode', () => {
    const text = 'a'.repeat(20_000);
    const started = performance.now();
    expect(match('(a*)*b', text)).toBe(-1);
    expect(match('(a|aa)*', text)).toBe(20_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('can be run many times, on different inputs', () => {
    const regex = new CompiledRegex('[a-z]+');
    const bytes = Buffer.from('abc 12 xy');
    expect([regex.longestMatch(bytes, 0), regex.longestMatch(bytes, 4), regex.longestMatch(bytes, 7)]).toEqual([3, -1, 2]);
  });

  it.each([
    ['(ab', 'unmatched "("'],
    ['ab)', 'unmatched ")"'],
    ['[ab', 'unmatched "["'],
    ['*a', '"*" has nothing to repeat'],
    ['a|+', '"+" has nothing to repeat'],
    ['^*', '"*" cannot repeat an anchor'],
    ['a{', 'a "{" must start a repeat count: {m}, {m,} or {m,n}'],
    ['a{,3}', 'a "{" must start a repeat count: {m}, {m,} or {m,n}'],
    ['a{3,2}', 'invalid repeat count {3,2}: 3 > 2'],
    [`a{${MAX_REPEAT + 1}}`, `repeat counts above ${MAX_REPEAT} are not supported`],
    ['\\d', 'unknown escape "\\d" (only .[\\()*+?{|^$ can be escaped)'],
    ['a\\', 'the pattern ends in a backslash'],
    ['[z-a]', 'invalid range z-a'],
    ['[[:word:]]', 'unknown character class [:word:]'],
    ['\\]', 'unknown escape "\\]" (only .[\\()*+?{|^$ can be escaped)'],
    ['\\}', 'unknown escape "\\}" (only .[\\()*+?{|^$ can be escaped)'],
    ['[[.-.]]', 'unknown collating element [.-.]'],
    ['[[=x-=]]', 'unknown collating element [=x-=]'],
    ['[a-[.z.]]', 'a range must end with a plain character'],
    ['[[:alpha:]-z]', 'a range cannot start with a class'],
    ['[a-c-e]', 'a "-" in brackets must start or end them, or make a range'],
    ['[a-\xff]', 'invalid range a-\xff'],
    ['[a-', 'unmatched "["'],
    ['[[:alpha]', 'unterminated [:'],
    ['(a{1000}){1000}', `the pattern needs more than ${MAX_STATES} states`],
  ])('refuses %j', (pattern, message) => {
    expect(() => new CompiledRegex(pattern)).toThrow(new RegexSyntaxError(message));
  });
});
