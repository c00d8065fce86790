// checktestdata, DOMjudge's language for input validators (.ctd files), run natively:
// parse a program once, run it over each input. Outcomes are data; exit codes and one-line
// messages are derived from them for callers that speak the reference CLI's conventions.

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
