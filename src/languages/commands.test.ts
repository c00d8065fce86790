import { describe, expect, it } from 'vitest';
import { compileCommand, memoryVars, runCommand, sourceNameFor } from './commands.js';
import { languageSchema } from './language.js';
import { prepareProgram } from './prepare.js';
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
    const run = runCommand(java, { memoryBytes: 256 * MiB, mainClass: 'Foo' });
    expect(run.argv).toContain('-Xmx204m');
    expect(run.argv.slice(-3)).toEqual(['-cp', '/box', 'Foo']);
    expect(compileCommand(java, { memoryBytes: 1024 * MiB, mainClass: 'Foo' })?.argv.at(-1)).toBe('/box/Foo.java');
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
    expect(() => runCommand(language('java'), { memoryBytes: 256 * MiB })).toThrow(/mainClass/);
    expect(() => sourceNameFor(language('java'))).toThrow(/mainClass/);
  });
});

describe('prepareProgram', () => {
  it('names a Java source after its public class and uses that class everywhere', () => {
    const source = Buffer.from('// class Wrong\npublic final class Weird { public static void main(String[] a) {} }\n');
    const program = prepareProgram(language('java'), source, 256 * MiB);
    expect(program.sourceName).toBe('Weird.java');
    expect(program.compile?.argv).toContain('/box/Weird.java');
    expect(program.run.argv.at(-1)).toBe('Weird');
    expect(program.source).toBe(source);
  });

  it('uses the run limit for the run and the compile limit for the compile step', () => {
    const program = prepareProgram(language('go'), Buffer.from('package main'), 100 * MiB, 1000 * MiB);
    expect(program.run.env.GOMEMLIMIT).toBe('90MiB');
    expect(program.compile?.env.GOMEMLIMIT).toBe('900MiB');
  });
});
