import { describe, expect, it } from 'vitest';
import { prepareProgram, type ProgramSource } from '../languages/prepare.js';
import { findLanguage, languages } from '../languages/registry.js';
import type { SourceFile } from '../languages/source-folder.js';
import type { IncludedFiles } from '../problem/model.js';
import { compileCacheKey } from '../execution/program-key.js';
import { includedFilesFor, withIncludedFiles } from './included-files.js';

const MiB = 1024 * 1024;

function language(name: string) {
  const found = findLanguage(languages, name);
  if (!found) throw new Error(`${name} is missing`);
  return found;
}

const file = (path: string, text: string): SourceFile => ({ path, data: Buffer.from(text) });

/** The merged program as path -> text. */
function contents(source: ProgramSource): Record<string, string> {
  if (Buffer.isBuffer(source)) throw new Error('expected a folder program');
  return Object.fromEntries(source.files.map((each) => [each.path, each.data.toString('utf8')]));
}

const CPP_DRIVER = [file('main.cpp', '#include "add.h"\nint main() {}'), file('add.h', 'long long add(long long, long long);')];
const PY_DRIVER = [file('main.py', 'from solution import add\n')];

describe('includedFilesFor', () => {
  const included: IncludedFiles = { default: [file('common.h', '')], byLanguage: new Map([['cpp', CPP_DRIVER]]) };

  it('takes the language’s own folder whole, without the default one', () => {
    expect(includedFilesFor(included, language('cpp'))).toBe(CPP_DRIVER);
    expect(includedFilesFor(included, language('cpp20'))).toBe(CPP_DRIVER);
    expect(includedFilesFor(included, language('cpp-clang'))).toBe(CPP_DRIVER);
  });

  it('falls back to default/, and to nothing', () => {
    expect(includedFilesFor(included, language('c'))).toBe(included.default);
    expect(includedFilesFor({ default: null, byLanguage: new Map() }, language('c'))).toEqual([]);
    expect(includedFilesFor(undefined, language('c'))).toEqual([]);
  });
});

describe('withIncludedFiles', () => {
  it('leaves a submission alone when nothing is included', () => {
    const source = Buffer.from('x');
    expect(withIncludedFiles(language('cpp'), { name: 'a.cpp', source }, [])).toBe(source);
  });

  it('C++: one file joins the driver; main.cpp is the main file and every .cpp compiles together', () => {
    const merged = withIncludedFiles(language('cpp'), { name: 'submissions/accepted/add.cpp', source: Buffer.from('long long add(...)') }, CPP_DRIVER);
    expect(Object.keys(contents(merged))).toEqual(['add.cpp', 'add.h', 'main.cpp']);
    const program = prepareProgram(language('cpp'), merged, 256 * MiB);
    expect(program.sourceName).toBe('main.cpp');
    expect(program.compile?.argv).toEqual(expect.arrayContaining(['/box/add.cpp', '/box/main.cpp']));
    expect(program.compile?.argv).not.toContain('/box/add.h');
  });

  it('Python: the file keeps its name (the driver imports it) and main.py runs', () => {
    const merged = withIncludedFiles(language('python'), { name: 'solution.py', source: Buffer.from('def add(a, b): return a + b\n') }, PY_DRIVER);
    expect(Object.keys(contents(merged))).toEqual(['main.py', 'solution.py']);
    const program = prepareProgram(language('python'), merged, 256 * MiB);
    expect(program.run.argv).toEqual(['python3', '/box/main.py']);
  });

  it('an included file replaces the submitted file of the same name, in a folder too', () => {
    const single = withIncludedFiles(language('python'), { name: 'main.py', source: Buffer.from('mine') }, PY_DRIVER);
    expect(contents(single)).toEqual({ 'main.py': 'from solution import add\n' });
    const folder = { name: 'sol', files: [file('main.cpp', 'mine'), file('util.cpp', 'helper')] };
    expect(contents(withIncludedFiles(language('cpp'), { name: 'sol/', source: folder }, CPP_DRIVER))).toEqual({
      'add.h': 'long long add(long long, long long);',
      'main.cpp': '#include "add.h"\nint main() {}',
      'util.cpp': 'helper',
    });
  });

  it('without a driver, the submitted file stays the main one (the folder is named after it)', () => {
    const merged = withIncludedFiles(language('python'), { name: 'adder.py', source: Buffer.from('') }, [file('helper.py', '')]);
    expect(prepareProgram(language('python'), merged, 256 * MiB).run.argv).toEqual(['python3', '/box/adder.py']);
  });

  it('a name the language would not compile gets its usual one; Java files are named by their public class', () => {
    expect(Object.keys(contents(withIncludedFiles(language('python'), { name: 'code.txt', source: Buffer.from('') }, PY_DRIVER)))).toContain('solution.py');
    const driver = [file('Main.java', 'public class Main { public static void main(String[] a) { Solution.add(1, 2); } }')];
    const java = (name: string, text: string) => Object.keys(contents(withIncludedFiles(language('java'), { name, source: Buffer.from(text) }, driver)));
    expect(java('Sol.java', 'public class Solution {}')).toEqual(['Main.java', 'Solution.java']);
    expect(java('Solution.java', 'class Solution {}')).toEqual(['Main.java', 'Solution.java']);
  });

  it('a change in an included file changes the compile cache key', () => {
    const key = (driver: string) => {
      const merged = withIncludedFiles(language('cpp'), { name: 'add.cpp', source: Buffer.from('x') }, [file('main.cpp', driver)]);
      return compileCacheKey(prepareProgram(language('cpp'), merged, 256 * MiB), 'cpp', 'gcc:1');
    };
    expect(key('int main() {}')).toBe(key('int main() {}'));
    expect(key('int main() {}')).not.toBe(key('int main() { return 1; }'));
  });
});
