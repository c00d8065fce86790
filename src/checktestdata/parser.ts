// Commands and blocks of a .ctd program (grammar in doc/format-spec.md of DOMjudge's
// checktestdata). Nesting mistakes the reference finds after parsing (an END or ELSE
// without its block, a block left open) are syntax errors here too, each at its place.

import type { Command, CommandBody, CtdProgram, Expr, FloatNotation } from './ast.js';
import { parseExpr, parseNameList, parseTest, parseValue, parseVariable } from './expression-parser.js';
import { tokenize, type Token } from './lexer.js';
import { CompiledRegex } from './regex-matcher.js';
import { RegexSyntaxError } from './regex-parser.js';
import { sourceText, TokenStream } from './token-stream.js';

/** Throws a CtdSyntaxError (with the line and column in `fileName`) when the program cannot be read. */
export function parseCheckTestData(text: string, fileName: string): CtdProgram {
  const tokens = new TokenStream(tokenize(text, fileName), fileName);
  const commands = parseBlock(tokens, undefined);
  const end = tokens.peek();
  commands.push({ kind: 'eof', source: { line: end.line, column: end.column, text: 'implicit EOF at the end of the program' } });
  return { fileName, commands };
}

/** The command whose block an END (or ELSE) closes. */
interface OpenBlock {
  keyword: string;
  line: number;
  acceptsElse: boolean;
  /** Why an ELSE cannot come here: "an ELSE belongs to an IF". */
  elseHint: string;
}

/** Commands up to (not including) the END or ELSE that closes `open`, or to the end of the program. */
function parseBlock(tokens: TokenStream, open: OpenBlock | undefined): Command[] {
  const commands: Command[] = [];
  for (;;) {
    if (tokens.peek().kind === 'end') {
      if (open) tokens.fail(`expected END for the ${open.keyword} on line ${open.line}`);
      return commands;
    }
    if (tokens.isKeyword('END')) {
      if (!open) tokens.fail('expected a command (this END closes no REP, REPI, WHILE, WHILEI or IF)');
      return commands;
    }
    if (tokens.isKeyword('ELSE')) {
      if (open?.acceptsElse) return commands;
      tokens.fail(open ? `expected END for the ${open.keyword} on line ${open.line} (${open.elseHint})` : 'expected a command (this ELSE belongs to no IF)');
    }
    commands.push(parseCommand(tokens));
  }
}

function parseCommand(tokens: TokenStream): Command {
  const start = tokens.mark();
  const first = tokens.next();
  // A block command's text for messages is its header, "REP(n,SPACE)", without the body.
  let headerEnd: number | undefined;
  const endOfHeader = () => {
    headerEnd = tokens.mark();
  };
  const body = parseCommandBody(tokens, first, endOfHeader);
  const text = sourceText(tokens.tokensBetween(start, headerEnd ?? tokens.mark()));
  return { ...body, source: { line: first.line, column: first.column, text } };
}

