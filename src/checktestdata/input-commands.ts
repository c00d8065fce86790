// The commands that read input: SPACE, NEWLINE, EOF, INT, FLOAT(P), STRING, REGEX. Each
// either moves the reader past what it matched or throws an InputRejection at the byte
// where the unmatched token starts, saying what was expected and what is there.

import type { CommandBody, Expr, FloatNotation } from './ast.js';
import { MAX_SHOWN_NUMBER_CHARS, quoteBytes } from './bytes.js';
import { decimalToRational, decimalWithin, MAX_KEPT_EXPONENT } from './decimal.js';
import type { Evaluator } from './evaluator.js';
import { InputRejection, ProgramFault } from './faults.js';
import { isBlank, NEWLINE, SPACE, type InputReader } from './input-reader.js';
import { formatInteger, formatRational } from './number-format.js';
import { scanFloat, scanInteger } from './number-tokens.js';
import type { Rational } from './rational.js';
import { CompiledRegex } from './regex-matcher.js';
import { RegexSyntaxError } from './regex-parser.js';
import { toByteString, toInteger, toRational } from './values.js';

type Body<K extends CommandBody['kind']> = Extract<CommandBody, { kind: K }>;

/** What a FLOAT or FLOATP asks for, for its message. */
interface FloatForm {
  min: Rational;
  max: Rational;
  notation: FloatNotation;
  decimals: { min: number; max: number } | undefined;
}

/** The reference keeps decimal counts in a C int. */
const MAX_DECIMALS = 2 ** 31 - 2;

export class InputCommands {
  private readonly regexes = new Map<string, CompiledRegex>();

  constructor(
    private readonly reader: InputReader,
    private readonly evaluator: Evaluator,
    /** The reference's --whitespace-ok: SPACE takes any run of blanks, NEWLINE blanks around it. */
    private readonly whitespaceOk: boolean,
  ) {}

  space(): void {
    const { reader } = this;
    const at = reader.position;
    const byte = reader.peek();
    if (this.whitespaceOk ? byte === -1 || !isBlank(byte) : byte !== SPACE) this.reject(at, `expected SPACE, got ${reader.describeAt(at)}`);
    if (this.whitespaceOk) reader.skipBlanks();
    else reader.position++;
  }

  newline(): void {
    const { reader } = this;
    if (this.whitespaceOk) reader.skipBlanks();
    const at = reader.position;
    if (reader.peek() !== NEWLINE) this.reject(at, `expected NEWLINE, got ${reader.describeAt(at)}`);
    reader.position++;
    if (this.whitespaceOk) reader.skipBlanks();
  }

  eof(): void {
    const { reader } = this;
    if (!reader.atEnd) this.reject(reader.position, `expected end of file, got ${reader.describeAt(reader.position)}`);
  }

  int(command: Body<'int'>): void {
    const { reader, evaluator } = this;
    const start = reader.position;
    const scan = scanInteger(reader);
    const min = toInteger(evaluator.value(command.min), 'the lower bound of INT');
    const max = toInteger(evaluator.value(command.max), 'the upper bound of INT');
    if (scan.kind === 'malformed') this.rejectInteger(start, min, max, scan.problem);
    if (scan.value < min || scan.value > max) this.rejectInteger(start, min, max);
    if (command.target) evaluator.assign(command.target, scan.value);
  }

  float(command: Body<'float'>): void {
    const { reader, evaluator } = this;
    const decimals = command.decimals && { min: this.decimalCount(command.decimals.min, 'min'), max: this.decimalCount(command.decimals.max, 'max') };
    if (decimals && decimals.min > decimals.max) throw new ProgramFault(`FLOATP's decimal range [${decimals.min}, ${decimals.max}] is empty`);
    const start = reader.position;
    const scan = scanFloat(reader, command.notation);
    const form: FloatForm = { min: toRational(evaluator.value(command.min), 'the lower bound of FLOAT'), max: toRational(evaluator.value(command.max), 'the upper bound of FLOAT'), notation: command.notation, decimals };
    if (scan.kind === 'malformed') this.rejectFloat(start, form, scan.problem);
    if (decimals) {
      if (scan.hasExponent && !scan.oneDigitBeforeDot) this.rejectFloat(start, form, 'scientific notation needs one nonzero digit, then the decimal point');
      if (scan.decimals < decimals.min || scan.decimals > decimals.max) this.rejectFloat(start, form, countDecimals(`${scan.decimals}`, scan.decimals));
    }
    if (!decimalWithin(scan.value, form.min, form.max)) this.rejectFloat(start, form);
    if (command.target) {
      const value = decimalToRational(scan.value);
      // The reference keeps such a number as a GMP float; an exact fraction of it would not fit in memory.
      if (value === undefined) this.rejectFloat(start, form, `an exponent beyond ±${MAX_KEPT_EXPONENT} cannot be stored in a variable`);
      evaluator.assign(command.target, value);
    }
  }

