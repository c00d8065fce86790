// Runs a parsed program over an input: the control commands (REP, WHILE, IF), the ones
// that only touch variables (SET, UNSET, ASSERT), and the input commands by delegation.
// Errors leave as exceptions and are turned into an outcome by run.ts.

import type { Command, CtdProgram } from './ast.js';
import type { Budget } from './budget.js';
import { describeTestVariables } from './assert-context.js';
import { Evaluator } from './evaluator.js';
import { InputRejection, ProgramFault } from './faults.js';
import { InputCommands } from './input-commands.js';
import type { InputReader } from './input-reader.js';
import { formatInteger } from './number-format.js';
import { Variables } from './variables.js';
import { toInteger } from './values.js';

/** A REP count must fit in a C unsigned long, as in the reference. */
const MAX_REPEAT_COUNT = (1n << 64n) - 1n;

export class Interpreter {
  private readonly evaluator: Evaluator;
  private readonly input: InputCommands;

  constructor(
    private readonly reader: InputReader,
    private readonly budget: Budget,
    whitespaceOk: boolean,
  ) {
    this.evaluator = new Evaluator(new Variables(), reader);
    this.input = new InputCommands(reader, this.evaluator, whitespaceOk);
    // The reference skips blanks at the very start itself; every later line start follows a NEWLINE, which skips them.
    if (whitespaceOk) reader.skipBlanks();
  }

  run(program: CtdProgram): void {
    this.runBlock(program.commands);
  }

  private runBlock(commands: readonly Command[]): void {
    for (const command of commands) this.runOne(command);
  }

  private runOne(command: Command): void {
    this.budget.step();
    try {
      this.runCommand(command);
    } catch (thrown) {
      const error = asRunError(thrown);
      // The innermost command an error leaves is the one to blame.
      error.command ??= command;
      throw error;
    }
  }

  private runCommand(command: Command): void {
    switch (command.kind) {
      case 'space':
        return this.input.space();
      case 'newline':
        return this.input.newline();
      case 'eof':
        return this.input.eof();
      case 'int':
        return this.input.int(command);
      case 'float':
        return this.input.float(command);
      case 'string':
        return this.input.string(command);
      case 'regex':
        return this.input.regex(command);
      case 'assert':
        if (!this.evaluator.test(command.test)) this.assertionFailed(command);
        return;
      case 'set':
        for (const { target, value } of command.assignments) this.evaluator.assign(target, this.evaluator.value(value));
        return;
      case 'unset':
        for (const name of command.names) this.evaluator.variables.unset(name);
        return;
      case 'repeat':
        return this.repeat(command);
      case 'while':
        return this.while(command);
      case 'if':
        if (this.evaluator.test(command.test)) this.runBlock(command.then);
        else if (command.otherwise) this.runBlock(command.otherwise);
        return;
    }
  }

  private repeat(command: Extract<Command, { kind: 'repeat' }>): void {
    const { counter, separator, body } = command;
    // As in the reference the counter is 0 before the count is worked out, and the number of iterations after.
    if (counter) this.evaluator.assign(counter, 0n);
    const count = toInteger(this.evaluator.value(command.count), 'the count of REP');
    if (count < 0n || count > MAX_REPEAT_COUNT) throw new ProgramFault(`the count of REP is ${formatInteger(count)}, not in [0, 2^64-1]`);
    for (let iteration = 0n; iteration < count; iteration++) {
      this.budget.step();
      if (separator && iteration > 0n) this.runOne(separator);
      this.runBlock(body);
      if (counter) this.evaluator.assign(counter, iteration + 1n);
    }
  }

  private while(command: Extract<Command, { kind: 'while' }>): void {
    const { counter, separator, body } = command;
    if (counter) this.evaluator.assign(counter, 0n);
    for (let iteration = 0n; this.evaluator.test(command.test); iteration++) {
      this.budget.step();
      if (separator && iteration > 0n) this.runOne(separator);
      this.runBlock(body);
      if (counter) this.evaluator.assign(counter, iteration + 1n);
    }
  }

  private assertionFailed(command: Extract<Command, { kind: 'assert' }>): never {
    const values = describeTestVariables(command.test, this.evaluator);
    throw new InputRejection(this.reader.position, `${command.source.text} failed${values ? ` (${values})` : ''}`);
  }
}

function asRunError(error: unknown): InputRejection | ProgramFault {
  if (error instanceof InputRejection || error instanceof ProgramFault) return error;
  if (error instanceof RangeError) {
    // V8 refuses integers past about a billion bits; only a program computes such numbers.
    if (/BigInt/i.test(error.message)) return new ProgramFault(`a number grew too large: ${error.message}`);
    // Only an expression of many thousands of operators (a+a+a+...) nests this deep.
    if (/call stack/i.test(error.message)) return new ProgramFault('an expression is nested too deeply to evaluate');
  }
  throw error;
}
