// Variables by name, each an ArrayVariable, and the two tests that look at a whole array:
// INARRAY (is a value among the entries?) and UNIQUE (see unique.ts).

import { ArrayVariable } from './array-variable.js';
import { checkUnique, type UniqueCheck } from './unique.js';
import { identityKey } from './values.js';
import { type Value } from './value-types.js';

interface Variable {
  entries: ArrayVariable;
  /** How often each value (by identityKey) occurs; built on the first INARRAY, then kept up to date. */
  valueCounts?: Map<bigint | string, number>;
}

export class Variables {
  private readonly byName = new Map<string, Variable>();

  has(name: string): boolean {
    return this.byName.has(name);
  }

  get(name: string, indices: readonly bigint[]): Value | undefined {
    return this.byName.get(name)?.entries.get(ArrayVariable.keyOf(indices));
  }

  set(name: string, indices: readonly bigint[], value: Value): void {
    let variable = this.byName.get(name);
    if (!variable) {
      variable = { entries: new ArrayVariable() };
      this.byName.set(name, variable);
    }
    const previous = variable.entries.set(ArrayVariable.keyOf(indices), value);
    const counts = variable.valueCounts;
    if (counts) {
      if (previous !== undefined) decrement(counts, identityKey(previous));
      increment(counts, identityKey(value));
    }
  }

  unset(name: string): void {
    this.byName.delete(name);
  }

  /**
   * Whether any entry of the (defined) variable `name` is `value`, of the same kind: the
   * integer 1 is not in an array holding the float 1.0, as in the reference.
   */
  includes(name: string, value: Value): boolean {
    const variable = this.byName.get(name)!;
    if (!variable.valueCounts) {
      variable.valueCounts = new Map();
      for (const entry of variable.entries.values()) increment(variable.valueCounts, identityKey(entry));
    }
    return variable.valueCounts.has(identityKey(value));
  }

  /** UNIQUE(a, b, ...) of defined variables. */
  unique(names: readonly string[]): UniqueCheck {
    return checkUnique(names.map((name) => ({ name, entries: this.byName.get(name)!.entries })));
  }
}

function increment(counts: Map<bigint | string, number>, key: bigint | string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function decrement(counts: Map<bigint | string, number>, key: bigint | string): void {
  const count = counts.get(key)!;
  if (count === 1) counts.delete(key);
  else counts.set(key, count - 1);
}
