// Expressions and tests, with the reference grammar's precedence (checktestdata.y):
//   + -  below  * / %  below  ^ ; ^ groups to the left: 2^3^2 is (2^3)^2 = 64;
//   unary minus binds looser than ^: -2^2 is -(2^2), and 2^-1^2 is 2^(-(1^2));
//   && and || have the same precedence and group to the left: a || b && c is (a || b) && c;
//   ! takes everything to its right: !ISEOF && x > 0 is !(ISEOF && x > 0). (The reference's
//   parser resolves that conflict by shifting; its Haskell twin parses it the same way.)
// Constant parts are worked out once here, unless working them out fails (1/0): that is
// an error only if the program ever gets there.

import { constant, type Expr, type Test, type VariableRef } from './ast.js';
import { ProgramFault } from './faults.js';
import { fromDecimal } from './rational.js';
import { CtdSyntaxError } from './syntax-error.js';
import type { TokenStream } from './token-stream.js';
import { arithmetic, negateValue, toByteString } from './values.js';
import { type ArithmeticOperator, type ComparisonOperator } from './value-types.js';

const COMPARISONS: ReadonlySet<string> = new Set(['<', '>', '<=', '>=', '==', '!=']);

/** Float constants with a larger power of ten than this are refused: 1E1000000000 would not fit in memory. */
export const MAX_CONSTANT_EXPONENT = 1_000_000;

export function parseExpr(tokens: TokenStream): Expr {
  let left = parseTerm(tokens);
  while (tokens.isSymbol('+') || tokens.isSymbol('-')) {
    const operator = tokens.next().text as ArithmeticOperator;
    left = arithmeticNode(operator, left, parseTerm(tokens));
  }
  return left;
}

function parseTerm(tokens: TokenStream): Expr {
  let left = parseFactor(tokens);
  while (tokens.isSymbol('*') || tokens.isSymbol('/') || tokens.isSymbol('%')) {
    const operator = tokens.next().text as ArithmeticOperator;
    left = arithmeticNode(operator, left, parseFactor(tokens));
  }
  return left;
}

function parseFactor(tokens: TokenStream): Expr {
  if (tokens.takeSymbol('-')) return negateNode(tokens.nested(() => parseFactor(tokens)));
  let base = parsePrimary(tokens);
  while (tokens.takeSymbol('^')) {
    const exponent = tokens.isSymbol('-') ? parseFactor(tokens) : parsePrimary(tokens);
    base = arithmeticNode('^', base, exponent);
  }
  return base;
}

function parsePrimary(tokens: TokenStream): Expr {
  if (!tokens.takeSymbol('(')) return parseValue(tokens);
  const inner = tokens.nested(() => parseExpr(tokens));
  tokens.expectSymbol(')');
  return inner;
}

/** A constant, a variable or STRLEN(...): what STRING, REGEX, MATCH and STRLEN take, no operators. */
export function parseValue(tokens: TokenStream): Expr {
  const token = tokens.peek();
  if (token.kind === 'integer') return constant(BigInt(tokens.next().text));
  if (token.kind === 'float') return constant(parseFloatConstant(tokens));
  if (token.kind === 'string') {
    tokens.next();
    return constant(token.bytes);
  }
  if (token.kind === 'name') return { kind: 'variable', ref: parseVariable(tokens) };
  if (tokens.isKeyword('STRLEN')) {
    tokens.next();
    tokens.expectSymbol('(');
    const operand = parseValue(tokens);
    tokens.expectSymbol(')');
    return foldable(operand) ? tryFold({ kind: 'strlen', operand }, () => BigInt(toByteString(operand.value, 'the argument of STRLEN').length)) : { kind: 'strlen', operand };
  }
  return tokens.fail('expected a number, a string, a variable or STRLEN');
}

export function parseVariable(tokens: TokenStream): VariableRef {
  const name = tokens.expectName('a variable name');
  const indices: Expr[] = [];
  if (tokens.takeSymbol('[')) {
    do indices.push(parseExpr(tokens));
    while (tokens.takeSymbol(','));
    tokens.expectSymbol(']');
  }
  return { name, indices };
}

export function parseTest(tokens: TokenStream): Test {
  let left = parseTestOperand(tokens);
  while (tokens.isSymbol('&&') || tokens.isSymbol('||')) {
    const operator = tokens.next().text as '&&' | '||';
    left = { kind: 'logic', operator, left, right: parseTestOperand(tokens) };
  }
  return left;
}

