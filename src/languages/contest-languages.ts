// Languages contest archives are written in, by file extension: the Kattis package
// format's table (appendix/languages.md) and DOMjudge's default languages. letscode runs
// some of them (registry.ts); a file in one of the others is a program letscode cannot
// run, which verify lists as skipped, rather than a stray file that is not a program.
// Extensions the format lists only in parentheses (they do not decide the language) are
// left out; a few are claimed by two languages (.pl: Prolog for Kattis, Perl for DOMjudge).

interface ContestLanguage {
  name: string;
  extensions: readonly string[];
}

const CONTEST_LANGUAGES: readonly ContestLanguage[] = [
  { name: 'Ada', extensions: ['.adb', '.ads'] },
  { name: 'Algol 68', extensions: ['.a68'] },
  { name: 'APL', extensions: ['.apl'] },
  { name: 'AWK', extensions: ['.awk'] },
  { name: 'Bash', extensions: ['.sh', '.bash'] },
  { name: 'C', extensions: ['.c'] },
  { name: 'COBOL', extensions: ['.cob'] },
  { name: 'C++', extensions: ['.cc', '.cpp', '.cxx', '.c++'] },
  { name: 'Crystal', extensions: ['.cr'] },
  { name: 'C#', extensions: ['.cs'] },
  { name: 'D', extensions: ['.d'] },
  { name: 'Dart', extensions: ['.dart'] },
  { name: 'Elixir', extensions: ['.ex'] },
  { name: 'Erlang', extensions: ['.erl'] },
  { name: 'Forth', extensions: ['.fth', '.4th', '.forth', '.frt'] },
  { name: 'Fortran', extensions: ['.f90', '.f95'] },
  { name: 'F#', extensions: ['.fs'] },
  { name: 'Gerbil', extensions: ['.ss'] },
  { name: 'Go', extensions: ['.go'] },
  { name: 'Haskell', extensions: ['.hs', '.lhs'] },
  { name: 'Java', extensions: ['.java'] },
  { name: 'JavaScript', extensions: ['.js', '.mjs'] },
  { name: 'Julia', extensions: ['.jl'] },
  { name: 'Kotlin', extensions: ['.kt'] },
  { name: 'Common Lisp', extensions: ['.lisp', '.cl'] },
  { name: 'Lua', extensions: ['.lua'] },
  { name: 'Modula-2', extensions: ['.mod', '.def'] },
  { name: 'Nim', extensions: ['.nim'] },
  { name: 'Objective-C', extensions: ['.m'] },
  { name: 'OCaml', extensions: ['.ml'] },
  { name: 'Odin', extensions: ['.odin'] },
  { name: 'Pascal', extensions: ['.pas', '.p', '.pp'] },
  { name: 'Perl', extensions: ['.pm', '.pl'] },
  { name: 'PHP', extensions: ['.php'] },
  { name: 'Prolog', extensions: ['.pl', '.plg'] },
  { name: 'Python 2', extensions: ['.py2'] },
  { name: 'Python 3', extensions: ['.py', '.py3'] },
  { name: 'R', extensions: ['.r'] },
  { name: 'Racket', extensions: ['.rkt'] },
  { name: 'Ruby', extensions: ['.rb'] },
  { name: 'Rust', extensions: ['.rs'] },
  { name: 'Scala', extensions: ['.scala'] },
  { name: 'Simula', extensions: ['.sim'] },
  { name: 'Smalltalk', extensions: ['.st'] },
  { name: 'Snobol', extensions: ['.sno'] },
  { name: 'Swift', extensions: ['.swift'] },
  { name: 'TypeScript', extensions: ['.ts'] },
  { name: 'Visual Basic', extensions: ['.vb'] },
  { name: 'Zig', extensions: ['.zig'] },
];

/** "Haskell", "Perl or Prolog": the contest languages of this extension (any case); null when none. */
export function contestLanguageOf(extension: string): string | null {
  const lower = extension.toLowerCase();
  const names = CONTEST_LANGUAGES.filter((language) => language.extensions.includes(lower)).map((language) => language.name);
  return names.length === 0 ? null : names.join(' or ');
}
