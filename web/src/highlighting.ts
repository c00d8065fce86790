// Syntax highlighting for a letscode language, chosen by its file extension (languages
// added through languages.yaml get it too): CodeMirror's own language packages where there
// is one, its legacy modes otherwise, plain text for the rest. Each is a separate chunk,
// loaded when a language is picked.

import { StreamLanguage, type StreamParser } from '@codemirror/language';
import type { Extension } from '@codemirror/state';

type Loader = () => Promise<Extension>;

const legacy = (load: () => Promise<StreamParser<unknown>>): Loader => async () => StreamLanguage.define(await load());

const BY_EXTENSION: Record<string, Loader> = {
  '.c': async () => (await import('@codemirror/lang-cpp')).cpp(),
  '.cpp': async () => (await import('@codemirror/lang-cpp')).cpp(),
  '.py': async () => (await import('@codemirror/lang-python')).python(),
  '.js': async () => (await import('@codemirror/lang-javascript')).javascript(),
  '.ts': async () => (await import('@codemirror/lang-javascript')).javascript({ typescript: true }),
  '.java': async () => (await import('@codemirror/lang-java')).java(),
  '.go': async () => (await import('@codemirror/lang-go')).go(),
  '.rs': async () => (await import('@codemirror/lang-rust')).rust(),
  '.kt': legacy(async () => (await import('@codemirror/legacy-modes/mode/clike')).kotlin),
  '.cs': legacy(async () => (await import('@codemirror/legacy-modes/mode/clike')).csharp),
  '.scala': legacy(async () => (await import('@codemirror/legacy-modes/mode/clike')).scala),
  '.hs': legacy(async () => (await import('@codemirror/legacy-modes/mode/haskell')).haskell),
  '.ml': legacy(async () => (await import('@codemirror/legacy-modes/mode/mllike')).oCaml),
  '.lisp': legacy(async () => (await import('@codemirror/legacy-modes/mode/commonlisp')).commonLisp),
  '.pas': legacy(async () => (await import('@codemirror/legacy-modes/mode/pascal')).pascal),
  '.f90': legacy(async () => (await import('@codemirror/legacy-modes/mode/fortran')).fortran),
  '.d': legacy(async () => (await import('@codemirror/legacy-modes/mode/d')).d),
  '.rb': legacy(async () => (await import('@codemirror/legacy-modes/mode/ruby')).ruby),
  '.pl': legacy(async () => (await import('@codemirror/legacy-modes/mode/perl')).perl),
  '.lua': legacy(async () => (await import('@codemirror/legacy-modes/mode/lua')).lua),
  '.sh': legacy(async () => (await import('@codemirror/legacy-modes/mode/shell')).shell),
  '.r': legacy(async () => (await import('@codemirror/legacy-modes/mode/r')).r),
  '.jl': legacy(async () => (await import('@codemirror/legacy-modes/mode/julia')).julia),
  '.swift': legacy(async () => (await import('@codemirror/legacy-modes/mode/swift')).swift),
  '.erl': legacy(async () => (await import('@codemirror/legacy-modes/mode/erlang')).erlang),
};

const SAME_AS: Record<string, string> = { '.cc': '.cpp', '.cxx': '.cpp', '.c++': '.cpp', '.h': '.c', '.sc': '.scala', '.cl': '.lisp', '.pp': '.pas', '.p': '.pas', '.f95': '.f90', '.f03': '.f90', '.f08': '.f90', '.pm': '.pl', '.bash': '.sh' };

/** The highlighting for the first of `extensions` that has one; none for plain text. */
export async function highlightingFor(extensions: readonly string[]): Promise<Extension> {
  for (const extension of extensions) {
    const key = extension.toLowerCase();
    const load = BY_EXTENSION[SAME_AS[key] ?? key];
    if (load) return load();
  }
  return [];
}

