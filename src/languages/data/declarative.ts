// Functional and logic languages, each in its own image: Haskell (GHC), OCaml
// (ocamlopt), Common Lisp (SBCL) and Prolog (SWI-Prolog), with the compile and run
// commands of Kattis problemtools and DOMjudge, adapted to a read-only /box.

import type { LanguageInput } from '../language.js';
import { ECHO } from './common.js';

/**
 * ocamlopt writes its .cmi, .cmx and .o files next to each source and /box is read-only:
 * the sources are built in a copy. It links modules in the order given, so ocamldep puts
 * each after the ones it uses. unix and str are linked in, as on Kattis.
 */
const OCAML_BUILD = [
  'mkdir -p /tmp/ocaml && cp "$@" /tmp/ocaml/ && cd /tmp/ocaml || exit 1',
  'exec ocamlopt -o {out}/solution unix.cmxa str.cmxa $(ocamldep -sort -native *.ml)',
].join('\n');

/** SBCL compiles the main file to one fasl; a file it cannot read at all gives none: CE (as on Kattis). */
const LISP_COMPILE = '(unless (compile-file "{source}" :output-file "{out}/solution.fasl" :verbose nil :print nil) (sb-ext:exit :code 1))';

export const DECLARATIVE_LANGUAGES: LanguageInput[] = [
  {
    id: 'haskell',
    name: 'Haskell (GHC 9.0)',
    extensions: ['.hs'],
    aliases: ['hs', 'ghc'],
    image: 'haskell',
    sourceName: 'solution.hs',
    // ghc builds the main module and the modules it imports (import Util -> Util.hs).
    mainFile: [
      { kind: 'stem', stem: 'Main' },
      { kind: 'containing', pattern: String.raw`^main\s*(?:::|=)`, description: 'defines main' },
      { kind: 'only' },
    ],
    // Interface and object files go to /tmp, not the read-only /box. -rtsopts lets the run
    // cap the heap: past -M the program stops with "Heap exhausted", an MLE.
    compile: ['ghc', '-v0', '-O2', '-rtsopts', '-outputdir', '/tmp/ghc', '-o', '{out}/solution', '{sources}'],
    run: ['{box}/solution', '+RTS', '-M{heapMiB}m', '-RTS'],
    heapShare: 0.8,
    outOfMemoryMarkers: ['Heap exhausted'],
    selfTest: { ...ECHO, source: 'main :: IO ()\nmain = interact id\n' },
  },
  {
    id: 'ocaml',
    name: 'OCaml 4.13 (ocamlopt)',
    extensions: ['.ml'],
    aliases: ['ml', 'ocamlopt'],
    image: 'ocaml',
    sourceName: 'solution.ml',
    mainFile: [{ kind: 'stem', stem: 'main' }, { kind: 'only' }],
    compile: ['sh', '-c', OCAML_BUILD, 'ocaml-build', '{sources}'],
    run: ['{box}/solution'],
    outOfMemoryMarkers: ['Out_of_memory'],
    selfTest: {
      ...ECHO,
      source: `let () =
  try
    while true do
      print_endline (input_line stdin)
    done
  with End_of_file -> ()
`,
    },
  },
  {
    id: 'lisp',
    name: 'Common Lisp (SBCL 2.2)',
    extensions: ['.lisp', '.cl'],
    aliases: ['sbcl', 'commonlisp', 'common-lisp'],
    image: 'lisp',
    sourceName: 'solution.lisp',
    mainFile: [{ kind: 'stem', stem: 'main' }, { kind: 'only' }],
    compile: ['sbcl', '--noinform', '--non-interactive', '--no-sysinit', '--no-userinit', '--eval', LISP_COMPILE],
    // The heap (dynamic space) from the limit: past it SBCL stops with "Heap exhausted";
    // a control stack as deep as the limit, like every other program's.
    run: ['sbcl', '--dynamic-space-size', '{heapMiB}MB', '--control-stack-size', '{stackMiB}MB', '--script', '{box}/solution.fasl'],
    heapShare: 0.8,
    outOfMemoryMarkers: ['Heap exhausted'],
    selfTest: {
      ...ECHO,
      source: `(loop for line = (read-line *standard-input* nil)
      while line
      do (write-line line))
`,
    },
  },
  {
    id: 'prolog',
    name: 'Prolog (SWI-Prolog 9)',
    // DOMjudge's .plg; the Kattis format's .pl is Perl's unless the file holds a clause
    // (`head :- body.` or a `:- directive.` at the start of a line).
    extensions: ['.plg'],
    claims: [{ extension: '.pl', pattern: String.raw`^(?::-|[a-z]\w*(?:\(.*\))?\s*:-)` }],
    aliases: ['swipl', 'swi-prolog'],
    image: 'prolog',
    sourceName: 'solution.pl',
    // Every file is compiled; the main one is only what the report names (problemtools'
    // examples/different: different.pl defines main/0, kattio.pl its helpers).
    mainFile: [{ kind: 'stem', stem: 'main' }, { kind: 'only' }, { kind: 'containing', pattern: String.raw`^main\s*:-`, description: 'defines main/0' }],
    // As Kattis: a saved state that runs main/0 and halts (main failing exits 1).
    compile: ['swipl', '-O', '-q', '-g', 'main', '-t', 'halt', '-o', '{out}/solution', '-c', '{sources}'],
    run: ['swipl', '--stack-limit={heapMiB}m', '-x', '{box}/solution'],
    heapShare: 0.8,
    outOfMemoryMarkers: ['Stack limit ('],
    selfTest: {
      ...ECHO,
      source: `main :-
    read_line_to_string(user_input, Line),
    (   Line == end_of_file
    ->  true
    ;   writeln(Line),
        main
    ).
`,
    },
  },
];
