// Values of expressions and truth of tests, against the current variables and input
// position (ISEOF and MATCH look at the input without moving on). Like the reference,
// && and || stop at the first operand that decides: the second may be undefined then.

import type { Expr, Test, VariableRef } from './ast.js';
import { InputRejection, ProgramFault } from './faults.js';
import type { InputReader } from './input-reader.js';
import type { Variables } from './variables.js';
import { arithmetic, compareValues, negateValue, toByteString, toInteger } from './values.js';
import { type Value } from './value-types.js';

export class Evaluator {
  constructor(
    readonly variables: Variables,
    private readonly reader: InputReader,
  ) {}

  value(expr: Expr): Value {
    switch (expr.kind) {
      case 'constant':
        return expr.value;
      case 'variable': {
        const { name } = expr.ref;
        const indices = this.indices(expr.ref);
        const value = this.variables.get(name, indices);
        if (value === undefined) throw new ProgramFault(`variable ${formatVariable(name, indices)} is undefined`);
        return value;
      }
      case 'negate':
        return negateValue(this.value(expr.operand));
      case 'arithmetic':
        return arithmetic(expr.operator, this.value(expr.left), this.value(expr.right));
      case 'strlen':
        return BigInt(toByteString(this.value(expr.operand), 'the argument of STRLEN').length);
    }
  }

  indices(ref: VariableRef): bigint[] {
    return ref.indices.map((index) => toInteger(this.value(index), `an index of ${ref.name}`));
  }

  assign(ref: VariableRef, value: Value): void {
    this.variables.set(ref.name, this.indices(ref), value);
  }

  test(test: Test): boolean {
    switch (test.kind) {
      case 'not':
        return !this.test(test.operand);
      case 'logic':
        return test.operator === '&&' ? this.test(test.left) && this.test(test.right) : this.test(test.left) || this.test(test.right);
      case 'compare':
        return compareValues(test.operator, this.value(test.left), this.value(test.right));
      case 'iseof':
        return this.reader.atEnd;
      case 'match': {
        const characters = toByteString(this.value(test.characters), 'the argument of MATCH');
        return !this.reader.atEnd && characters.includes(String.fromCharCode(this.reader.peek()));
      }
      case 'unique': {
        for (const name of test.names) this.requireDefined(name);
        const check = this.variables.unique(test.names);
        // As in the reference, a repeat is not a false test but a rejection of the input, with the reason.
        if (!check.unique) throw new InputRejection(this.reader.position, `UNIQUE(${test.names.join(',')}) failed: ${check.problem}`);
        return true;
      }
      case 'inarray': {
        const value = this.value(test.value);
        this.requireDefined(test.arrayName);
        return this.variables.includes(test.arrayName, value);
      }
    }
  }

  private requireDefined(name: string): void {
    if (!this.variables.has(name)) throw new ProgramFault(`variable ${name} is undefined`);
  }
}

/** "x", "x[3]", "x[1,2]". */
export function formatVariable(name: string, indices: readonly bigint[]): string {
  return indices.length === 0 ? name : `${name}[${indices.join(',')}]`;
}