  string(command: Body<'string'>): void {
    const { reader } = this;
    const expected = toByteString(this.evaluator.value(command.text), 'the argument of STRING');
    const start = reader.position;
    if (reader.slice(start, start + expected.length) !== expected) {
      const got = reader.atEnd ? 'end of file' : quoteBytes(reader.slice(start, start + Math.max(expected.length, 1)));
      this.reject(start, `expected ${quoteBytes(expected)}, got ${got}`);
    }
    reader.position += expected.length;
  }

  regex(command: Body<'regex'>): void {
    const { reader } = this;
    const pattern = toByteString(this.evaluator.value(command.pattern), 'the argument of REGEX');
    const length = this.compiled(pattern).longestMatch(reader.bytes, reader.position);
    if (length < 0) this.reject(reader.position, `expected text matching the regular expression ${quoteBytes(pattern)}, got ${reader.describeAt(reader.position)}`);
    const matched = reader.slice(reader.position, reader.position + length);
    reader.position += length;
    if (command.target) this.evaluator.assign(command.target, matched);
  }

  private compiled(pattern: string): CompiledRegex {
    let compiled = this.regexes.get(pattern);
    if (!compiled) {
      try {
        compiled = new CompiledRegex(pattern);
      } catch (error) {
        if (error instanceof RegexSyntaxError) throw new ProgramFault(`invalid regular expression ${quoteBytes(pattern)}: ${error.message}`);
        throw error;
      }
      this.regexes.set(pattern, compiled);
    }
    return compiled;
  }

  private decimalCount(expr: Expr, which: 'min' | 'max'): number {
    const count = toInteger(this.evaluator.value(expr), `FLOATP's ${which}decimals`);
    if (count < 0n || count > MAX_DECIMALS) throw new ProgramFault(`FLOATP's ${which}decimals ${count} is not in [0, ${MAX_DECIMALS}]`);
    return Number(count);
  }

  // Messages are built only on rejection, never in int() and float() themselves: those run once per number of an input.

  private rejectInteger(start: number, min: bigint, max: bigint, problem?: string): never {
    this.rejectNumber(start, `expected an integer in [${formatInteger(min)}, ${formatInteger(max)}]`, problem);
  }

  private rejectFloat(start: number, { min, max, notation, decimals }: FloatForm, problem?: string): never {
    const notationText = { any: '', fixed: 'fixed-point notation', scientific: 'scientific notation' }[notation];
    const decimalsText = decimals && countDecimals(decimals.min === decimals.max ? `${decimals.min}` : `${decimals.min} to ${decimals.max}`, decimals.max);
    const form = [notationText, decimalsText].filter(Boolean).join(', ');
    this.rejectNumber(start, `expected a float in [${formatRational(min)}, ${formatRational(max)}]${form ? ` (${form})` : ''}`, problem);
  }

  /**
   * Rejects the number that starts at `start`: `expected ..., got "007" (leading zeros are not allowed)`.
   * What was read is shown when it has a digit; otherwise ("-", nothing) the word found there.
   */
  private rejectNumber(start: number, expected: string, problem?: string): never {
    const { reader } = this;
    const token = reader.slice(start, reader.position);
    const got = /[0-9]/.test(token) ? quoteBytes(token, MAX_SHOWN_NUMBER_CHARS) : reader.describeAt(start);
    this.reject(start, `${expected}, got ${got}${problem ? ` (${problem})` : ''}`);
  }

  private reject(offset: number, message: string): never {
    throw new InputRejection(offset, message);
  }
}

/** "1 decimal", "0 to 5 decimals". */
function countDecimals(count: string, last: number): string {
  return `${count} decimal${last === 1 ? '' : 's'}`;
}
