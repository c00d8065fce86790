import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { detectFolderLanguage, layoutFolder } from './folder-language.js';
import { findLanguage, languages } from './registry.js';
import type { SourceFolder } from './source-folder.js';

function language(name: string) {
  const found = findLanguage(languages, name);
  if (!found) throw new Error(`${name} is missing`);
  return found;
}

const detect = (paths: string[], lang?: string) => detectFolderLanguage(languages, 'sol/', paths, lang).id;

describe('detectFolderLanguage', () => {
  it('picks the language with the most files, by extension in any case', () => {
    expect(detect(['main.cpp', 'helper.CC', 'helper.h', 'gen.py'])).toBe('cpp');
    expect(detect(['Main.java', 'lib/Adder.java', 'run.sh', 'README.md'])).toBe('java');
    expect(detect(['main.kt'])).toBe('kotlin');
    expect(detect(['Program.cs', 'Adder.cs', 'notes.txt'])).toBe('csharp');
  });

  it("reads .pl files whose extension Prolog claims: clauses make a Prolog folder, plain Perl stays Perl", () => {
    const texts: Record<string, string> = { 'different.pl': '[kattio].\n\nmain :-\n    read_int(X), write(X).\n', 'kattio.pl': '% helpers\nread_int(X) :- read(X).\n', 'sum.pl': 'print 1;\n' };
    expect(detectFolderLanguage(languages, 'prolog', ['different.pl', 'kattio.pl'], undefined, (path) => texts[path]).id).toBe('prolog');
    expect(detectFolderLanguage(languages, 'perl', ['sum.pl'], undefined, (path) => texts[path]).id).toBe('perl');
  });

  it('does not count include files: main.c with three headers is C, not a tie', () => {
    expect(detect(['main.c', 'a.h', 'b.h', 'c.h'])).toBe('c');
  });

  it('lets --lang decide, whatever the files are', () => {
    expect(detect(['main.py', 'main.js'], 'js')).toBe('javascript');
    expect(detect([], 'C#')).toBe('csharp');
  });

  it('rejects a tie, saying what it found, in one line', () => {
    const call = () => detect(['main.py', 'main.js', 'notes.txt', 'Makefile']);
    expect(call).toThrow(UsageError);
    expect(call).toThrow(
      /^cannot tell the language of folder sol\/: no language has the most files \(found 1 python file, 1 javascript file, other files: \.txt, files without an extension\); pass --lang \(c, cpp, cpp20, .*csharp, .*\)$/,
    );
  });

  it('rejects a folder without a file of any language, and an empty one', () => {
    expect(() => detect(['a.txt', 'b.md'])).toThrow(/none of its files has a known extension \(found \.txt, \.md\)/);
    expect(() => detect([])).toThrow(/sol\/: it has no files; pass --lang/);
  });

  it('rejects an unknown --lang like a single file does', () => {
    expect(() => detect(['main.py'], 'pyhton')).toThrow(/unknown language "pyhton" for --lang: did you mean python\?/);
  });
});

function folder(name: string, files: Record<string, string>): SourceFolder {
  return { name, files: Object.entries(files).map(([path, text]) => ({ path, data: Buffer.from(text) })) };
}

const mainOf = (lang: string, name: string, files: Record<string, string>) => layoutFolder(language(lang), folder(name, files), `${name}/`).main.path;

