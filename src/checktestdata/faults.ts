// The two ways a run can stop early, kept apart because they blame different files: the
// input does not match the program (the reference exits 1), or the program itself is
// wrong: a type error, an undefined variable, a loop that never ends (the reference
// exits 2, as for a syntax error). Both carry the command that was running, set by the
// innermost command the error passes through.

import type { Command } from './ast.js';

/** The input does not match; `offset` is the byte of the input the message is about. */
export class InputRejection extends Error {
  command?: Command;
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
    this.name = 'InputRejection';
  }
}

/** The program is at fault, whatever the input. */
export class ProgramFault extends Error {
  command?: Command;
  constructor(
    message: string,
    /** Set when the fault is a spent step or time budget rather than a mistake in the program. */
    readonly budget?: 'steps' | 'time',
  ) {
    super(message);
    this.name = 'ProgramFault';
  }
}
