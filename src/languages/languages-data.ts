// The languages letscode knows, as data (the shape of Kattis problemtools'
// languages.yaml). Each entry names its image under images/, how to compile and run a
// solution there, and an echo program that proves the toolchain works.
//
// How the judge uses an entry: the source is written read-only to /box/<sourceName>;
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
  'path = sys.argv[1]',
  'try:',
  "    compile(open(path, 'rb').read(), path, 'exec', dont_inherit=True)",
  'except (SyntaxError, ValueError) as error:',
  "    sys.exit(''.join(traceback.format_exception_only(error)).rstrip())",
].join('\n');

export const languagesData: LanguageInput[] = [
  {
    id: 'c',
    name: 'C17 (gcc)',
    extensions: ['.c'],
    aliases: ['c17'],
    image: 'gcc',
    sourceName: 'solution.c',
    compile: ['gcc', '-std=gnu17', '-O2', '-pipe', '-DONLINE_JUDGE', '-o', '{out}/solution', '{source}', '-lm'],
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
    aliases: ['c++', 'cc', 'cpp17', 'c++17'],
    image: 'gcc',
    sourceName: 'solution.cpp',
    compile: ['g++', '-std=gnu++17', '-O2', '-pipe', '-DONLINE_JUDGE', '-o', '{out}/solution', '{source}'],
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
    compile: ['python3', '-c', PYTHON_SYNTAX_CHECK, '{source}'],
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
      '--outDir', '{out}',
      '{source}',
    ],
    run: [...NODE_RUN, '{box}/solution.js'],
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
    mainClass: {
      pattern: String.raw`\bpublic\s+(?:(?:abstract|final|strictfp|sealed|non-sealed)\s+)*(?:class|interface|enum|record)\s+([\p{L}_$][\p{L}\p{N}_$]*)`,
      fallback: 'Main',
    },
    compile: ['javac', ...JAVAC_JVM, '-encoding', 'UTF-8', '-d', '{out}', '{source}'],
    // A single array of 60% of the limit must fit the old generation: NewRatio=4 gives it
    // 80% of the heap. The other 20% of the limit is the JVM itself (~35 MiB at rest).
    run: [
      'java',
      '-Xmx{heapMiB}m',
      '-Xss64m',
      '-XX:NewRatio=4',
      '-XX:+UseSerialGC',
      '-XX:-UsePerfData',
      '-Dfile.encoding=UTF-8',
      '-DONLINE_JUDGE=true',
      '-cp',
      '{box}',
      '{mainClass}',
    ],
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
    compile: ['go', 'build', '-o', '{out}/solution', '{source}'],
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
];