describe('layoutFolder: the main file, as each language declares it', () => {
  it('C, C++, Go, C#: every file compiles together; main.<ext> is {source} when there is one, else the first', () => {
    const layout = layoutFolder(language('cpp'), folder('sol', { 'helper.cpp': '', 'helper.h': '', 'main.cpp': '' }), 'sol/');
    expect(layout.main.path).toBe('main.cpp');
    expect(layout.sources.map((file) => file.path)).toEqual(['helper.cpp', 'main.cpp']);
    expect(mainOf('c', 'sol', { 'b.c': '', 'lib/a.c': '', 'a.c': '' })).toBe('a.c');
    expect(mainOf('go', 'sol', { 'add.go': '', 'main.go': '' })).toBe('main.go');
    expect(mainOf('csharp', 'sol', { 'Adder.cs': 'class A {}', 'Program.cs': 'class P { static void Main() {} }' })).toBe('Program.cs');
    expect(mainOf('csharp', 'sol', { 'A.cs': 'class A {}', 'B.cs': 'class B {}' })).toBe('A.cs');
  });

  it('Rust: main.rs is the crate root, else the only .rs file, else a clear error', () => {
    expect(mainOf('rust', 'sol', { 'sum.rs': '', 'main.rs': '' })).toBe('main.rs');
    expect(mainOf('rust', 'sol', { 'solve.rs': '' })).toBe('solve.rs');
    expect(() => mainOf('rust', 'sol', { 'a.rs': '', 'b.rs': '' })).toThrow(
      /^cannot tell the main file of folder sol\/ for Rust .*: expected main\.rs, or a single \.rs file$/,
    );
  });

  it('Java: the file that declares main, whatever its name; Main.java breaks a tie', () => {
    const solver = 'public class Solver {\n  public static void main(String[] args) {}\n}\n';
    const adder = 'public class Adder { static long add(long a, long b) { return a + b; } }';
    expect(mainOf('java', 'sol', { 'Adder.java': adder, 'Solver.java': solver })).toBe('Solver.java');
    expect(mainOf('java', 'sol', { 'Main.java': solver.replace('Solver', 'Main'), 'Other.java': solver.replace('Solver', 'Other') })).toBe('Main.java');
    expect(() => mainOf('java', 'sol', { 'A.java': solver, 'B.java': solver })).toThrow(
      /expected one file that declares public static void main \(2 do: A\.java, B\.java\), or Main\.java$/,
    );
    expect(() => mainOf('java', 'sol', { 'Adder.java': adder })).toThrow(/declares public static void main \(none does\)/);
  });

  it('a folder with one source file among other files: that file, whatever its name', () => {
    expect(mainOf('python', 'extra-file-py', { 'test-hello.py': 'print(1)\n', 'zz-random.txt': 'notes\n' })).toBe('test-hello.py');
    expect(mainOf('bash', 'extra-file-sh', { 'test-hello.sh': 'echo 1\n', 'zz-random.txt': 'notes\n' })).toBe('test-hello.sh');
  });

  it('Kotlin: the file that declares fun main', () => {
    expect(mainOf('kotlin', 'sol', { 'solve.kt': 'fun main() {\n}\n', 'util.kt': 'fun add(a: Int) = a' })).toBe('solve.kt');
  });

  it('Python, JavaScript, TypeScript: main.<ext>, else the file named like the folder, else an error', () => {
    expect(mainOf('python', 'sol', { 'main.py': '', 'util.py': '' })).toBe('main.py');
    expect(mainOf('javascript', 'two-sum', { 'two-sum.js': '', 'lib/add.js': '' })).toBe('two-sum.js');
    expect(mainOf('typescript', 'sol', { 'main.ts': '', 'sol.ts': '' })).toBe('main.ts');
    expect(() => mainOf('python', 'sol', { 'a.py': '', 'lib/main.py': '' })).toThrow(
      /^cannot tell the main file of folder sol\/ for Python 3: expected main\.py, or sol\.py \(named like the folder\), or one file that no other file imports \(2 are not: a\.py, lib\/main\.py\)$/,
    );
  });

  it('Python and JavaScript: else the one file no other file imports (the entry point DOMjudge would run)', () => {
    const esm = { 'hello.js': "import { hello } from './module.js';\nconsole.log(hello());\n", 'module.js': 'export function hello() { return "hello"; }\n' };
    expect(mainOf('javascript', 'multifile-js', esm)).toBe('hello.js');
    expect(mainOf('javascript', 'x', { 'run.js': "const add = require('./lib/add');\n", 'lib/add.js': 'module.exports = (a, b) => a + b;\n' })).toBe('run.js');
    expect(mainOf('javascript', 'x', { 'main.mjs': "import './util.mjs';\n", 'util.mjs': '' })).toBe('main.mjs');
    expect(mainOf('python', 'x', { 'solve.py': 'from helpers import add\nimport sys\n', 'helpers.py': 'def add(a, b): return a + b\n' })).toBe('solve.py');
    expect(mainOf('python', 'x', { 'solve.py': 'import sys, helpers\n', 'helpers.py': '' })).toBe('solve.py');
    // Naming a function like a file is not importing it.
    expect(mainOf('python', 'x', { 'solve.py': 'import helpers\n', 'helpers.py': 'def solve(): pass\n' })).toBe('solve.py');
    expect(() => mainOf('javascript', 'x', { 'a.js': "require('./b')", 'b.js': "require('./a')" })).toThrow(/one file that no other file imports \(each is imported\)$/);
  });

  it('rejects a folder with no file of the language', () => {
    expect(() => layoutFolder(language('rust'), folder('sol', { 'main.py': '' }), 'sol/')).toThrow(
      /^folder sol\/ has no \.rs file for Rust .*: check the folder or --lang$/,
    );
  });
});
