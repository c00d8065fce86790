import { describe, expect, it } from 'vitest';
import { compileCommand, memoryVars, runCommand, sourceNameFor } from './commands.js';
import { languageSchema } from './language.js';
import { UsageError } from '../errors.js';
import { prepareProgram } from './prepare.js';
import type { SourceFolder } from './source-folder.js';
import { findLanguage, languages } from './registry.js';

const MiB = 1024 * 1024;

function language(name: string) {
  const found = findLanguage(languages, name);
  if (!found) throw new Error(`${name} is missing`);
  return found;
}

describe('memoryVars', () => {
  it('gives the managed heap its share and the stack the whole limit', () => {
    expect(memoryVars({ heapShare: 0.8 }, 256 * MiB)).toEqual({ memoryMiB: 256, heapMiB: 204, stackMiB: 256 });
    expect(memoryVars({ heapShare: 1 }, 1536 * MiB + 5)).toEqual({ memoryMiB: 1536, heapMiB: 1536, stackMiB: 1536 });
  });

  it('never goes below 1 MiB', () => {
    expect(memoryVars({ heapShare: 0.5 }, 1000)).toEqual({ memoryMiB: 1, heapMiB: 1, stackMiB: 1 });
  });
});

describe('compileCommand and runCommand', () => {
  it('compiles C++ from /box into /tmp/out and runs the binary from /box', () => {
    const cpp = language('cpp');
    expect(compileCommand(cpp, { memoryBytes: 1024 * MiB })?.argv).toEqual([
      'g++', '-std=gnu++17', '-O2', '-pipe', '-DONLINE_JUDGE', '-o', '/tmp/out/solution', '/box/solution.cpp',
    ]);
    expect(runCommand(cpp, { memoryBytes: 256 * MiB })).toEqual({ argv: ['/box/solution'], env: {} });
  });

  it('sizes the JVM heap from the limit and runs the resolved class', () => {
    const java = language('java');
    const classes = { mainClass: 'x.y.Foo', fileClass: 'Foo' };
    const run = runCommand(java, { memoryBytes: 256 * MiB, classes });
    expect(run.argv).toContain('-Xmx204m');
    expect(run.argv.slice(-3)).toEqual(['-cp', '/box', 'x.y.Foo']);
    expect(compileCommand(java, { memoryBytes: 1024 * MiB, classes })?.argv.at(-1)).toBe('/box/Foo.java');
  });

  it('fills placeholders in the environment', () => {
    const go = language('go');
    expect(runCommand(go, { memoryBytes: 1000 * MiB }).env).toMatchObject({ GOMEMLIMIT: '900MiB', GOCACHE: '/tmp/.cache/go-build' });
  });

  it('gives node its heap and a stack as deep as the limit', () => {
    const js = language('js');
    expect(runCommand(js, { memoryBytes: 512 * MiB }).argv).toEqual([
      'node', '--max-old-space-size=409', '--stack-size=512000', '/box/solution.js',
    ]);
  });

  it('is null for a language without a compile step', () => {
    const interpreted = languageSchema.parse({
      id: 'sh', name: 'sh', extensions: ['.sh'], image: 'base', sourceName: 'solution.sh', compile: null,
      run: ['sh', '{source}'], selfTest: { source: 'cat', input: '', output: '' },
    });
    expect(compileCommand(interpreted, { memoryBytes: MiB })).toBeNull();
    expect(runCommand(interpreted, { memoryBytes: MiB }).argv).toEqual(['sh', '/box/solution.sh']);
  });

  it('refuses a Java command without a main class', () => {
    expect(() => runCommand(language('java'), { memoryBytes: 256 * MiB })).toThrow(/fileClass|mainClass/);
    expect(() => sourceNameFor(language('java'))).toThrow(/fileClass/);
  });
});

describe('prepareProgram', () => {
  it('names a Java source after its public class and uses that class everywhere', () => {
    const source = Buffer.from('// class Wrong\npublic final class Weird { public static void main(String[] a) {} }\n');
    const program = prepareProgram(language('java'), source, 256 * MiB);
    expect(program.sourceName).toBe('Weird.java');
    expect(program.compile?.argv).toContain('/box/Weird.java');
    expect(program.run.argv.at(-1)).toBe('Weird');
    expect(program.sources).toEqual([{ path: 'Weird.java', data: source }]);
  });

  it('keeps a single file exactly as before: the language names it, {sources} is just that file', () => {
    const program = prepareProgram(language('cpp'), Buffer.from('int main() {}'), 256 * MiB);
    expect(program.sourceName).toBe('solution.cpp');
    expect(program.compile?.argv.slice(-2)).toEqual(['/tmp/out/solution', '/box/solution.cpp']);
    expect(prepareProgram(language('ts'), Buffer.from(''), 256 * MiB).run.argv.at(-1)).toBe('/box/solution.js');
  });

  it('uses the run limit for the run and the compile limit for the compile step', () => {
    const program = prepareProgram(language('go'), Buffer.from('package main'), 100 * MiB, 1000 * MiB);
    expect(program.run.env.GOMEMLIMIT).toBe('90MiB');
    expect(program.compile?.env.GOMEMLIMIT).toBe('900MiB');
  });

  it('sizes the Kotlin JVM and the Mono heap from the limit', () => {
    const kotlin = prepareProgram(language('kotlin'), Buffer.from('fun main() {}'), 256 * MiB);
    expect(kotlin.run.argv).toContain('-Xmx204m');
    expect(kotlin.run.argv.slice(-3)).toEqual(['-cp', '/box/solution.jar', 'SolutionKt']);
    expect(kotlin.compile?.argv).toEqual(['kotlinc', '/box/solution.kt', '-d', '/tmp/out/solution.jar']);
    const csharp = prepareProgram(language('csharp'), Buffer.from('class P {}'), 256 * MiB);
    expect(csharp.run).toEqual({ argv: ['mono', '/box/solution.exe'], env: { MONO_GC_PARAMS: 'max-heap-size=204m' } });
    expect(csharp.compile?.argv.slice(-2)).toEqual(['-out:/tmp/out/solution.exe', '/box/solution.cs']);
  });
});

