import { describe, expect, it } from 'vitest';
import { expandBraces, globMatches } from './glob.js';

describe('expandBraces', () => {
  it('expands alternatives, nested braces and several groups', () => {
    expect(expandBraces('{simple,complex}.py')).toEqual(['simple.py', 'complex.py']);
    expect(expandBraces('author.{py,cpp}')).toEqual(['author.py', 'author.cpp']);
    expect(expandBraces('{a,b{1,2}}')).toEqual(['a', 'b1', 'b2']);
    expect(expandBraces('{x,y}/{1,2}')).toEqual(['x/1', 'x/2', 'y/1', 'y/2']);
  });

  it('leaves text without a closed brace as it is', () => {
    expect(expandBraces('plain.cpp')).toEqual(['plain.cpp']);
    expect(expandBraces('odd{.cpp')).toEqual(['odd{.cpp']);
  });
});

describe('globMatches', () => {
  const cases: [pattern: string, path: string, matches: boolean][] = [
    ['accepted', 'accepted/sum.cpp', true],
    ['accepted/', 'accepted/sum.cpp', true],
    ['accepted/*', 'accepted/sum.cpp', true],
    ['accepted/*.py', 'accepted/sum.cpp', false],
    ['accepted/sum.cpp', 'accepted/sum.cpp', true],
    ['accept', 'accepted/sum.cpp', false],
    ['wrong_answer', 'accepted/sum.cpp', false],
    // A folder submission: the folder itself is the submission.
    ['accepted/multi', 'accepted/multi', true],
    ['*/sum.{py,cpp}', 'time_limit_exceeded/sum.py', true],
    ['*/sum.{py,cpp}', 'time_limit_exceeded/sum.java', false],
    // `*` never crosses a "/".
    ['*', 'secret/group1/01', true],
    ['secret/*-easy', 'secret/03-easy', true],
    ['secret/*-easy', 'secret/group/03-easy', false],
    ['secret/*-hard', 'secret/03-easy', false],
    ['secret/group1', 'secret/group1/01-small', true],
    ['secret/group1', 'secret/group10/01-small', false],
    ['secret/*1*', 'secret/group1/x', true],
    ['secret/a*b*c', 'secret/abc', true],
    ['secret/a*b*c', 'secret/acb', false],
    ['secret/a*a', 'secret/a', false],
    ['sample', 'sample/1', true],
    ['sample/1', 'sample/10', false],
  ];
  it.each(cases)('%s on %s: %s', (pattern, path, matches) => {
    expect(globMatches(pattern, path)).toBe(matches);
  });
});
