// BAPCtools' {seed}, {count} and {name} in a generator command, computed exactly as
// BAPCtools computes them, so a package generates the same data with either tool:
// {count} is replaced first; the seed is sha512(random_salt [+ ":" + (count - 1) when
// count != 1] + the command, trimmed) mod 2^31, the command still holding its {seed} or
// {seed:N} (so {seed:2} gives another seed); {name} becomes "testcase", the stem of the
// files a generator may write in its working folder.

import { createHash } from 'node:crypto';

const SEED = /\{seed(:[0-9]+)?\}/g;
const NAME = /\{name\}/g;
/** What {name} stands for: the generator may write testcase.in, testcase.ans in its folder. */
export const CASE_STEM = 'testcase';

export function withCount(command: string, count: number): string {
  return command.split('{count}').join(String(count));
}

export function seedFor(command: string, salt: string, count: number): number {
  const value = `${salt}${count === 1 ? '' : `:${count - 1}`}${command.trim()}`;
  const hex = createHash('sha512').update(value).digest('hex');
  return Number(BigInt(`0x${hex}`) % 2n ** 31n);
}

/** How many {seed} / {seed:N} the command holds (BAPCtools allows at most one). */
export function seedUses(command: string): number {
  return command.match(SEED)?.length ?? 0;
}

/** The program name and its arguments, split on whitespace (quoting is not supported, as in BAPCtools' docs), with {seed} and {name} filled in. */
export function splitCommand(command: string, seed: number): { program: string; args: string[] } {
  const [program = '', ...args] = command.trim().split(/\s+/);
  return { program, args: args.map((arg) => arg.replace(NAME, CASE_STEM).replace(SEED, String(seed))) };
}
