// The parsed form of a .ctd program. Blocks (REP ... END, IF ... ELSE ... END) are nested
// here, where the reference keeps a flat list and searches for the matching END each time.

import type { SourcePosition } from './syntax-error.js';
import type { ArithmeticOperator, ComparisonOperator, Value } from './value-types.js';

/** `name` or `name[i, j, ...]`; a plain variable is the entry with no indices. */
export interface VariableRef {
  name: string;
  indices: Expr[];
}

export type Expr =
  /** A constant: from the program text, or a constant part of it worked out once. */
  | { kind: 'constant'; value: Value }
  | { kind: 'variable'; ref: VariableRef }
  | { kind: 'negate'; operand: Expr }
  | { kind: 'arithmetic'; operator: ArithmeticOperator; left: Expr; right: Expr }
  /** STRLEN, the only function: the length in bytes of a string. */
  | { kind: 'strlen'; operand: Expr };

export type Test =
  | { kind: 'not'; operand: Test }
  | { kind: 'logic'; operator: '&&' | '||'; left: Test; right: Test }
  | { kind: 'compare'; operator: ComparisonOperator; left: Expr; right: Expr }
  | { kind: 'iseof' }
  /** Whether the next input byte is one of the bytes of `characters`. */
  | { kind: 'match'; characters: Expr }
  | { kind: 'unique'; names: string[] }
  | { kind: 'inarray'; value: Expr; arrayName: string };

export type FloatNotation = 'any' | 'fixed' | 'scientific';

export type Command = CommandBody & {
  /** Where the command starts in the program, and its text without comments for messages: `INT(1,n,x[i])`. */
  source: SourcePosition & { text: string };
};

export type CommandBody =
  | { kind: 'space' }
  | { kind: 'newline' }
  | { kind: 'eof' }
  | { kind: 'int'; min: Expr; max: Expr; target?: VariableRef }
  /** FLOAT, and FLOATP when `decimals` is set. */
  | { kind: 'float'; min: Expr; max: Expr; decimals?: { min: Expr; max: Expr }; target?: VariableRef; notation: FloatNotation }
  | { kind: 'string'; text: Expr }
  | { kind: 'regex'; pattern: Expr; target?: VariableRef }
  | { kind: 'assert'; test: Test }
  | { kind: 'set'; assignments: { target: VariableRef; value: Expr }[] }
  | { kind: 'unset'; names: string[] }
  /** REP and REPI (with `counter`). */
  | { kind: 'repeat'; counter?: VariableRef; count: Expr; separator?: Command; body: Command[] }
  /** WHILE and WHILEI (with `counter`). */
  | { kind: 'while'; counter?: VariableRef; test: Test; separator?: Command; body: Command[] }
  | { kind: 'if'; test: Test; then: Command[]; otherwise?: Command[] };

export interface CtdProgram {
  fileName: string;
  /** The commands in order; the implicit EOF at the end is the last. */
  commands: Command[];
}

export function constant(value: Value): Expr {
  return { kind: 'constant', value };
}
