// Runs a REGEX pattern at the input position and returns the longest match, as POSIX
// asks: REGEX("a|ab") takes "ab" where a JavaScript RegExp would take "a". The pattern
// becomes a Thompson automaton that is run on all its states at once, so matching is
// linear in the bytes it reads and no pattern can make it backtrack for ever.
// The reference's libstdc++ backtracks: it takes the longest of alternatives, but a repeat
// greedily, keeping the first match the greedy choice leads to. The two differ only where
// a greedy repeat leads to a shorter match than a humbler one: "b?(bb)?" on "bb" is "bb"
// here and "b" there (patterns of validators, like "-?[0-9]+(\.[0-9]+)?", are not affected).

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
  private readonly stack: Int32Array;
  private current: Int32Array;
  private next: Int32Array;
  private generation = 0;
  /** Of the run under way: where it started, and the end of the longest match so far (-1 for none). */
  private from = 0;
  private matchEnd = -1;

  /** Throws a RegexSyntaxError for a pattern that is not a valid extended regular expression. */
  constructor(pattern: string) {
    const accept = this.add(Kind.Accept);
    this.start = this.compile(parseRegex(pattern), accept);
    const size = this.kinds.length;
    this.seen = new Uint32Array(size);
    // A state is pushed once per edge into it, and no state has more than two edges out.
    this.stack = new Int32Array(2 * size + 1);
    this.current = new Int32Array(size);
    this.next = new Int32Array(size);
  }

  /** Length of the longest match of the pattern at bytes[from...], or -1 when none. */
  longestMatch(bytes: Uint8Array, from: number): number {
    this.from = from;
    this.matchEnd = -1;
    this.nextGeneration();
    let count = this.addClosure(this.start, from, bytes.length, this.current, 0);
    for (let position = from; count > 0 && position < bytes.length; position++) {
      const byte = bytes[position]!;
      this.nextGeneration();
      let nextCount = 0;
      for (let index = 0; index < count; index++) {
        const state = this.current[index]!;
        if (this.sets[state]![byte] === 1) nextCount = this.addClosure(this.nexts[state]!, position + 1, bytes.length, this.next, nextCount);
      }
      [this.current, this.next] = [this.next, this.current];
      count = nextCount;
    }
    return this.matchEnd === -1 ? -1 : this.matchEnd - from;
  }

  /** Marks every state unseen, in O(1): a state is seen when its mark equals the generation. */
  private nextGeneration(): void {
    if (++this.generation === 0xffffffff) {
      this.seen.fill(0);
      this.generation = 1;
    }
  }

  /**
   * Follows the moves that consume nothing from `state` at `position`, putting the states
   * that consume a byte into `into` after its first `count`; returns the new count.
   */
  private addClosure(state: number, position: number, end: number, into: Int32Array, count: number): number {
    const { stack, seen, generation, kinds, nexts } = this;
    let height = 0;
    stack[height++] = state;
    while (height > 0) {
      const at = stack[--height]!;
      if (seen[at] === generation) continue;
      seen[at] = generation;
      switch (kinds[at]) {
        case Kind.Byte:
          into[count++] = at;
          break;
        case Kind.Split:
          stack[height++] = this.others[at]!;
          stack[height++] = nexts[at]!;
          break;
        case Kind.Start:
          if (position === this.from) stack[height++] = nexts[at]!;
          break;
        case Kind.End:
          if (position === end) stack[height++] = nexts[at]!;
          break;
        case Kind.Accept:
          this.matchEnd = position;
          break;
      }
    }
    return count;
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
