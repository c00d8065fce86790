// A cursor over the tokens of one program, with the small vocabulary the parsers share:
// look at the next token, take it if it is a given symbol or keyword, or fail with a
// syntax error that says what was expected and what came instead.

import type { Keyword, Token } from './lexer.js';
import { CtdSyntaxError } from './syntax-error.js';

/** Deeper nesting of parentheses, "-" or "!" than this is refused rather than risk the stack. */
const MAX_NESTING = 500;

export class TokenStream {
  private index = 0;
  private nesting = 0;

  constructor(
    private readonly tokens: readonly Token[],
    readonly fileName: string,
  ) {}

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)]!;
  }

  next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  /** Index of the next token, to come back to (`rewind`) or to cut the source text of a command. */
  mark(): number {
    return this.index;
  }

  rewind(mark: number): void {
    this.index = mark;
  }

  tokensBetween(from: number, to: number): readonly Token[] {
    return this.tokens.slice(from, to);
  }

  isSymbol(text: string): boolean {
    const token = this.peek();
    return token.kind === 'symbol' && token.text === text;
  }

  isKeyword(keyword: Keyword): boolean {
    const token = this.peek();
    return token.kind === 'keyword' && token.text === keyword;
  }

  takeSymbol(text: string): boolean {
    if (!this.isSymbol(text)) return false;
    this.next();
    return true;
  }

  expectSymbol(text: string): void {
    if (!this.takeSymbol(text)) this.fail(`expected ${JSON.stringify(text)}`);
  }

  expectName(what: string): string {
    const token = this.peek();
    if (token.kind !== 'name') this.fail(`expected ${what}`);
    return this.next().text;
  }

  /** Runs `parse` one nesting level deeper. */
  nested<T>(parse: () => T): T {
    if (++this.nesting > MAX_NESTING) this.fail(`nesting deeper than ${MAX_NESTING} levels`);
    try {
      return parse();
    } finally {
      this.nesting--;
    }
  }

  /** A syntax error at the next token: `expected ")", got ","`. */
  fail(expected: string, token = this.peek()): never {
    throw new CtdSyntaxError(this.fileName, token.line, token.column, `${expected}, got ${describeToken(token)}`);
  }
}

export function describeToken(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end of the program';
    case 'keyword':
      return token.text;
    case 'name':
      return `variable ${token.text}`;
    case 'string':
      return `the string ${oneLine(token.text)}`;
    default:
      return JSON.stringify(token.text);
  }
}

/** Source text of some tokens on one line, spaced only where words would run together: `INT(1,n,x[i])`. */
export function sourceText(tokens: readonly Token[]): string {
  let text = '';
  let previousIsWord = false;
  for (const token of tokens) {
    const isWord = token.kind === 'keyword' || token.kind === 'name' || token.kind === 'integer' || token.kind === 'float';
    if (isWord && previousIsWord) text += ' ';
    text += token.kind === 'string' ? oneLine(token.text) : token.text;
    previousIsWord = isWord;
  }
  return text;
}

/** A string constant as written, on one line: continuation lines joined, other line breaks shown as \n. */
function oneLine(text: string): string {
  return text.replace(/\\\n/g, '').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

