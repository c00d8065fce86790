// The types of checktestdata values and operators, apart from the arithmetic on them
// (values.ts), so the syntax tree can name them without depending on the evaluator.

import type { Rational } from './rational.js';

export type Value = bigint | Rational | string;

export type ArithmeticOperator = '+' | '-' | '*' | '/' | '%' | '^';
export type ComparisonOperator = '<' | '>' | '<=' | '>=' | '==' | '!=';
