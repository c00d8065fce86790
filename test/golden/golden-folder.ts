// One golden case is one folder of small text files; both golden suites (checkers,
// Kattis default validator) read their folders the same way: list the cases, read a file,
// check the verdict is one the suite knows, and take message.txt without its final newline.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The case folders under `casesDir`, sorted. */
export function goldenCaseNames(casesDir: string): string[] {
  return readdirSync(casesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export interface GoldenFolder {
  read(file: string): string;
  readIfPresent(file: string): string | undefined;
  /** verdict.txt, which must be one of `known`. */
  verdict<V extends string>(known: readonly V[]): V;
  /** message.txt without the newline editors add; undefined when absent. */
  message(): string | undefined;
}

export function goldenFolder(casesDir: string, name: string): GoldenFolder {
  const dir = join(casesDir, name);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const readIfPresent = (file: string) => (existsSync(join(dir, file)) ? read(file) : undefined);
  return {
    read,
    readIfPresent,
    verdict: <V extends string>(known: readonly V[]): V => {
      const verdict = read('verdict.txt').trim();
      if (!(known as readonly string[]).includes(verdict)) {
        throw new Error(`${name}/verdict.txt: expected one of ${known.join(', ')}, got ${JSON.stringify(verdict)}`);
      }
      return verdict as V;
    },
    message: () => readIfPresent('message.txt')?.replace(/\r?\n$/, ''),
  };
}
