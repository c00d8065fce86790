// The language codes of the Kattis package format's languages table (appendix/languages.md,
// which legacy and 2025-09 both refer to). include/ names its folders by these codes;
// letscode implements some of them (cpp, python3, java, ...), and a folder for one of the
// others is for submissions letscode cannot judge anyway.

export const KATTIS_LANGUAGE_CODES: readonly string[] = [
  'ada', 'algol68', 'apl', 'bash', 'c', 'cgmp', 'cobol', 'cpp', 'cppgmp', 'crystal', 'csharp', 'd',
  'dart', 'elixir', 'erlang', 'forth', 'fortran', 'fsharp', 'gerbil', 'go', 'haskell', 'java',
  'javaalgs4', 'javascript', 'julia', 'kotlin', 'lisp', 'lua', 'modula2', 'nim', 'objectivec', 'ocaml',
  'octave', 'odin', 'pascal', 'perl', 'php', 'prolog', 'python2', 'python3', 'python3numpy', 'racket',
  'ruby', 'rust', 'scala', 'simula', 'smalltalk', 'snobol', 'swift', 'typescript', 'visualbasic', 'zig',
];
