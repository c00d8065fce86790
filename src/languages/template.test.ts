import { describe, expect, it } from 'vitest';
import { expandCommand, expandTemplate, placeholdersIn, TemplateError } from './template.js';

describe('expandCommand', () => {
  it('replaces every placeholder, several per argument', () => {
    const argv = expandCommand(['java', '-Xmx{heapMiB}m', '-cp', '{box}', '{mainClass}', '{out}/{mainClass}.class'], {
      heapMiB: 204,
      box: '/box',
      mainClass: 'Foo',
      out: '/tmp/out',
    });
    expect(argv).toEqual(['java', '-Xmx204m', '-cp', '/box', 'Foo', '/tmp/out/Foo.class']);
  });

  it('never splits or joins arguments', () => {
    expect(expandCommand(['{source}'], { source: '/box/a b.py' })).toEqual(['/box/a b.py']);
  });

  it('keeps braces that are not placeholders', () => {
    expect(expandTemplate('print(f"{ x }") ${HOME} {} {1}', {})).toBe('print(f"{ x }") ${HOME} {} {1}');
  });

  it('rejects an unknown placeholder, listing the known ones', () => {
    expect(() => expandCommand(['{memoryMb}'], { memoryMiB: 1 })).toThrow(TemplateError);
    expect(() => expandCommand(['{memoryMb}'], {})).toThrow(/unknown placeholder \{memoryMb\}.*\{memoryMiB\}/);
  });

  it('rejects a known placeholder that has no value', () => {
    expect(() => expandCommand(['{mainClass}'], { box: '/box' })).toThrow(/\{mainClass\} .* has no value/);
  });

  it('turns a whole-argument {sources} into one argument per file, even none', () => {
    const sources = ['/box/main.cpp', '/box/lib/a b.cpp'];
    expect(expandCommand(['g++', '-o', '{out}/x', '{sources}', '-lm'], { out: '/tmp/out', sources })).toEqual([
      'g++', '-o', '/tmp/out/x', '/box/main.cpp', '/box/lib/a b.cpp', '-lm',
    ]);
    expect(expandCommand(['cc', '{sources}'], { sources: [] })).toEqual(['cc']);
  });

  it('refuses {sources} inside a longer argument or without a value', () => {
    expect(() => expandCommand(['--files={sources}'], { sources: ['/box/a'] })).toThrow(/\{sources\}.*whole argument/);
    expect(() => expandTemplate('{sources}', { sources: ['/box/a'] })).toThrow(/whole argument/);
    expect(() => expandCommand(['{sources}'], {})).toThrow(/\{sources\} has no value/);
  });

  it('lists the placeholders a text uses', () => {
    expect(placeholdersIn('{out}/{mainClass}.class {nope}')).toEqual(['out', 'mainClass', 'nope']);
  });
});
