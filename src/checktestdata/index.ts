// checktestdata, DOMjudge's language for input validators (.ctd files), run natively:
// parse a program once, run it over each input. Outcomes are data; exit codes and one-line
// messages are derived from them for callers that speak the reference CLI's conventions.
//
// It accepts and rejects what the reference (github.com/DOMjudge/checktestdata) does, on
// purpose except where the reference rounds, guesses or has a bug:
//   - float bounds are compared exactly (the reference rounds to a few hundred bits);
//   - an integer constant with a leading zero is a syntax error (the reference reads 010 as octal);
//   - INARRAY no longer finds a value its array entry was overwritten with since;
//   - MATCH looks at the value of its argument (the reference, at its text: for a variable, the name);
//   - REGEX takes the longest match at every choice (POSIX); libstdc++'s backtracking takes repeats
//     greedily, which in rare patterns matches less: "b?(bb)?" on "bb" (see regex-matcher.ts);
//   - a bad constant regex, or a block, END or EOF as a loop separator, is a syntax error before the
//     run, and an empty FLOATP decimal range is the program's fault (the reference: when reached,
//     and the input's fault);
//   - a float of the input with a power of ten beyond ±10^6 is refused when a variable would keep it;
//   - a run has a budget of steps and time, so a loop that never ends is an error, not a hang.
// Messages point at the start of the token at fault, column counted in characters (the reference
// points after it, in bytes). The reference's --generate and --preset modes (making inputs) are out of scope here.

import { parseCheckTestData } from './parser.js';
import { runCheckTestData, type CtdOutcome, type CtdRunOptions } from './run.js';
import { CtdSyntaxError } from './syntax-error.js';

export type { CtdProgram } from './ast.js';
export { parseCheckTestData } from './parser.js';
export { runCheckTestData, type CtdCommandInfo, type CtdOutcome, type CtdRunOptions } from './run.js';
export { CtdSyntaxError } from './syntax-error.js';

/** Parses and runs in one call; a syntax error in the program is an `error` outcome with cause 'syntax'. */
export function checkTestData(programText: string, fileName: string, input: Buffer | Uint8Array | string, options?: CtdRunOptions): CtdOutcome {
  let program;
  try {
    program = parseCheckTestData(programText, fileName);
  } catch (error) {
    if (!(error instanceof CtdSyntaxError)) throw error;
    return { kind: 'error', cause: 'syntax', message: error.detail, line: error.line, column: error.column, command: undefined };
  }
  return runCheckTestData(program, input, options);
}

/** The reference CLI's exit code: 0 valid, 1 invalid, 2 the program's fault. (Kattis validators use 42 and 43.) */
export function ctdExitCode(outcome: CtdOutcome): 0 | 1 | 2 {
  return outcome.kind === 'valid' ? 0 : outcome.kind === 'invalid' ? 1 : 2;
}

/**
 * One line for people:
 *   valid
 *   line 2, column 5: expected an integer in [1, 100000], got "100001" (sum.ctd line 3: INT(1,10^5,n))
 *   sum.ctd:4:3: variable m is undefined (in INT(1,m))
 */
export function formatCtdOutcome(outcome: CtdOutcome, programFileName: string): string {
  switch (outcome.kind) {
    case 'valid':
      return 'valid';
    case 'invalid': {
      const where = outcome.command ? ` (${programFileName} line ${outcome.command.line}: ${outcome.command.text})` : '';
      return `line ${outcome.line}, column ${outcome.column}: ${outcome.message}${where}`;
    }
    case 'error':
      return `${programFileName}:${outcome.line}:${outcome.column}: ${outcome.message}${outcome.command ? ` (in ${outcome.command.text})` : ''}`;
  }
}