function folder(name: string, files: Record<string, string>): SourceFolder {
  return { name, files: Object.entries(files).map(([path, text]) => ({ path, data: Buffer.from(text) })) };
}

describe('prepareProgram on a folder', () => {
  it('C++: writes sources and headers at their paths, compiles every source, never a header', () => {
    const program = prepareProgram(language('cpp'), folder('sol', { 'main.cpp': 'm', 'helper.h': 'h', 'lib/helper.cpp': 'c', 'notes.txt': 'x' }), 256 * MiB);
    expect(program.sourceName).toBe('main.cpp');
    expect(program.sources.map((file) => file.path)).toEqual(['helper.h', 'main.cpp', 'lib/helper.cpp']);
    expect(program.compile?.argv.slice(-3)).toEqual(['/tmp/out/solution', '/box/main.cpp', '/box/lib/helper.cpp']);
  });

  it('Java: compiles every file and runs the class that declares main', () => {
    const program = prepareProgram(
      language('java'),
      folder('sol', { 'Solver.java': 'public class Solver { public static void main(String[] a) {} }', 'Adder.java': 'public class Adder {}' }),
      256 * MiB,
    );
    expect(program.sourceName).toBe('Solver.java');
    expect(program.compile?.argv.slice(-2)).toEqual(['/box/Adder.java', '/box/Solver.java']);
    expect(program.run.argv.at(-1)).toBe('Solver');
  });

  it('Java: a main class that is not public is found all the same', () => {
    const program = prepareProgram(language('java'), folder('sol', { 'Solver.java': 'class Solver { public static void main(String[] a) {} }' }), 256 * MiB);
    expect(program.run.argv.at(-1)).toBe('Solver');
  });

  it('Java: packages in subfolders compile together and the main class runs with its package', () => {
    const program = prepareProgram(
      language('java'),
      folder('sol', {
        'src/x/y/Main.java': 'package x.y;\nimport x.y.util.Adder;\npublic class Main { public static void main(String[] a) {} }',
        'src/x/y/util/Adder.java': 'package x.y.util;\npublic class Adder {}',
      }),
      256 * MiB,
    );
    expect(program.sourceName).toBe('src/x/y/Main.java');
    expect(program.compile?.argv.slice(-2)).toEqual(['/box/src/x/y/Main.java', '/box/src/x/y/util/Adder.java']);
    expect(program.run.argv.slice(-2)).toEqual(['/box', 'x.y.Main']);
  });

  it('Kotlin: the main file\'s class with its package, named as kotlinc names it', () => {
    const program = prepareProgram(language('kotlin'), folder('sol', { 'two-sum.kt': 'package a.b\nfun main() {}', 'util.kt': 'package a.b\nfun add() = 1' }), 256 * MiB);
    expect(program.run.argv.at(-1)).toBe('a.b.Two_sumKt');
  });

  it('Rust: compiles the crate root only (modules are found from it)', () => {
    const program = prepareProgram(language('rust'), folder('sol', { 'main.rs': 'mod sum;', 'sum.rs': '' }), 256 * MiB);
    expect(program.compile?.argv.at(-1)).toBe('/box/main.rs');
    expect(program.sources.map((file) => file.path)).toEqual(['main.rs', 'sum.rs']);
  });

  it('Python: checks the syntax of every file and runs the main one', () => {
    const program = prepareProgram(language('python'), folder('sol', { 'main.py': '', 'util.py': '' }), 256 * MiB);
    expect(program.compile?.argv.slice(-2)).toEqual(['/box/main.py', '/box/util.py']);
    expect(program.run.argv).toEqual(['python3', '/box/main.py']);
  });

  it('TypeScript: runs what tsc made of the main file ({sourceStem})', () => {
    const program = prepareProgram(language('ts'), folder('two-sum', { 'two-sum.ts': '', 'lib/util.ts': '' }), 256 * MiB);
    expect(program.compile?.argv.slice(-2)).toEqual(['/box/two-sum.ts', '/box/lib/util.ts']);
    expect(program.run.argv.at(-1)).toBe('/box/two-sum.js');
  });

  it('refuses a folder whose main file cannot be told, or a path outside the box', () => {
    expect(() => prepareProgram(language('python'), folder('sol', { 'a.py': '', 'b.py': '' }), MiB)).toThrow(UsageError);
    expect(() => prepareProgram(language('python'), folder('sol', { 'main.py': '', '../x.py': '' }), MiB)).toThrow(/without "\.\."/);
  });
});
