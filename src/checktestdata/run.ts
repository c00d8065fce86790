// One run of a program over one input, and its outcome as data: valid, invalid (the
// input's fault, with line and column in the input), or error (the program's fault, with
// its line in the program). The reference CLI says the same with exit codes 0, 1 and 2.

import type { Command, CtdProgram } from './ast.js';
import { Budget } from './budget.js';
import { InputRejection, ProgramFault } from './faults.js';
import { InputReader } from './input-reader.js';
import { Interpreter } from './interpreter.js';

export interface CtdRunOptions {
  /** The reference's --whitespace-ok: SPACE matches any run of blanks, NEWLINE allows blanks around it. */
  whitespaceOk?: boolean;
  /** Commands and loop iterations allowed before the run ends as an error; default 1e9. */
  maxSteps?: number;
  /** Time allowed before the run ends as an error; default 60 s. */
  timeLimitMs?: number;
}

/** The command an outcome is about: where it is in the program and its text, `INT(1,n,x[i])`. */
export interface CtdCommandInfo {
  line: number;
  column: number;
  text: string;
}

export type CtdOutcome =
  | { kind: 'valid' }
  /** The input does not match. `line` and `column` (1-based, column in characters) and `offset` (bytes) are in the input. */
  | { kind: 'invalid'; line: number; column: number; offset: number; message: string; command: CtdCommandInfo | undefined }
  /** The program is at fault: a syntax error, a runtime error (type error, undefined variable), or a spent budget. */
  | { kind: 'error'; cause: 'syntax' | 'runtime' | 'step-limit' | 'time-limit'; message: string; line: number; column: number; command: CtdCommandInfo | undefined };

export function runCheckTestData(program: CtdProgram, input: Buffer | Uint8Array | string, options: CtdRunOptions = {}): CtdOutcome {
  const reader = new InputReader(input);
  try {
    new Interpreter(reader, new Budget(options.maxSteps, options.timeLimitMs), options.whitespaceOk ?? false).run(program);
    return { kind: 'valid' };
  } catch (error) {
    if (error instanceof InputRejection) {
      const { line, column } = reader.lineAndColumn(error.offset);
      return { kind: 'invalid', line, column, offset: error.offset, message: error.message, command: commandInfo(error.command) };
    }
    if (!(error instanceof ProgramFault)) throw error;
    const command = commandInfo(error.command);
    const cause = error.budget === 'steps' ? 'step-limit' : error.budget === 'time' ? 'time-limit' : 'runtime';
    return { kind: 'error', cause, message: error.message, line: command?.line ?? 1, column: command?.column ?? 1, command };
  }
}

function commandInfo(command: Command | undefined): CtdCommandInfo | undefined {
  return command && { line: command.source.line, column: command.source.column, text: command.source.text };
}
