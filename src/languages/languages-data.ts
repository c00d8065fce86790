// The languages letscode knows, as data (the shape of Kattis problemtools'
// languages.yaml), one file per toolchain family under data/. Each entry names its
// image under images/, how to compile and run a solution there, and an echo program
// that proves the toolchain works.
//
// How the judge uses an entry: a single-file solution is written read-only to
// /box/<sourceName>; a folder solution's files of the language (sources and include
// files) keep their relative paths under /box, and `mainFile` says which one is {source}.
// `compile` (if any) runs as the sandbox user with cwd {out} = /tmp/out and must leave
// everything the run needs in {out}; those files are copied into /box of every run box;
// `run` then runs with cwd /tmp. Placeholders are listed in language.ts.

import type { LanguageInput } from './language.js';
import { CLANG_LANGUAGES } from './data/clang.js';
import { CSHARP_LANGUAGES } from './data/csharp.js';
import { DECLARATIVE_LANGUAGES } from './data/declarative.js';
import { GCC_LANGUAGES } from './data/gcc.js';
import { GO_LANGUAGES } from './data/go.js';
import { INTERPRETED_LANGUAGES } from './data/interpreters.js';
import { JAVA, KOTLIN, SCALA } from './data/jvm.js';
import { NATIVE_LANGUAGES } from './data/native.js';
import { NODE_LANGUAGES } from './data/node.js';
import { PYTHON_LANGUAGES } from './data/python.js';
import { RUST_LANGUAGES } from './data/rust.js';

/** In the order `letscode languages` lists them: the first ten, then the others by family. */
export const languagesData: LanguageInput[] = [
  ...GCC_LANGUAGES,
  ...PYTHON_LANGUAGES,
  ...NODE_LANGUAGES,
  JAVA,
  ...GO_LANGUAGES,
  ...RUST_LANGUAGES,
  KOTLIN,
  ...CSHARP_LANGUAGES,
  ...CLANG_LANGUAGES,
  SCALA,
  ...DECLARATIVE_LANGUAGES,
  ...NATIVE_LANGUAGES,
  ...INTERPRETED_LANGUAGES,
];
