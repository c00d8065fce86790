import { describe, expect, it } from 'vitest';
import { programItem, python } from './__fixtures__/grade-data.js';
import { findIdenticalSubmissions, identicalKey } from './duplicates.js';
import { commentSyntaxFor, normalizedHash, normalizeSource } from './normalize-source.js';

const cLike = commentSyntaxFor('cpp');
const hash = commentSyntaxFor('python');

describe('normalizeSource', () => {
  it('drops // and /* */ comments and all whitespace in C-like languages', () => {
    expect(normalizeSource('int main() { // entry\n  return 0; /* done\n */ }\n', cLike)).toBe('intmain(){return0;}');
  });

  it('keeps comment markers inside string literals', () => {
    expect(normalizeSource('puts("a // b"); // gone\nchar c = \'"\';', cLike)).toBe('puts("a // b");charc=\'"\';');
    expect(normalizeSource('print("# not a comment")  # a comment\n', hash)).toBe('print("# not a comment")');
  });

  it('uses -- for the dashes family and nothing for an unknown language', () => {
    expect(normalizeSource('main = print 1 -- note\n{- block -}', commentSyntaxFor('haskell'))).toBe('main=print1');
    expect(normalizeSource('a // b', commentSyntaxFor('cobol'))).toBe('a//b');
  });

  it('gives equal hashes for the same program reformatted, different ones for a real change', () => {
    const a = normalizedHash(Buffer.from('n = int(input())\nprint(n)\n'), 'python');
    const b = normalizedHash(Buffer.from('# mine!\nn=int( input() )\n\n\nprint(n)   # out\n'), 'python');
    const c = normalizedHash(Buffer.from('n = int(input())\nprint(n + 1)\n'), 'python');
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});

describe('findIdenticalSubmissions', () => {
  it('groups students of one problem by normalised hash and lists the others, sorted', () => {
    const identical = findIdenticalSubmissions([
      programItem('zoe', { normalizedHash: 'same' }),
      programItem('adam', { normalizedHash: 'same' }),
      programItem('Bea', { normalizedHash: 'same' }),
      programItem('carl', { normalizedHash: 'other' }),
      programItem('dina', { normalizedHash: 'same', problemId: 'other-problem', language: python }),
    ]);
    expect(identical.get(identicalKey('sum', 'zoe'))).toEqual(['adam', 'Bea']);
    expect(identical.get(identicalKey('sum', 'adam'))).toEqual(['Bea', 'zoe']);
    expect(identical.has(identicalKey('sum', 'carl'))).toBe(false);
    expect(identical.has(identicalKey('other-problem', 'dina'))).toBe(false);
  });
});
