// POSIX extended regular expressions, as REGEX takes them: the reference compiles them
// with libstdc++'s std::regex::extended (C++11, strict), whose choices are followed here,
// over bytes:
//   | alternation (empty options allowed), ( ) groups, * + ? {m} {m,} {m,n} repeats (also
//   repeated: a{2}{3}), ^ $ anchors (start of this match, end of the input), . any byte but
//   NUL (a newline too), [...] bracket expressions: ranges of signed chars as libstdc++
//   compares them, [:classes:], [.names.] and [=names=] (see regex-classes.ts); inside
//   brackets a backslash is a plain character, and "-" can only start the set, end it, or
//   stand between the two ends of a range. Outside brackets a backslash makes one of
//   .[\()*+?{|^$ literal; any other escape (\d, \n, \1, \]) is an error, as there.

import { CHARACTER_CLASSES, collatingByte, equivalentBytes } from './regex-classes.js';

export type ByteSet = Uint8Array;

export type RegexNode =
  | { kind: 'bytes'; set: ByteSet }
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'sequence'; parts: RegexNode[] }
  | { kind: 'alternation'; options: RegexNode[] }
  /** `max` is Infinity for * and + and {m,}. */
  | { kind: 'repeat'; node: RegexNode; min: number; max: number };

export class RegexSyntaxError extends Error {}

const ESCAPABLE = new Set('.[\\()*+?{|^$');
/** Larger repeat counts than this are refused (POSIX's RE_DUP_MAX is 255). */
export const MAX_REPEAT = 10_000;

/** Parses a pattern given as a byte string; throws a RegexSyntaxError. */
export function parseRegex(pattern: string): RegexNode {
  const parser = new Parser(pattern);
  const node = parser.alternation();
  if (parser.position < pattern.length) throw new RegexSyntaxError(`unmatched ")" at offset ${parser.position}`);
  return node;
}

class Parser {
  position = 0;
  private depth = 0;
  constructor(private readonly pattern: string) {}

  private peek(): string | undefined {
    return this.pattern[this.position];
  }

  alternation(): RegexNode {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.position++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alternation', options };
  }

  private sequence(): RegexNode {
    const parts: RegexNode[] = [];
    for (let char = this.peek(); char !== undefined && char !== '|' && !(char === ')' && this.depth > 0); char = this.peek()) {
      parts.push(this.piece());
    }
    return parts.length === 1 ? parts[0]! : { kind: 'sequence', parts };
  }

  private piece(): RegexNode {
    // A bare anchor cannot repeat; one in a group can: "(^)*" is fine, as in libstdc++.
    const bareAnchor = this.peek() === '^' || this.peek() === '$';
    let node = this.atom();
    for (let char = this.peek(); char === '*' || char === '+' || char === '?' || char === '{'; char = this.peek()) {
      if (bareAnchor) throw new RegexSyntaxError(`"${char}" cannot repeat an anchor`);
      this.position++;
      if (char === '{') node = { kind: 'repeat', node, ...this.bounds() };
      else node = { kind: 'repeat', node, min: char === '+' ? 1 : 0, max: char === '?' ? 1 : Infinity };
    }
    return node;
  }

  private atom(): RegexNode {
    const char = this.pattern[this.position++]!;
    switch (char) {
      case '(': {
        this.depth++;
        const inner = this.alternation();
        this.depth--;
        if (this.pattern[this.position++] !== ')') throw new RegexSyntaxError('unmatched "("');
        return inner;
      }
      case ')':
        throw new RegexSyntaxError('unmatched ")"');
      case '^':
        return { kind: 'start' };
      case '$':
        return { kind: 'end' };
      case '.':
        return { kind: 'bytes', set: byteSet((byte) => byte !== 0) };
      case '[':
        return { kind: 'bytes', set: this.bracket() };
      case '*':
      case '+':
      case '?':
      case '{':
        throw new RegexSyntaxError(`"${char}" has nothing to repeat`);
      case '\\': {
        const escaped = this.pattern[this.position++];
        if (escaped === undefined) throw new RegexSyntaxError('the pattern ends in a backslash');
        if (!ESCAPABLE.has(escaped)) throw new RegexSyntaxError(`unknown escape "\\${escaped}" (only .[\\()*+?{|^$ can be escaped)`);
        return literal(escaped);
      }
      default:
        return literal(char);
    }
  }

