// Runs a REGEX pattern at the input position and returns the longest match, which is
// what POSIX (and the reference, std::regex::extended) asks for: REGEX("a|ab") takes "ab"
// where a JavaScript RegExp would take "a". The pattern becomes a Thompson automaton that
// is run on all its states at once, so matching is linear in the bytes it reads; no
// pattern can make it backtrack for ever.

import { parseRegex, RegexSyntaxError, type ByteSet, type RegexNode } from './regex-parser.js';

const enum Kind {
  /** Consumes one byte of `sets[state]`, then goes to `next`. */
  Byte,
  /** Goes to `next` and to `other` without consuming. */
  Split,
  /** Goes to `next` only at the start of the match. */
  Start,
  /** Goes to `next` only at the end of the input. */
  End,
  Accept,
}

/** Automata larger than this are refused; "(a{1000}){1000}" would be a million states. */
export const MAX_STATES = 200_000;

export class CompiledRegex {
  private readonly kinds: Kind[] = [];
  private readonly nexts: number[] = [];
  private readonly others: number[] = [];
  private readonly sets: (ByteSet | undefined)[] = [];
  private readonly start: number;
  // Scratch for matching, kept between runs: a pattern is typically used once per line of input.
  private readonly seen: Uint32Array;
  private current: Int32Array;
  private next: Int32Array;
  private generation = 0;

  /** Throws a RegexSyntaxError for a pattern that is not a valid extended regular expression. */
  constructor(pattern: string) {
    const accept = this.add(Kind.Accept);
    this.start = this.compile(parseRegex(pattern), accept);
    this.seen = new Uint32Array(this.kinds.length);
    this.current = new Int32Array(this.kinds.length);
    this.next = new Int32Array(this.kinds.length);
  }

  /** Length of the longest match of the pattern at bytes[from...], or -1 when none. */
  longestMatch(bytes: Uint8Array, from: number): number {
    let matchEnd = -1;
    let currentCount = 0;
    this.generation++;
    // Follows the empty moves from `state` at `position`, collecting the byte-consuming states.
    const addClosure = (state: number, position: number, into: Int32Array, count: number): number => {
      const stack = [state];
      while (stack.length > 0) {
        const at = stack.pop()!;
        if (this.seen[at] === this.generation) continue;
        this.seen[at] = this.generation;
        switch (this.kinds[at]) {
          case Kind.Byte:
            into[count++] = at;
            break;
          case Kind.Split:
            stack.push(this.others[at]!, this.nexts[at]!);
            break;
          case Kind.Start:
            if (position === from) stack.push(this.nexts[at]!);
            break;
          case Kind.End:
            if (position === bytes.length) stack.push(this.nexts[at]!);
            break;
          case Kind.Accept:
            matchEnd = position;
            break;
        }
      }
      return count;
    };
    currentCount = addClosure(this.start, from, this.current, 0);
    for (let position = from; currentCount > 0 && position < bytes.length; position++) {
      const byte = bytes[position]!;
      this.generation++;
      let nextCount = 0;
      for (let index = 0; index < currentCount; index++) {
        const state = this.current[index]!;
        if (this.sets[state]![byte] === 1) nextCount = addClosure(this.nexts[state]!, position + 1, this.next, nextCount);
      }
      [this.current, this.next] = [this.next, this.current];
      currentCount = nextCount;
    }
    if (this.generation > 0xf0000000) {
      this.seen.fill(0);
      this.generation = 0;
    }
    return matchEnd === -1 ? -1 : matchEnd - from;
  }

  private add(kind: Kind, next = -1, other = -1, set?: ByteSet): number {
    if (this.kinds.length >= MAX_STATES) throw new RegexSyntaxError(`the pattern needs more than ${MAX_STATES} states`);
    this.kinds.push(kind);
    this.nexts.push(next);
    this.others.push(other);
    this.sets.push(set);
    return this.kinds.length - 1;
  }

  /** Builds `node` so that it continues to `next`; returns its first state. */
  private compile(node: RegexNode, next: number): number {
    switch (node.kind) {
      case 'bytes':
        return this.add(Kind.Byte, next, -1, node.set);
      case 'start':
        return this.add(Kind.Start, next);
      case 'end':
        return this.add(Kind.End, next);
      case 'sequence':
        return node.parts.reduceRight((continuation, part) => this.compile(part, continuation), next);
      case 'alternation':
        return node.options.map((option) => this.compile(option, next)).reduceRight((rest, option) => this.add(Kind.Split, option, rest));
      case 'repeat': {
        let first = next;
        if (node.max === Infinity) {
          const loop = this.add(Kind.Split, -1, next);
          this.nexts[loop] = this.compile(node.node, loop);
          first = loop;
        } else {
          for (let optional = node.min; optional < node.max; optional++) first = this.add(Kind.Split, this.compile(node.node, first), next);
        }
        for (let required = 0; required < node.min; required++) first = this.compile(node.node, first);
        return first;
      }
    }
  }
}
