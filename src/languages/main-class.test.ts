import { describe, expect, it } from 'vitest';
import { fileClassName, resolveClassNames } from './main-class.js';
import { findLanguage, languages } from './registry.js';

function language(name: string) {
  const found = findLanguage(languages, name);
  if (!found) throw new Error(`${name} is missing`);
  return found;
}

const MAIN = 'public static void main(String[] a) {}';

describe('resolveClassNames (Java)', () => {
  const java = language('java');
  const classes = (source: string, fileStem?: string) => resolveClassNames(java, source, { fileStem });
  const main = (source: string, fileStem?: string) => classes(source, fileStem)?.mainClass;

  it('finds a public class whatever the file was called, and names the file after it', () => {
    expect(classes(`import java.util.*;\n\npublic class Foo {\n  ${MAIN}\n}\n`)).toEqual({ mainClass: 'Foo', fileClass: 'Foo' });
  });

  it('puts the package in front of the class, and never in the file name', () => {
    expect(classes(`package x.y;\n\npublic class Main { ${MAIN} }`)).toEqual({ mainClass: 'x.y.Main', fileClass: 'Main' });
    expect(main(`// package not.this;\npackage  com . example ;\nclass Main { ${MAIN} }`)).toBe('com.example.Main');
    expect(main(`/* package a.b; */ public class Main { ${MAIN} }`)).toBe('Main');
  });

  it('runs the class that declares main, public or not, before a public one without it', () => {
    expect(classes(`class Solution { ${MAIN} }`)).toEqual({ mainClass: 'Solution', fileClass: 'Solution' });
    expect(classes(`public class Fenwick { int[] t; }\nclass Main { ${MAIN} }`)).toEqual({ mainClass: 'Main', fileClass: 'Fenwick' });
    expect(main(`class Helper { void main() {} }\nclass Entry { static public final void main(String... a) {} }`)).toBe('Entry');
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
      `   public class StillComment { ${MAIN} } */`,
      `class Helper { String s = "class InString { ${MAIN} }"; char c = '"'; }`,
      'public class Real { }',
    ].join('\n');
    expect(main(source)).toBe('Real');
  });

  it('is not fooled by a nested public class', () => {
    expect(main(`class Main {\n  public class Inner {}\n  ${MAIN}\n}\n`)).toBe('Main');
    expect(main('public class Outer {\n  public static class Inner {}\n}\n')).toBe('Outer');
  });

  it('falls back to the file stem (a folder\'s main file), then to Main', () => {
    expect(main('')).toBe('Main');
    expect(main('/* public class Commented {} */')).toBe('Main');
    expect(main('class X {}', 'Solver')).toBe('Solver');
    expect(main('public class Real {}', 'Solver')).toBe('Real');
    expect(main('class X {}', 'not-a-class')).toBe('Main');
  });

  it('is undefined for languages without a main class', () => {
    expect(resolveClassNames(language('cpp'), 'public class Foo {}')).toBeUndefined();
  });
});

describe('resolveClassNames (Kotlin)', () => {
  const kotlin = language('kotlin');
  const main = (source: string, fileStem?: string) => resolveClassNames(kotlin, source, { fileStem, fileStemFor: () => 'solution' })?.mainClass;

  it('runs the file class of a top-level main, with its package', () => {
    expect(main('fun main() {}')).toBe('SolutionKt');
    expect(main('package x.y\n\nimport kotlin.math.*\n\nfun main(args: Array<String>) {\n}\n')).toBe('x.y.SolutionKt');
    expect(main('fun main() {}', 'two-sum')).toBe('Two_sumKt');
  });

  it('takes the name @file:JvmName gives', () => {
    expect(main('@file:JvmName("Runner")\npackage p\nfun main() {}')).toBe('p.Runner');
  });

  it('runs an object or a companion object with a @JvmStatic main', () => {
    expect(main('package x.y\nobject Main {\n  @JvmStatic fun main(args: Array<String>) {}\n}')).toBe('x.y.Main');
    expect(main('class Data(val a: Int)\nclass App {\n  companion object {\n    @JvmStatic\n    fun main(args: Array<String>) {}\n  }\n}')).toBe('App');
  });

  it('is not fooled by a main inside a class or a string', () => {
    expect(main('class A { fun main() {} }\nval s = "fun main() {}"\nfun main() {}')).toBe('SolutionKt');
    expect(main('class A {\n  fun main() {}\n}')).toBe('MainKt');
  });
});

describe('resolveClassNames (Scala)', () => {
  const scala = language('scala');
  const main = (source: string) => resolveClassNames(scala, source)?.mainClass;

  it('runs the object with main or that extends App, with its package', () => {
    expect(main('package x.y\n\nobject Main {\n  def main(args: Array[String]): Unit = {}\n}')).toBe('x.y.Main');
    expect(main('case class P(a: Int)\nobject Helper { def f = 1 }\nobject Sum extends App {\n  println(1)\n}')).toBe('Sum');
    expect(main('class C')).toBe('Main');
    expect(main('package a\npackage object util { val k = 1 }\nobject Run extends App {}')).toBe('a.Run');
  });
});

describe('fileClassName', () => {
  it('is the file name as Kotlin makes a class of it', () => {
    expect(fileClassName('main')).toBe('Main');
    expect(fileClassName('two-sum')).toBe('Two_sum');
    expect(fileClassName('Über')).toBe('Über');
    expect(fileClassName('ünter')).toBe('ünter');
  });
});