  /** The rest of {m}, {m,} or {m,n}. */
  private bounds(): { min: number; max: number } {
    const match = /^(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.position, this.position + 20));
    if (!match) throw new RegexSyntaxError('a "{" must start a repeat count: {m}, {m,} or {m,n}');
    this.position += match[0].length;
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    if (min > max) throw new RegexSyntaxError(`invalid repeat count {${match[0]}: ${min} > ${max}`);
    if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) throw new RegexSyntaxError(`repeat counts above ${MAX_REPEAT} are not supported`);
    return { min, max };
  }

  /** A bracket expression, its "[" already read. */
  private bracket(): ByteSet {
    const set = new Uint8Array(256);
    const negated = this.peek() === '^';
    if (negated) this.position++;
    // The last single byte read, which a "-" can make the start of a range; 'class' after a class.
    let previous: number | 'class' | undefined;
    const flush = () => {
      if (typeof previous === 'number') set[previous] = 1;
      previous = undefined;
    };
    // A "]" or "-" first is a plain character.
    const first = this.peek();
    if (first === ']' || first === '-') previous = this.pattern.charCodeAt(this.position++);
    for (;;) {
      const char = this.peek();
      if (char === undefined) throw new RegexSyntaxError('unmatched "["');
      if (char === ']') break;
      if (char === '-') {
        this.position++;
        if (this.peek() === ']') {
          flush();
          set[0x2d] = 1;
        } else if (typeof previous === 'number') {
          this.addRange(set, previous, this.rangeEnd());
          previous = undefined;
        } else {
          throw new RegexSyntaxError(previous === 'class' ? 'a range cannot start with a class' : 'a "-" in brackets must start or end them, or make a range');
        }
        continue;
      }
      flush();
      if (this.pattern.startsWith('[:', this.position)) {
        const name = this.delimited(':');
        const test = CHARACTER_CLASSES[name];
        if (!test) throw new RegexSyntaxError(`unknown character class [:${name}:]`);
        for (let byte = 0; byte < 256; byte++) if (test(byte)) set[byte] = 1;
        previous = 'class';
      } else if (this.pattern.startsWith('[=', this.position)) {
        const name = this.delimited('=');
        const bytes = equivalentBytes(name);
        if (!bytes) throw new RegexSyntaxError(`unknown collating element [=${name}=]`);
        for (const byte of bytes) set[byte] = 1;
        previous = 'class';
      } else if (this.pattern.startsWith('[.', this.position)) {
        const name = this.delimited('.');
        previous = collatingByte(name);
        if (previous === undefined) throw new RegexSyntaxError(`unknown collating element [.${name}.]`);
      } else {
        previous = this.pattern.charCodeAt(this.position++);
      }
    }
    flush();
    this.position++;
    return negated ? set.map((member) => 1 - member) : set;
  }

  /** The byte after the "-" of a range: a plain character, not a [.name.]. */
  private rangeEnd(): number {
    if (this.position >= this.pattern.length) throw new RegexSyntaxError('unmatched "["');
    if (/^\[[.=:]/.test(this.pattern.slice(this.position, this.position + 2))) throw new RegexSyntaxError('a range must end with a plain character');
    return this.pattern.charCodeAt(this.position++);
  }

  /** from-to, compared as the signed chars libstdc++ compares: [a-\xff] is empty there, and so an error. */
  private addRange(set: ByteSet, from: number, to: number): void {
    const signed = (byte: number) => (byte << 24) >> 24;
    if (signed(to) < signed(from)) throw new RegexSyntaxError(`invalid range ${String.fromCharCode(from)}-${String.fromCharCode(to)}`);
    for (let byte = 0; byte < 256; byte++) if (signed(byte) >= signed(from) && signed(byte) <= signed(to)) set[byte] = 1;
  }

  /** The name in [:name:] (or with . or =), moving past the closing ":]". */
  private delimited(delimiter: string): string {
    const close = this.pattern.indexOf(`${delimiter}]`, this.position + 2);
    if (close === -1) throw new RegexSyntaxError(`unterminated [${delimiter}`);
    const name = this.pattern.slice(this.position + 2, close);
    this.position = close + 2;
    return name;
  }
}

function literal(char: string): RegexNode {
  const set = new Uint8Array(256);
  set[char.charCodeAt(0)] = 1;
  return { kind: 'bytes', set };
}

function byteSet(test: (byte: number) => boolean): ByteSet {
  const set = new Uint8Array(256);
  for (let byte = 0; byte < 256; byte++) if (test(byte)) set[byte] = 1;
  return set;
}
