// Inputs an input validator must reject, made from nothing (an empty file, binary bytes)
// or from a real input by one small change (a trailing space, a missing final newline,
// CRLF line endings, a leading zero, a huge number, an extra token, ...), as problemtools
// and BAPCtools do to find validators that are too lenient. Pure functions: what is run,
// and how the results read, is validate-junk.ts.
//
// A change that does not apply to an input (no number to pad, no final newline to drop)
// gives nothing; each change is made from the smallest input it applies to, so the runs
// stay cheap. Bytes are handled as latin1 text: every byte maps to one character and back.

export interface JunkInput {
  /** What was done, for messages: "a trailing space at the end of a line". */
  description: string;
  /** The test whose input it was made from; null for junk made from nothing. */
  from: string | null;
  data: Buffer;
}

/** A change of one input; null when it does not apply. */
type Mutation = (text: string) => string | null;

const INTEGER = /(^|[ \t\n])(-?)(\d+)(?=[ \t\r\n]|$)/;

const MUTATIONS: readonly [description: string, mutate: Mutation][] = [
  ['a trailing space at the end of a line', (text) => (text.includes('\n') ? text.replace('\n', ' \n') : null)],
  ['a space at the start of the input', (text) => (text.length > 0 ? ` ${text}` : null)],
  ['a tab instead of a space', (text) => (text.includes(' ') ? text.replace(' ', '\t') : null)],
  ['two spaces instead of one', (text) => (text.includes(' ') ? text.replace(' ', '  ') : null)],
  ['no newline at the end', (text) => (text.endsWith('\n') ? text.slice(0, -1) : null)],
  ['an empty line at the end', (text) => (text.endsWith('\n') ? `${text}\n` : null)],
  ['CRLF line endings', (text) => (text.includes('\n') && !text.includes('\r') ? text.replaceAll('\n', '\r\n') : null)],
  ['a leading zero on a number', (text) => (INTEGER.test(text) ? text.replace(INTEGER, (_, before: string, sign: string, digits: string) => `${before}${sign}0${digits}`) : null)],
  ['a huge number (10^30)', (text) => (INTEGER.test(text) ? text.replace(INTEGER, (_, before: string, sign: string) => `${before}${sign}1${'0'.repeat(30)}`) : null)],
  ['an extra token at the end of a line', (text) => (text.includes('\n') ? text.replace('\n', ' 1\n') : null)],
  ['a line of junk at the end', (text) => (text.endsWith('\n') ? `${text}letscode junk ~!@#\n` : null)],
];

/** Junk made from nothing: the same for every problem. */
export function fixedJunk(): JunkInput[] {
  return [
    { description: 'an empty file', from: null, data: Buffer.alloc(0) },
    { description: '1 KiB of random bytes', from: null, data: randomBytes(1024, 42) },
    { description: 'every printable ASCII character on one line', from: null, data: Buffer.from(`${printableAscii()}\n`, 'latin1') },
  ];
}

/**
 * Each change, made from the first input it applies to, in the order given (pass them
 * smallest first). Results equal to their source are dropped.
 */
export function mutatedJunk(inputs: readonly { test: string; data: Buffer }[]): JunkInput[] {
  const texts = inputs.map((input) => ({ test: input.test, text: input.data.toString('latin1') }));
  const junk: JunkInput[] = [];
  for (const [description, mutate] of MUTATIONS) {
    for (const { test, text } of texts) {
      const changed = mutate(text);
      if (changed === null || changed === text) continue;
      junk.push({ description, from: test, data: Buffer.from(changed, 'latin1') });
      break;
    }
  }
  return junk;
}

/** The junk that differs from every real input (an empty file is no junk when a test's input is empty). */
export function differingFrom(junk: readonly JunkInput[], realInputs: readonly Buffer[]): JunkInput[] {
  return junk.filter((item) => !realInputs.some((real) => real.equals(item.data)));
}

function printableAscii(): string {
  return Array.from({ length: 127 - 32 }, (_, i) => String.fromCharCode(32 + i)).join('');
}

/** Deterministic bytes (mulberry32): the same junk on every run, so a warning never comes and goes. */
function randomBytes(count: number, seed: number): Buffer {
  let state = seed >>> 0;
  const bytes = Buffer.alloc(count);
  for (let i = 0; i < count; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}