function parseTestOperand(tokens: TokenStream): Test {
  if (tokens.takeSymbol('!')) return { kind: 'not', operand: tokens.nested(() => parseTest(tokens)) };
  const token = tokens.peek();
  if (token.kind === 'keyword') {
    switch (token.text) {
      case 'ISEOF':
        tokens.next();
        return { kind: 'iseof' };
      case 'MATCH':
        return inParentheses(tokens, () => ({ kind: 'match', characters: parseValue(tokens) }));
      case 'UNIQUE':
        return inParentheses(tokens, () => ({ kind: 'unique', names: parseNameList(tokens) }));
      case 'INARRAY':
        return inParentheses(tokens, () => {
          const value = parseExpr(tokens);
          tokens.expectSymbol(',');
          return { kind: 'inarray', value, arrayName: parseVariable(tokens).name };
        });
    }
  }
  if (!tokens.isSymbol('(')) return parseComparison(tokens);
  // "(" opens either a parenthesised test or the first expression of a comparison,
  // as in "(a+1)*2 < b"; only reading on tells which.
  const start = tokens.mark();
  try {
    return tokens.nested(() => parseComparison(tokens));
  } catch (asComparison) {
    if (!(asComparison instanceof CtdSyntaxError)) throw asComparison;
    tokens.rewind(start);
    try {
      return inParentheses(tokens, () => tokens.nested(() => parseTest(tokens)), false);
    } catch (asTest) {
      if (!(asTest instanceof CtdSyntaxError)) throw asTest;
      // Report whichever reading got further: that is where the program goes wrong.
      throw laterOf(asComparison, asTest);
    }
  }
}

function parseComparison(tokens: TokenStream): Test {
  const left = parseExpr(tokens);
  const token = tokens.peek();
  if (token.kind !== 'symbol' || !COMPARISONS.has(token.text)) tokens.fail('expected a comparison (<, >, <=, >=, ==, !=)');
  tokens.next();
  return { kind: 'compare', operator: token.text as ComparisonOperator, left, right: parseExpr(tokens) };
}

/** `KEYWORD ( ... )`, the keyword not yet taken unless `takeKeyword` is false. */
function inParentheses<T>(tokens: TokenStream, parse: () => T, takeKeyword = true): T {
  if (takeKeyword) tokens.next();
  tokens.expectSymbol('(');
  const result = parse();
  tokens.expectSymbol(')');
  return result;
}

export function parseNameList(tokens: TokenStream): string[] {
  const names: string[] = [];
  do names.push(tokens.expectName('a variable name'));
  while (tokens.takeSymbol(','));
  return names;
}

function parseFloatConstant(tokens: TokenStream) {
  const token = tokens.next();
  const [, whole = '', fraction = '', exponent = '0'] = /^([0-9]+)\.?([0-9]*)(?:[eE]([+-]?[0-9]+))?$/.exec(token.text) ?? [];
  const exponent10 = Number(exponent) - fraction.length;
  if (Math.abs(exponent10) > MAX_CONSTANT_EXPONENT) tokens.fail(`expected a float constant within 1E±${MAX_CONSTANT_EXPONENT}`, token);
  return fromDecimal(BigInt(whole + fraction), exponent10);
}

type ConstantExpr = Extract<Expr, { kind: 'constant' }>;

function foldable(expr: Expr): expr is ConstantExpr {
  return expr.kind === 'constant';
}

function arithmeticNode(operator: ArithmeticOperator, left: Expr, right: Expr): Expr {
  const node: Expr = { kind: 'arithmetic', operator, left, right };
  return foldable(left) && foldable(right) ? tryFold(node, () => arithmetic(operator, left.value, right.value)) : node;
}

function negateNode(operand: Expr): Expr {
  const node: Expr = { kind: 'negate', operand };
  return foldable(operand) ? tryFold(node, () => negateValue(operand.value)) : node;
}

function tryFold(node: Expr, compute: () => ConstantExpr['value']): Expr {
  try {
    return constant(compute());
  } catch (error) {
    // Left for the run to report, with the command, if it ever gets there (RangeError: past V8's largest BigInt).
    if (error instanceof ProgramFault || error instanceof RangeError) return node;
    throw error;
  }
}

function laterOf(a: CtdSyntaxError, b: CtdSyntaxError): CtdSyntaxError {
  return b.line > a.line || (b.line === a.line && b.column >= a.column) ? b : a;
}