function parseCommandBody(tokens: TokenStream, keyword: Token, endOfHeader: () => void): CommandBody {
  if (keyword.kind !== 'keyword') return tokens.fail('expected a command', keyword);
  const inParentheses = <T>(parse: () => T): T => {
    tokens.expectSymbol('(');
    const result = parse();
    tokens.expectSymbol(')');
    return result;
  };
  const optional = <T>(parse: () => T): T | undefined => (tokens.takeSymbol(',') ? parse() : undefined);
  const expr = (commaFirst = true) => {
    if (commaFirst) tokens.expectSymbol(',');
    return parseExpr(tokens);
  };
  const blockBody = (acceptsElse = false) => {
    endOfHeader();
    return parseBlock(tokens, { keyword: keyword.text, line: keyword.line, acceptsElse, elseHint: 'an ELSE belongs to an IF' });
  };

  switch (keyword.text) {
    case 'SPACE':
      return { kind: 'space' };
    case 'NEWLINE':
      return { kind: 'newline' };
    case 'EOF':
      return { kind: 'eof' };
    case 'INT':
      return inParentheses(() => ({ kind: 'int', min: expr(false), max: expr(), target: optional(() => parseVariable(tokens)) }));
    case 'FLOAT':
    case 'FLOATP':
      return inParentheses(() => {
        const min = expr(false);
        const max = expr();
        const decimals = keyword.text === 'FLOATP' ? { min: expr(), max: expr() } : undefined;
        const target = optional(() => parseVariable(tokens));
        const notation = target ? optional(() => parseNotation(tokens)) : undefined;
        return { kind: 'float', min, max, decimals, target, notation: notation ?? 'any' };
      });
    case 'STRING':
      return inParentheses(() => ({ kind: 'string', text: parseValue(tokens) }));
    case 'REGEX':
      return inParentheses(() => ({ kind: 'regex', pattern: parseRegexPattern(tokens), target: optional(() => parseVariable(tokens)) }));
    case 'ASSERT':
      return inParentheses(() => ({ kind: 'assert', test: parseTest(tokens) }));
    case 'SET':
      return inParentheses(() => {
        const assignments: { target: ReturnType<typeof parseVariable>; value: Expr }[] = [];
        do {
          const target = parseVariable(tokens);
          tokens.expectSymbol('=');
          assignments.push({ target, value: parseExpr(tokens) });
        } while (tokens.takeSymbol(','));
        return { kind: 'set', assignments };
      });
    case 'UNSET':
      return inParentheses(() => ({ kind: 'unset', names: parseNameList(tokens) }));
    case 'REP':
    case 'REPI': {
      const header = inParentheses(() => {
        const counter = keyword.text === 'REPI' ? parseVariable(tokens) : undefined;
        return { counter, count: expr(counter !== undefined), separator: optional(() => parseSeparator(tokens)) };
      });
      const body = blockBody();
      tokens.next(); // END
      return { kind: 'repeat', ...header, body };
    }
    case 'WHILE':
    case 'WHILEI': {
      const header = inParentheses(() => {
        const counter = keyword.text === 'WHILEI' ? parseVariable(tokens) : undefined;
        if (counter) tokens.expectSymbol(',');
        return { counter, test: parseTest(tokens), separator: optional(() => parseSeparator(tokens)) };
      });
      const body = blockBody();
      tokens.next(); // END
      return { kind: 'while', ...header, body };
    }
    case 'IF': {
      const test = inParentheses(() => parseTest(tokens));
      const then = blockBody(true);
      let otherwise: Command[] | undefined;
      if (tokens.isKeyword('ELSE')) {
        tokens.next();
        otherwise = parseBlock(tokens, { keyword: 'IF', line: keyword.line, acceptsElse: false, elseHint: 'this IF has had its ELSE' });
      }
      tokens.next(); // END
      return { kind: 'if', test, then, otherwise };
    }
    default:
      return tokens.fail('expected a command', keyword);
  }
}

/** A constant pattern is compiled now, so that a bad one is a syntax error even if the REGEX never runs. */
function parseRegexPattern(tokens: TokenStream): Expr {
  const token = tokens.peek();
  const pattern = parseValue(tokens);
  if (pattern.kind === 'constant' && typeof pattern.value === 'string') {
    try {
      new CompiledRegex(pattern.value);
    } catch (error) {
      if (error instanceof RegexSyntaxError) tokens.fail(`expected a valid regular expression (${error.message})`, token);
      throw error;
    }
  }
  return pattern;
}

function parseNotation(tokens: TokenStream): FloatNotation {
  const notation = tokens.isKeyword('FIXED') ? 'fixed' : tokens.isKeyword('SCIENTIFIC') ? 'scientific' : undefined;
  if (!notation) return tokens.fail('expected FIXED or SCIENTIFIC');
  tokens.next();
  return notation;
}

const NOT_SEPARATORS: ReadonlySet<string> = new Set(['REP', 'REPI', 'WHILE', 'WHILEI', 'IF', 'ELSE', 'END', 'EOF']);

/** The command matched between loop iterations: one plain command, not a block, END or EOF. */
function parseSeparator(tokens: TokenStream): Command {
  const token = tokens.peek();
  if (token.kind === 'keyword' && NOT_SEPARATORS.has(token.text)) {
    // The reference accepts these here but fails once it has to match one: "unknown command".
    tokens.fail('expected a separator command (SPACE, NEWLINE, STRING(...), ...)');
  }
  return parseCommand(tokens);
}
