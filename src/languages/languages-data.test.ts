import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { languagesData } from './languages-data.js';
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

  it('precompiles bits/stdc++.h with the flags of every g++ entry', () => {
    const dockerfile = readFileSync(`${imagesDir}gcc/Dockerfile`, 'utf8');
    const standards = /for std in ([^;]+);/.exec(dockerfile)?.[1]?.trim().split(/\s+/) ?? [];
    const optimization = /g\+\+ -std=\$std (-O\d) -x c\+\+-header/.exec(dockerfile)?.[1];
    const gxx = languages.all.filter((language) => language.image === 'gcc' && language.compile?.[0] === 'g++');
    expect(gxx.map((language) => language.id)).toEqual(['cpp', 'cpp20', 'cpp23']);
    for (const language of gxx) {
      expect(language.compile, language.id).toContain(optimization);
      expect(standards, language.id).toContain(language.compile?.find((flag) => flag.startsWith('-std='))?.slice('-std='.length));
    }
  });
});
