import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { languagesData } from './languages-data.js';
import { createRegistry, languages } from './registry.js';

const imagesDir = fileURLToPath(new URL('../../images/', import.meta.url));

describe('the shipped languages', () => {
  it('all pass validation', () => {
    expect(() => createRegistry(languagesData)).not.toThrow();
    expect(languages.all.map((language) => language.id)).toEqual(['c', 'cpp', 'python', 'javascript', 'typescript', 'java', 'go', 'rust', 'kotlin', 'csharp']);
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

  it('precompiles bits/stdc++.h with the flags the cpp entry compiles with', () => {
    const dockerfile = readFileSync(`${imagesDir}gcc/Dockerfile`, 'utf8');
    const flags = /g\+\+ (-std=\S+) (-O\d) -x c\+\+-header/.exec(dockerfile)?.slice(1);
    const cpp = languages.byName.get('cpp');
    expect(flags).toHaveLength(2);
    for (const flag of flags ?? []) expect(cpp?.compile).toContain(flag);
  });
});
