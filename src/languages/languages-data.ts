// The languages letscode knows, as data (the shape of Kattis problemtools'
// languages.yaml). Each entry names its image under images/, how to compile and run a
// solution there, and an echo program that proves the toolchain works.
//
// How the judge uses an entry: a single-file solution is written read-only to
// /box/<sourceName>; a folder solution's files of the language (sources and include
// files) keep their relative paths under /box, and `mainFile` says which one is {source}.
// `compile` (if any) runs as the sandbox user with cwd {out} = /tmp/out and must leave
// everything the run needs in {out}; those files are copied into /box of every run box;
// `run` then runs with cwd /tmp. Placeholders are listed in language.ts.

import type { LanguageInput } from './language.js';

/** Echo test shared by every language: the programs below copy stdin to stdout. */
const ECHO = { input: 'hello 42\n', output: 'hello 42\n' } as const;

/**
 * Node flags for a run: the heap from the limit, and a V8 stack as deep as the real one
 * (the runner sets RLIMIT_STACK to the memory limit; stackMiB * 1000 KiB leaves ~2% slack).
 * Not --snapshot-blob: it would halve start-up (Debian's node has no built-in snapshot,
 * ~150 ms CPU per start), but V8 rejects a blob built with other flag values.
 */
const NODE_RUN = ['node', '--max-old-space-size={heapMiB}', '--stack-size={stackMiB}000'];

/** javac's own JVM: fast start-up (C1 only, class-data archive made in the image), no /tmp/hsperfdata. */
const JAVAC_JVM = [
  '-J-XX:+UseSerialGC',
  '-J-XX:TieredStopAtLevel=1',
  '-J-XX:-UsePerfData',
  '-J-XX:SharedArchiveFile=/usr/local/lib/letscode/javac.jsa',
];

/**
 * Python's "compile" step: a syntax check that writes nothing (py_compile would write a
 * .pyc next to the read-only source). Prints only the error, like the interpreter would.
 */
const PYTHON_SYNTAX_CHECK = [
  'import sys, traceback',
  'for path in sys.argv[1:]:',
  '    try:',
  "        compile(open(path, 'rb').read(), path, 'exec', dont_inherit=True)",
  '    except (SyntaxError, ValueError) as error:',
  "        sys.exit(''.join(traceback.format_exception_only(error)).rstrip())",
].join('\n');

/** C and C++ folders: headers are written next to the sources; every source is compiled and linked. */
const C_HEADERS = ['.h'];
const CPP_HEADERS = ['.h', '.hh', '.hpp', '.hxx', '.h++', '.inl', '.ipp', '.tpp'];
/** Languages that compile every file of a folder together: main.<ext> if there is one, else any. */
const ALL_TOGETHER = [{ kind: 'stem', stem: 'main' }, { kind: 'any' }] as const;
/** Interpreted languages: the folder's main.<ext>, else the file named like the folder. */
const MAIN_OR_FOLDER_NAME = [{ kind: 'stem', stem: 'main' }, { kind: 'folderName' }] as const;

/** JVM flags of a solution's run (Java, Kotlin). */
const JVM_RUN = ['-Xss64m', '-XX:NewRatio=4', '-XX:+UseSerialGC', '-XX:-UsePerfData', '-Dfile.encoding=UTF-8', '-DONLINE_JUDGE=true'];

/**
 * kotlinc's own JVM (read by the kotlinc script, ignored by java itself): C1 only and a
 * class-data archive made in the image (~2.1 s -> ~1.5 s for two small files); the
 * script's -noverify would print a deprecation warning in every compile message.
 */
const KOTLINC_JAVA_OPTS = [
  '-Xmx768m',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-XX:-UsePerfData',
  '-XX:-PrintWarnings',
  '-XX:SharedArchiveFile=/usr/local/lib/letscode/kotlinc.jsa',
].join(' ');

