// POSIX extended regular expressions, as REGEX takes them (the reference compiles them
// with std::regex::extended), over bytes:
//   | alternation, ( ) groups, * + ? {m} {m,} {m,n} repeats, ^ $ anchors (start of this
//   match, end of input), . any byte but NUL (a newline too), [...] bracket expressions
//   with ranges, [:classes:] of the C locale, [=c=] and [.c.]; inside brackets a backslash
//   is a plain character. Outside, a backslash makes one of .[]\()*+?{}|^$ literal; any
//   other escape (\d, \n, \1) is an error: the reference (C++11, strict) refuses them too,
//   and taking "\d" as a plain "d" would silently check something else.

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

const ESCAPABLE = new Set('.[]\\()*+?{}|^$');
/** Larger repeat counts than this are refused (POSIX's RE_DUP_MAX is 255). */
export const MAX_REPEAT = 10_000;

const CLASSES: Readonly<Record<string, (byte: number) => boolean>> = {
  alpha: (b) => isUpper(b) || isLower(b),
  digit: isDigit,
  alnum: (b) => isUpper(b) || isLower(b) || isDigit(b),
  upper: isUpper,
  lower: isLower,
  space: (b) => b === 0x20 || (b >= 0x09 && b <= 0x0d),
  blank: (b) => b === 0x20 || b === 0x09,
  punct: (b) => b >= 0x21 && b <= 0x7e && !isUpper(b) && !isLower(b) && !isDigit(b),
  print: (b) => b >= 0x20 && b <= 0x7e,
  graph: (b) => b >= 0x21 && b <= 0x7e,
  cntrl: (b) => b < 0x20 || b === 0x7f,
  xdigit: (b) => isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66),
  // Short names libstdc++ also knows.
  d: isDigit,
  w: (b) => isUpper(b) || isLower(b) || isDigit(b) || b === 0x5f,
  s: (b) => b === 0x20 || (b >= 0x09 && b <= 0x0d),
};

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
    let node = this.atom();
    for (let char = this.peek(); char === '*' || char === '+' || char === '?' || char === '{'; char = this.peek()) {
      if (node.kind === 'start' || node.kind === 'end') throw new RegexSyntaxError(`"${char}" cannot repeat an anchor`);
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
        if (!ESCAPABLE.has(escaped)) throw new RegexSyntaxError(`unknown escape "\\${escaped}" (only .[]\\()*+?{}|^$ can be escaped)`);
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
    for (let first = true; ; first = false) {
      const char = this.peek();
      if (char === undefined) throw new RegexSyntaxError('unmatched "["');
      if (char === ']' && !first) break;
      if (this.pattern.startsWith('[:', this.position)) {
        const name = this.delimited(':');
        const test = CLASSES[name];
        if (!test) throw new RegexSyntaxError(`unknown character class [:${name}:]`);
        for (let byte = 0; byte < 256; byte++) if (test(byte)) set[byte] = 1;
        continue;
      }
      const from = this.bracketCharacter();
      if (this.peek() === '-' && this.pattern[this.position + 1] !== ']' && this.position + 1 < this.pattern.length) {
        this.position++;
        const to = this.bracketCharacter();
        if (to < from) throw new RegexSyntaxError(`invalid range ${String.fromCharCode(from)}-${String.fromCharCode(to)}`);
        set.fill(1, from, to + 1);
      } else {
        set[from] = 1;
      }
    }
    this.position++;
    return negated ? set.map((member) => 1 - member) : set;
  }

  /** One byte in brackets: plain, or [.c.] / [=c=] naming a single byte. */
  private bracketCharacter(): number {
    if (this.pattern.startsWith('[.', this.position) || this.pattern.startsWith('[=', this.position)) {
      const delimiter = this.pattern[this.position + 1]!;
      const name = this.delimited(delimiter);
      if (name.length !== 1) throw new RegexSyntaxError(`[${delimiter}${name}${delimiter}] must name a single character`);
      return name.charCodeAt(0);
    }
    return this.pattern.charCodeAt(this.position++);
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

function isUpper(byte: number): boolean {
  return byte >= 0x41 && byte <= 0x5a;
}
function isLower(byte: number): boolean {
  return byte >= 0x61 && byte <= 0x7a;
}
function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}
