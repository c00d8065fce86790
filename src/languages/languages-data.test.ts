import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { languagesData } from './languages-data.js';
import { runCommand } from './commands.js';
import { createRegistry, languages } from './registry.js';

const imagesDir = fileURLToPath(new URL('../../images/', import.meta.url));

describe('the shipped languages', () => {
  it('all pass validation', () => {
    expect(() => createRegistry(languagesData)).not.toThrow();
    expect(languages.all.map((language) => language.id)).toEqual([
      'c', 'cpp', 'cpp20', 'cpp23', 'python', 'pypy', 'javascript', 'typescript', 'java', 'go', 'rust', 'kotlin', 'csharp',
      'cpp-clang', 'scala', 'haskell', 'ocaml', 'lisp', 'prolog', 'pascal', 'fortran', 'ada', 'd', 'ruby', 'php', 'perl', 'lua', 'bash', 'r',
    ]);
  });

  it.each(languages.all.map((language) => [language.id, language] as const))('%s has an image whose Dockerfile starts FROM the base', (_id, language) => {
    const dockerfile = `${imagesDir}${language.image}/Dockerfile`;
    expect(existsSync(dockerfile)).toBe(true);
    const [first, second] = readFileSync(dockerfile, 'utf8').split('\n');
    expect([first, second]).toEqual(['ARG BASE_IMAGE=debian:bookworm-slim', 'FROM ${BASE_IMAGE}']);
  });

  it.each(languages.all.map((language) => [language.id, language] as const))('%s has an echo self-test and a compile step that catches syntax errors', (_id, language) => {
    expect(language.selfTest.output).toBe(language.selfTest.input);
    expect(language.selfTest.input).toBe('hello 42\n');
    expect(language.compile).not.toBeNull();
  });

  /** Runtimes with a heap cap of their own: past it they fail with their own message, which must read as MLE. */
  const MANAGED = ['java', 'kotlin', 'scala', 'javascript', 'typescript', 'go', 'csharp', 'pypy', 'haskell', 'lisp', 'prolog', 'php', 'r'];

  it.each(MANAGED)('%s caps its heap from the memory limit and names its out-of-memory message', (id) => {
    const language = languages.byName.get(id)!;
    const run = runCommand(language, { memoryBytes: 1000 * 1024 * 1024, classes: { mainClass: 'Main', fileClass: 'Main' } });
    const heapMiB = String(Math.floor(1000 * language.heapShare));
    expect(language.heapShare).toBeLessThan(1);
    expect([...run.argv, ...Object.values(run.env)].some((arg) => arg.includes(heapMiB))).toBe(true);
    expect(language.outOfMemoryMarkers.length).toBeGreaterThan(0);
  });

  it('precompiles bits/stdc++.h and iostream with the flags of every g++ entry', () => {
    const dockerfile = readFileSync(`${imagesDir}gcc/Dockerfile`, 'utf8');
    const standards = /for std in ([^;]+);/.exec(dockerfile)?.[1]?.trim().split(/\s+/) ?? [];
    const optimization = /g\+\+ -std=\$std (-O\d)(?: -w)? -x c\+\+-header/.exec(dockerfile)?.[1];
    expect(dockerfile).toMatch(/bits\/stdc\+\+\.h" \/usr\/include\/c\+\+\/12\/iostream;/);
    const gxx = languages.all.filter((language) => language.image === 'gcc' && language.compile?.[0] === 'g++');
    expect(gxx.map((language) => language.id)).toEqual(['cpp', 'cpp20', 'cpp23']);
    for (const language of gxx) {
      expect(language.compile, language.id).toContain(optimization);
      expect(standards, language.id).toContain(language.compile?.find((flag) => flag.startsWith('-std='))?.slice('-std='.length));
    }
  });
});