export const languagesData: LanguageInput[] = [
  {
    id: 'c',
    name: 'C17 (gcc)',
    extensions: ['.c'],
    includeExtensions: C_HEADERS,
    aliases: ['c17'],
    image: 'gcc',
    sourceName: 'solution.c',
    mainFile: [...ALL_TOGETHER],
    compile: ['gcc', '-std=gnu17', '-O2', '-pipe', '-DONLINE_JUDGE', '-o', '{out}/solution', '{sources}', '-lm'],
    run: ['{box}/solution'],
    selfTest: {
      ...ECHO,
      source: `#include <stdio.h>

int main(void) {
    static char buffer[1 << 16];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, stdin)) > 0) fwrite(buffer, 1, n, stdout);
    return 0;
}
`,
    },
  },
  {
    id: 'cpp',
    name: 'C++17 (g++)',
    extensions: ['.cpp', '.cc', '.cxx', '.c++'],
    includeExtensions: CPP_HEADERS,
    aliases: ['c++', 'cc', 'cpp17', 'c++17'],
    image: 'gcc',
    sourceName: 'solution.cpp',
    mainFile: [...ALL_TOGETHER],
    compile: ['g++', '-std=gnu++17', '-O2', '-pipe', '-DONLINE_JUDGE', '-o', '{out}/solution', '{sources}'],
    run: ['{box}/solution'],
    outOfMemoryMarkers: ["'std::bad_alloc'"],
    selfTest: {
      ...ECHO,
      source: `#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string line;
    while (getline(cin, line)) cout << line << '\\n';
    return 0;
}
`,
    },
  },
  {
    id: 'python',
    name: 'Python 3',
    extensions: ['.py'],
    aliases: ['py', 'python3', 'py3'],
    image: 'python',
    sourceName: 'solution.py',
    mainFile: [...MAIN_OR_FOLDER_NAME],
    compile: ['python3', '-c', PYTHON_SYNTAX_CHECK, '{sources}'],
    run: ['python3', '{source}'],
    // Python 3.11 refuses to print ints over 4300 digits unless told otherwise.
    env: { PYTHONINTMAXSTRDIGITS: '0', PYTHONDONTWRITEBYTECODE: '1' },
    outOfMemoryMarkers: ['MemoryError'],
    selfTest: {
      ...ECHO,
      source: `import sys

data = sys.stdin.buffer.read()
sys.stdout.buffer.write(data)
`,
    },
  },
  {
    id: 'javascript',
    name: 'JavaScript (Node.js)',
    extensions: ['.js'],
    aliases: ['js', 'node', 'nodejs'],
    image: 'node',
    sourceName: 'solution.js',
    mainFile: [...MAIN_OR_FOLDER_NAME],
    // node --check takes one file: in a folder, the other modules fail at run time.
    compile: ['node', '--check', '{source}'],
    run: [...NODE_RUN, '{source}'],
    heapShare: 0.8,
    outOfMemoryMarkers: ['JavaScript heap out of memory', 'Reached heap limit'],
    selfTest: {
      ...ECHO,
      source: `const input = require('fs').readFileSync(0, 'utf8');
process.stdout.write(input);
`,
    },
  },
  {
    id: 'typescript',
    name: 'TypeScript (tsc, Node.js)',
    extensions: ['.ts'],
    aliases: ['ts'],
    image: 'typescript',
    sourceName: 'solution.ts',
    mainFile: [...MAIN_OR_FOLDER_NAME],
    // Not --strict (as on most judges): implicit any and unchecked nulls are fine, type errors are CE.
    // Node's own typings ship with Debian's nodejs package.
    compile: [
      'tsc',
      '--target', 'es2022',
      '--lib', 'es2022',
      '--module', 'commonjs',
      '--moduleResolution', 'node',
      '--esModuleInterop',
      '--typeRoots', '/usr/share/nodejs/@types',
      '--types', 'node',
      '--skipLibCheck',
      '--noEmitOnError',
      '--newLine', 'lf',
      '--rootDir', '{box}',
      '--outDir', '{out}',
      '{sources}',
    ],
    run: [...NODE_RUN, '{box}/{sourceStem}.js'],
    heapShare: 0.8,
    outOfMemoryMarkers: ['JavaScript heap out of memory', 'Reached heap limit'],
    selfTest: {
      ...ECHO,
      source: `import * as fs from 'fs';

const input: string = fs.readFileSync(0, 'utf8');
process.stdout.write(input);
`,
    },
  },
  {
    id: 'java',
    name: 'Java 17 (OpenJDK)',
    extensions: ['.java'],
    aliases: ['java17'],
    image: 'java',
    sourceName: '{mainClass}.java',
    // In a folder, files keep their names (javac wants each public class in <Class>.java).
    mainFile: [
      { kind: 'containing', pattern: String.raw`\b(?:public\s+static|static\s+public)\s+(?:final\s+)?void\s+main\s*\(`, description: 'declares public static void main' },
      { kind: 'stem', stem: 'Main' },
    ],
    mainClass: {
      pattern: String.raw`\bpublic\s+(?:(?:abstract|final|strictfp|sealed|non-sealed)\s+)*(?:class|interface|enum|record)\s+([\p{L}_$][\p{L}\p{N}_$]*)`,
      fallback: 'Main',
    },
    compile: ['javac', ...JAVAC_JVM, '-encoding', 'UTF-8', '-d', '{out}', '{sources}'],
    // A single array of 60% of the limit must fit the old generation: NewRatio=4 gives it
    // 80% of the heap. The other 20% of the limit is the JVM itself (~35 MiB at rest).
    run: ['java', '-Xmx{heapMiB}m', ...JVM_RUN, '-cp', '{box}', '{mainClass}'],
    heapShare: 0.8,
    outOfMemoryMarkers: ['java.lang.OutOfMemoryError'],
    selfTest: {
      ...ECHO,
      source: `import java.io.*;

public class Echo {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        String line;
        while ((line = in.readLine()) != null) out.println(line);
        out.flush();
    }
}
`,
    },
  },
  {
    id: 'go',
    name: 'Go',
    extensions: ['.go'],
    aliases: ['golang'],
    image: 'go',
    sourceName: 'solution.go',
    // A folder is one package main: every .go file at its top level.
    mainFile: [...ALL_TOGETHER],
    compile: ['go', 'build', '-o', '{out}/solution', '{sources}'],
    run: ['{box}/solution'],
    // Offline, caches under the only writable directory, no cgo (no C compiler in the
    // image). Not -trimpath: it would make the prebuilt standard library stale (+10 s).
    // GOMEMLIMIT makes the GC work harder near the limit instead of doubling the live heap.
    env: {
      GOCACHE: '/tmp/.cache/go-build',
      GOPATH: '/tmp/go',
      GOPROXY: 'off',
      CGO_ENABLED: '0',
      GOMEMLIMIT: '{heapMiB}MiB',
    },
    heapShare: 0.9,
    outOfMemoryMarkers: ['runtime: out of memory'],
    selfTest: {
      ...ECHO,
      source: `package main

import (
	"bufio"
	"io"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	io.Copy(writer, reader)
}
`,
    },
  },
  {
    id: 'rust',
    name: 'Rust 2021 (rustc)',
    extensions: ['.rs'],
    aliases: ['rs'],
    image: 'rust',
    sourceName: 'solution.rs',
    // The crate root: main.rs, or the only .rs file; the others are its modules (`mod util;`).
    mainFile: [
      { kind: 'stem', stem: 'main' },
      { kind: 'only' },
    ],
    compile: ['rustc', '--edition', '2021', '-O', '-C', 'strip=debuginfo', '-o', '{out}/solution', '{source}'],
    run: ['{box}/solution'],
    outOfMemoryMarkers: ['memory allocation of'],
    selfTest: {
      ...ECHO,
      source: `use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    out.write_all(input.as_bytes()).unwrap();
}
`,
    },
  },
  {
    id: 'kotlin',
    name: 'Kotlin 1.3 (kotlinc, JVM 17)',
    extensions: ['.kt'],
    aliases: ['kt', 'kotlinc'],
    image: 'kotlin',
    sourceName: 'solution.kt',
    // kotlinc compiles every file and writes the class with `fun main` as the jar's Main-Class.
    mainFile: [
      { kind: 'containing', pattern: String.raw`^\s*fun\s+main\s*\(`, description: 'declares fun main' },
      { kind: 'stem', stem: 'main' },
    ],
    compile: ['kotlinc', '{sources}', '-d', '{out}/solution.jar'],
    // The standard library stays in the image, on the boot class path: `-include-runtime`
    // would copy its 3 MB into every compile, run box and cache entry.
    run: [
      'java',
      '-Xmx{heapMiB}m',
      ...JVM_RUN,
      '-Xbootclasspath/a:/usr/share/java/kotlin-stdlib.jar',
      '-jar',
      '{box}/solution.jar',
    ],
    env: { JAVA_OPTS: KOTLINC_JAVA_OPTS },
    heapShare: 0.8,
    outOfMemoryMarkers: ['java.lang.OutOfMemoryError'],
    selfTest: {
      ...ECHO,
      source: `fun main() {
    val input = System.\`in\`.readBytes()
    System.out.write(input)
    System.out.flush()
}
`,
    },
  },
  {
    id: 'csharp',
    name: 'C# (Mono mcs)',
    extensions: ['.cs'],
    aliases: ['cs', 'c#', 'mono'],
    image: 'csharp',
    sourceName: 'solution.cs',
    // mcs compiles every file into one assembly; the file with Main is {source}, for show.
    mainFile: [
      { kind: 'containing', pattern: String.raw`\bstatic\s+(?:async\s+)?(?:void|int|Task(?:<int>)?)\s+Main\s*\(`, description: 'declares static Main' },
      { kind: 'any' },
    ],
    compile: ['mcs', '-optimize+', '-define:ONLINE_JUDGE', '-r:System.Numerics', '-out:{out}/solution.exe', '{sources}'],
    run: ['mono', '{box}/solution.exe'],
    // The SGen collector's heap cap: beyond it the program gets an OutOfMemoryException.
    env: { MONO_GC_PARAMS: 'max-heap-size={heapMiB}m' },
    heapShare: 0.8,
    outOfMemoryMarkers: ['System.OutOfMemoryException'],
    selfTest: {
      ...ECHO,
      source: `using System;
using System.IO;

class Echo {
    static void Main() {
        Stream input = Console.OpenStandardInput();
        Stream output = Console.OpenStandardOutput();
        input.CopyTo(output);
        output.Flush();
    }
}
`,
    },
  },
];
