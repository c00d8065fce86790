// Scratch folders for tests that write files: fresh empty folders, or copies of fixture
// problems to edit and see what breaks. Each test file gets its own temporary root,
// removed after its tests, so a run leaves nothing in /tmp; every folder gets a fresh
// name, so one test's edits never leak into another's. Copies keep symlinks as links, so
// a package keeps the layout it was written with.

import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { repoRoot } from './cli.js';

export const kattisDir = join(repoRoot, 'test/fixtures/kattis');

/** Call at the top of a test file; returns a maker of fresh empty folders. */
export function scratchDirs(label: string): (name?: string) => string {
  const root = mkdtempSync(join(tmpdir(), `letscode-${label}-`));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let made = 0;
  return (name = 'dir') => {
    const dir = join(root, `${name}-${++made}`);
    mkdirSync(dir);
    return dir;
  };
}

/** Call at the top of a test file; returns copyOf(name, from = the Kattis fixtures). */
export function scratchCopies(label: string): (name: string, from?: string) => string {
  const scratchDir = scratchDirs(label);
  return (name, from = kattisDir) => {
    const dir = scratchDir(name);
    cpSync(join(from, name), dir, { recursive: true, verbatimSymlinks: true });
    return dir;
  };
}
