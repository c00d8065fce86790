import { describe, expect, it } from 'vitest';
import { closestMatch, suggestionFor } from './did-you-mean.js';

const FIELDS = ['name', 'time_limit', 'memory_limit', 'output_limit', 'pids_limit', 'checker', 'tests'];

describe('closestMatch', () => {
  it.each([
    ['time_limt', 'time_limit'],
    ['tiem_limit', 'time_limit'],
    ['memory-limit', 'memory_limit'],
    ['Tests', 'tests'],
    ['test', 'tests'],
    ['checkr', 'checker'],
    ['mem_limit', 'memory_limit'],
    ['out_lim', 'output_limit'],
  ])('suggests %s -> %s', (typed, expected) => {
    expect(closestMatch(typed, FIELDS)).toBe(expected);
  });

  it('suggests nothing when no word is close', () => {
    expect(closestMatch('author', FIELDS)).toBeUndefined();
    expect(closestMatch('x', ['float'])).toBeUndefined();
  });
});

describe('suggestionFor', () => {
  it('asks "did you mean" for a close word and lists the choices otherwise', () => {
    expect(suggestionFor('flaot', ['exact', 'float'])).toBe('did you mean float?');
    expect(suggestionFor('diff', ['exact', 'float'])).toBe('expected one of: exact, float');
  });
});
