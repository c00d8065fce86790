// Other languages compiled to native code, each in its own image: Pascal (Free Pascal),
// and Fortran, Ada and D through GCC 12's front ends. The binary runs in the same image.

import type { LanguageInput } from '../language.js';
import { ALL_TOGETHER, ECHO } from './common.js';

/**
 * GNAT wants each unit in a file named after it (procedure Sum in sum.adb) and one unit
 * per file: gnatchop writes the sources that way into /tmp/ada (the main file last, so
 * the last unit it lists is the main procedure), and gnatmake builds from there, finding
 * the other units itself. A main file gnatchop cannot read goes to gnatmake as it is, so
 * the compiler reports its errors.
 */
const ADA_BUILD = [
  'mkdir -p /tmp/ada || exit 1',
  'main="$1"; shift',
  'for f in "$@"; do [ "$f" = "$main" ] || gnatchop -q -w "$f" /tmp/ada || exit 1; done',
  `unit=$(gnatchop -w "$main" /tmp/ada 2>/dev/null | grep '\\.adb$' | tail -n 1 | tr -d ' ')`,
  'cd /tmp/ada && exec gnatmake -q -O2 -o {out}/solution "${unit:-$main}"',
].join('\n');

export const NATIVE_LANGUAGES: LanguageInput[] = [
  {
    id: 'pascal',
    name: 'Pascal (Free Pascal 3.2)',
    extensions: ['.pas', '.pp', '.p'],
    aliases: ['fpc', 'pas', 'freepascal'],
    image: 'pascal',
    sourceName: 'solution.pas',
    // fpc compiles the program and finds the units it uses (uses Adder; -> adder.pas) itself.
    mainFile: [
      { kind: 'containing', pattern: String.raw`^\s*program\s+[\p{L}_][\p{L}\p{N}_]*`, description: 'starts with program <name>' },
      { kind: 'stem', stem: 'main' },
      { kind: 'only' },
    ],
    // As DOMjudge: -O2, goto allowed (-Sg). No logo, errors and warnings only; compiled
    // units go to /tmp (/box is read-only), and units are looked up in every folder.
    compile: ['fpc', '-O2', '-Sg', '-dONLINE_JUDGE', '-l-', '-v0', '-vw', '-FU/tmp', '-Fu{box}', '-Fu{box}/*', '-o{out}/solution', '{source}'],
    run: ['{box}/solution'],
    outOfMemoryMarkers: ['Runtime error 203'],
    selfTest: {
      ...ECHO,
      source: `{$mode objfpc}{$H+}
program Echo;
var
  line: string;
begin
  while not Eof(Input) do
  begin
    ReadLn(line);
    WriteLn(line);
  end;
end.
`,
    },
  },
  {
    id: 'fortran',
    name: 'Fortran (gfortran 12)',
    // Free-form sources, as judges take them (.f, fixed form, is not one of them).
    extensions: ['.f90', '.f95', '.f03', '.f08'],
    aliases: ['gfortran', 'f90', 'f95'],
    image: 'fortran',
    sourceName: 'solution.f90',
    // Every file is compiled together, in path order (a module before its users).
    mainFile: [...ALL_TOGETHER],
    // As DOMjudge: -O2 and the C preprocessor; module files go to /tmp, not the read-only /box.
    compile: ['gfortran', '-O2', '-cpp', '-DONLINE_JUDGE', '-J/tmp', '-o', '{out}/solution', '{sources}'],
    run: ['{box}/solution'],
    outOfMemoryMarkers: ['Allocation would exceed memory limit'],
    selfTest: {
      ...ECHO,
      source: `program echo
  implicit none
  character(len=4096) :: line
  integer :: ios
  do
    read(*, '(A)', iostat=ios) line
    if (ios /= 0) exit
    write(*, '(A)') trim(line)
  end do
end program echo
`,
    },
  },
  {
    id: 'ada',
    name: 'Ada (GNAT 12)',
    extensions: ['.adb', '.ads'],
    aliases: ['gnat', 'adb'],
    image: 'ada',
    sourceName: 'solution.adb',
    mainFile: [{ kind: 'stem', stem: 'main' }, { kind: 'only' }],
    compile: ['sh', '-c', ADA_BUILD, 'ada-build', '{source}', '{sources}'],
    run: ['{box}/solution'],
    selfTest: {
      ...ECHO,
      source: `with Ada.Text_IO; use Ada.Text_IO;

procedure Echo is
begin
   while not End_Of_File loop
      Put_Line (Get_Line);
   end loop;
end Echo;
`,
    },
  },
  {
    id: 'd',
    name: 'D (gdc 12)',
    extensions: ['.d'],
    aliases: ['gdc', 'dlang'],
    image: 'd',
    sourceName: 'solution.d',
    mainFile: [...ALL_TOGETHER],
    compile: ['gdc', '-O2', '-fversion=ONLINE_JUDGE', '-o', '{out}/solution', '{sources}'],
    run: ['{box}/solution'],
    outOfMemoryMarkers: ['OutOfMemoryError'],
    selfTest: {
      ...ECHO,
      source: `import std.stdio;

void main() {
    foreach (line; stdin.byLine) writeln(line);
}
`,
    },
  },
];
