// Tests whose inputs are byte for byte the same: usually a copy made by mistake (a test
// group that checks nothing new), a warning rather than an error. A file reached through
// symbolic links from several groups is one test reused on purpose (the format's way to
// share a test), so inputs that resolve to the same file count once. In an interactive
// problem the interactor reads the answer file too: tests differ when their answers do.

import { createHash } from 'node:crypto';
import { realpath, stat } from 'node:fs/promises';
import type { Problem, TestData } from '../problem/model.js';
import { readTestData } from '../problem/test-data.js';

export interface InputIdentity {
  test: string;
  /** Equal keys: the same test data. */
  key: string;
  /** The real file behind the input (symbolic links resolved); null for inline data. */
  file: string | null;
}

/** Groups of two or more tests with the same key, each file counted once, in test order. */
export function groupDuplicates(identities: readonly InputIdentity[]): string[][] {
  const byKey = new Map<string, InputIdentity[]>();
  for (const identity of identities) byKey.set(identity.key, [...(byKey.get(identity.key) ?? []), identity]);
  const groups: string[][] = [];
  for (const members of byKey.values()) {
    const files = new Set<string>();
    const distinct = members.filter((member) => {
      if (member.file === null) return true;
      if (files.has(member.file)) return false;
      files.add(member.file);
      return true;
    });
    if (distinct.length > 1) groups.push(distinct.map((member) => member.test));
  }
  return groups;
}

/** The tests of `problem` with byte-identical inputs (and answers, when interactive). */
export async function duplicateInputs(problem: Pick<Problem, 'tests' | 'interactor'>): Promise<string[][]> {
  // Only inputs of one size can be equal: most tests are never read.
  const sizes = await Promise.all(problem.tests.map((test) => sizeOf(test.input)));
  const counts = new Map<number, number>();
  for (const size of sizes) counts.set(size, (counts.get(size) ?? 0) + 1);
  const identities: InputIdentity[] = [];
  for (const [index, test] of problem.tests.entries()) {
    if (counts.get(sizes[index]!)! < 2) continue;
    const hash = createHash('sha256').update(await readTestData(test.input));
    if (problem.interactor !== null) hash.update('\0answer\0').update(await readTestData(test.answer));
    identities.push({ test: test.name, key: hash.digest('hex'), file: await realFile(test.input) });
  }
  return groupDuplicates(identities);
}

async function sizeOf(data: TestData): Promise<number> {
  if (data.kind === 'inline') return Buffer.byteLength(data.content);
  return (await stat(data.path).catch(() => null))?.size ?? -1;
}

async function realFile(data: TestData): Promise<string | null> {
  return data.kind === 'file' ? realpath(data.path).catch(() => data.path) : null;
}
