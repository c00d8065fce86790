// Interpreted languages that read their source at run time: Ruby, PHP, Perl, Lua, Bash
// and R, each in its own image. Their "compile" step is the interpreter's syntax
// check, so a typo is CE rather than RE on every test (as DOMjudge's compile scripts do).

import type { LanguageInput } from '../language.js';
import { ECHO, MAIN_OR_FOLDER_NAME } from './common.js';

/**
 * Runs `check FILE` on every source in turn: these checkers take one file at a time
 * (Debian's luac 5.4 even crashes on two). `okLine` is the line a checker prints for a
 * good file ("Syntax OK"): it is dropped, so only warnings and errors are left.
 */
function checkEachSource(check: string, okLine?: string): string[] {
  const script =
    okLine === undefined
      ? `for f in "$@"; do ${check} "$f" || exit 1; done`
      : `for f in "$@"; do out=$(${check} "$f" 2>&1) || { printf '%s\\n' "$out" >&2; exit 1; }; ` +
        `printf '%s\\n' "$out" | grep -v -e '^$' -e '${okLine}' >&2; done; exit 0`;
  return ['sh', '-c', script, 'syntax-check', '{sources}'];
}

export const INTERPRETED_LANGUAGES: LanguageInput[] = [
  {
    id: 'ruby',
    name: 'Ruby 3.1',
    extensions: ['.rb'],
    aliases: ['rb'],
    image: 'ruby',
    sourceName: 'solution.rb',
    mainFile: [...MAIN_OR_FOLDER_NAME],
    compile: checkEachSource('ruby -c', '^Syntax OK$'),
    run: ['ruby', '{source}'],
    outOfMemoryMarkers: ['failed to allocate memory (NoMemoryError)'],
    selfTest: { ...ECHO, source: 'STDOUT.write(STDIN.read)\n' },
  },
  {
    id: 'php',
    name: 'PHP 8.2',
    extensions: ['.php'],
    image: 'php',
    sourceName: 'solution.php',
    mainFile: [...MAIN_OR_FOLDER_NAME],
    compile: checkEachSource('php -n -l', '^No syntax errors detected in '),
    // No php.ini (-n): the same settings everywhere. PHP stops a script past memory_limit
    // with a fatal error of its own, which is an MLE.
    run: ['php', '-n', '-d', 'display_errors=stderr', '-d', 'html_errors=0', '-d', 'memory_limit={heapMiB}M', '{source}'],
    heapShare: 0.9,
    outOfMemoryMarkers: ['Allowed memory size of'],
    selfTest: { ...ECHO, source: '<?php\necho stream_get_contents(STDIN);\n' },
  },
  {
    id: 'perl',
    name: 'Perl 5.36',
    // DOMjudge's .pl (the Kattis format gives .pl to Prolog, which claims such a file
    // when it holds a clause: see the prolog entry).
    extensions: ['.pl', '.pm'],
    image: 'perl',
    sourceName: 'solution.pl',
    mainFile: [...MAIN_OR_FOLDER_NAME],
    compile: checkEachSource('perl -c', ' syntax OK$'),
    run: ['perl', '{source}'],
    // A folder's modules (use Util; -> Util.pm) are found next to the main file.
    env: { PERL5LIB: '{box}' },
    outOfMemoryMarkers: ['Out of memory!'],
    selfTest: { ...ECHO, source: 'print while <STDIN>;\n' },
  },
  {
    id: 'lua',
    name: 'Lua 5.4',
    extensions: ['.lua'],
    image: 'lua',
    sourceName: 'solution.lua',
    mainFile: [...MAIN_OR_FOLDER_NAME],
    compile: checkEachSource('luac5.4 -p'),
    run: ['lua5.4', '{source}'],
    // require 'util' finds a folder's util.lua next to the main file.
    env: { LUA_PATH: '{box}/?.lua;{box}/?/init.lua;;' },
    outOfMemoryMarkers: ['not enough memory'],
    selfTest: { ...ECHO, source: 'io.write(io.read("a"))\n' },
  },
  {
    id: 'bash',
    name: 'Bash 5.2',
    extensions: ['.sh', '.bash'],
    aliases: ['sh', 'shell'],
    image: 'bash',
    sourceName: 'solution.sh',
    mainFile: [...MAIN_OR_FOLDER_NAME],
    compile: checkEachSource('bash -n'),
    run: ['bash', '{source}'],
    selfTest: { ...ECHO, source: 'while IFS= read -r line; do\n  printf \'%s\\n\' "$line"\ndone\n' },
  },
  {
    id: 'r',
    name: 'R 4.2 (Rscript)',
    // .R, as DOMjudge names it, is .r: detection ignores the case of extensions.
    extensions: ['.r'],
    aliases: ['rscript'],
    image: 'r',
    sourceName: 'solution.R',
    mainFile: [...MAIN_OR_FOLDER_NAME],
    compile: ['Rscript', '-e', 'for (f in commandArgs(TRUE)) invisible(parse(f))', '{sources}'],
    run: ['Rscript', '{source}'],
    // R's vector heap stops at R_MAX_VSIZE with an error of its own: an MLE.
    env: { R_MAX_VSIZE: '{heapMiB}Mb' },
    heapShare: 0.8,
    outOfMemoryMarkers: ['vector memory exhausted', 'cannot allocate vector of size'],
    selfTest: { ...ECHO, source: 'con <- file("stdin")\nwriteLines(readLines(con))\nclose(con)\n' },
  },
];
