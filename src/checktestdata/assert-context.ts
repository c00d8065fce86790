// When an ASSERT fails, the values of the variables it reads are what the author of the
// input (or of the program) needs to see: "ASSERT(a+b==c) failed (a = 1, b = 2, c = 4)".

import type { Expr, Test, VariableRef } from './ast.js';
import { formatVariable, type Evaluator } from './evaluator.js';
import { formatValue } from './values.js';

/** More variables than this are cut: the message stays one readable line. */
const MAX_SHOWN_VARIABLES = 6;

/** "a = 1, b = 2"; variables that cannot be evaluated (undefined, bad index) are left out. */
export function describeTestVariables(test: Test, evaluator: Evaluator): string {
  const refs: VariableRef[] = [];
  collectFromTest(test, refs);
  const shown = new Map<string, string>();
  for (const ref of refs) {
    try {
      const indices = evaluator.indices(ref);
      const value = evaluator.variables.get(ref.name, indices);
      if (value !== undefined) shown.set(formatVariable(ref.name, indices), formatValue(value));
    } catch {
      // Only a hint: the assertion already failed, and this variable says nothing more.
    }
  }
  const parts = [...shown].map(([name, value]) => `${name} = ${value}`);
  return parts.length > MAX_SHOWN_VARIABLES ? `${parts.slice(0, MAX_SHOWN_VARIABLES).join(', ')}, ...` : parts.join(', ');
}

function collectFromTest(test: Test, refs: VariableRef[]): void {
  switch (test.kind) {
    case 'not':
      return collectFromTest(test.operand, refs);
    case 'logic':
      collectFromTest(test.left, refs);
      return collectFromTest(test.right, refs);
    case 'compare':
      collectFromExpr(test.left, refs);
      return collectFromExpr(test.right, refs);
    case 'match':
      return collectFromExpr(test.characters, refs);
    case 'inarray':
      return collectFromExpr(test.value, refs);
    case 'iseof':
    case 'unique':
      return;
  }
}

function collectFromExpr(expr: Expr, refs: VariableRef[]): void {
  switch (expr.kind) {
    case 'constant':
      return;
    case 'variable':
      for (const index of expr.ref.indices) collectFromExpr(index, refs);
      refs.push(expr.ref);
      return;
    case 'negate':
    case 'strlen':
      return collectFromExpr(expr.operand, refs);
    case 'arithmetic':
      collectFromExpr(expr.left, refs);
      return collectFromExpr(expr.right, refs);
  }
}
