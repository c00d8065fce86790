import { describe, expect, it } from 'vitest';
import { findLanguage, languages } from './registry.js';
import { expandCommand, expandTemplate, placeholdersIn, resolveMainClass, TemplateError } from './template.js';

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

describe('resolveMainClass (Java)', () => {
  const java = findLanguage(languages, 'java');
  if (!java) throw new Error('java is missing');
  const main = (source: string) => resolveMainClass(java, source);

  it('finds a public class whatever the file was called', () => {
    expect(main('import java.util.*;\n\npublic class Foo {\n  public static void main(String[] a) {}\n}\n')).toBe('Foo');
  });

  it('accepts modifiers, annotations and odd spacing', () => {
    expect(main('public final class Solution { }')).toBe('Solution');
    expect(main('@SuppressWarnings("unchecked")\npublic   abstract\tclass  A1 { }')).toBe('A1');
    expect(main('public interface Prog { static void main(String[] a) {} }')).toBe('Prog');
    expect(main('public record Pair(int a) { }')).toBe('Pair');
    expect(main('public class Ñandú {}')).toBe('Ñandú');
    expect(main('public class $dollar_1 {}')).toBe('$dollar_1');
  });

  it('is not fooled by comments or strings', () => {
    const source = [
      '// public class LineComment {}',
      '/* public class BlockComment {}',
      '   public class StillComment {} */',
      'class Helper { String s = "public class InString {}"; char c = \'"\'; }',
      'public class Real { }',
    ].join('\n');
    expect(main(source)).toBe('Real');
  });

  it('is not fooled by a nested public class', () => {
    expect(main('class Main {\n  public class Inner {}\n  public static void main(String[] a) {}\n}\n')).toBe('Main');
    expect(main('public class Outer {\n  public static class Inner {}\n}\n')).toBe('Outer');
  });

  it('falls back to Main without a top-level public class', () => {
    expect(main('class Solution { public static void main(String[] a) {} }')).toBe('Main');
    expect(main('')).toBe('Main');
    expect(main('/* public class Commented {} */')).toBe('Main');
  });

  it('falls back to the given name (a folder\'s main file) when it is a valid class name', () => {
    expect(resolveMainClass(java, 'class Solver { public static void main(String[] a) {} }', 'Solver')).toBe('Solver');
    expect(resolveMainClass(java, 'public class Real {}', 'Solver')).toBe('Real');
    expect(resolveMainClass(java, 'class X {}', 'not-a-class')).toBe('Main');
  });

  it('is undefined for languages without a main class', () => {
    const cpp = findLanguage(languages, 'cpp');
    expect(cpp && resolveMainClass(cpp, 'public class Foo {}')).toBeUndefined();
  });
});
