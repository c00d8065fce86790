// Folder solutions and Kotlin and C#: every folder under
// test/fixtures/e2e/multi-file/ (but `mixed`) is an accepted echo-sum solution in one
// language; `mixed` holds as many Python as JavaScript files, so only --lang can tell.

import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, judgeJson, leftoverContainers, letscode } from './cli.js';

const problemDir = join(fixturesDir, 'echo-sum');
const foldersDir = join(fixturesDir, 'multi-file');
const AMBIGUOUS = 'mixed';

/** Folder fixture -> the language name the report must show. */
const LANGUAGE_OF: Record<string, RegExp> = {
  c: /^C17/,
  cpp: /^C\+\+17/,
  csharp: /^C#/,
  go: /^Go/,
  java: /^Java/,
  'java-packages': /^Java/,
  'javascript-named': /^JavaScript/,
  kotlin: /^Kotlin/,
  'kotlin-packages': /^Kotlin/,
  python: /^Python/,
  rust: /^Rust/,
  typescript: /^TypeScript/,
};

const folders = readdirSync(foldersDir).filter((name) => name !== AMBIGUOUS && statSync(join(foldersDir, name)).isDirectory());

describe('folder solutions', () => {
  it('has a fixture folder for every language it expects, and no other', () => {
    expect(folders.sort()).toEqual(Object.keys(LANGUAGE_OF).sort());
  });

  for (const name of folders) {
    it(`multi-file/${name}/ is detected and accepted`, async () => {
      const { result, report } = await judgeJson(problemDir, join(foldersDir, name));
      expect(report.verdict, `${result.stderr}\n${report.compile.message}\n${JSON.stringify(report.tests, null, 1)}`).toBe('AC');
      expect(result.exitCode).toBe(0);
      expect(report.language).toMatch(LANGUAGE_OF[name]!);
      expect(report.tests).toHaveLength(3);
    });
  }

  it('a folder whose language cannot be told exits 2 with one line naming what it found', async () => {
    const result = await letscode(['judge', '-p', problemDir, join(foldersDir, AMBIGUOUS)]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/cannot tell the language of folder .*mixed: no language has the most files \(found 1 .*python file.*other files: \.txt\); pass --lang/);
  });

  it('--lang decides the language of a folder', async () => {
    for (const [lang, name] of [['python', /^Python/], ['js', /^JavaScript/]] as const) {
      const { result, report } = await judgeJson(problemDir, join(foldersDir, AMBIGUOUS), ['--lang', lang]);
      expect(report.verdict, result.stderr).toBe('AC');
      expect(report.language).toMatch(name);
    }
    const wrong = await letscode(['judge', '-p', problemDir, '--lang', 'rust', join(foldersDir, AMBIGUOUS)]);
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr.trim()).toMatch(/^error: folder .*mixed has no \.rs file for Rust.*--lang$/);
  });

  it('the compile cache sees a change in a file that is not the main one', async () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'letscode-multi-')), 'cpp');
    try {
      cpSync(join(foldersDir, 'cpp'), copy, { recursive: true });
      // Unique content, so an earlier run of this test cannot have filled the cache.
      writeFileSync(join(copy, 'helper.cpp'), `#include "helper.h"\n// ${Date.now()}\nstd::int64_t add(std::int64_t a, std::int64_t b) { return a + b; }\n`);
      const first = await judgeJson(problemDir, copy);
      expect(first.report.verdict).toBe('AC');
      expect(first.report.compile.cached).toBe(false);
      const again = await judgeJson(problemDir, copy);
      expect(again.report.compile.cached).toBe(true);

      writeFileSync(join(copy, 'helper.cpp'), `#include "helper.h"\nstd::int64_t add(std::int64_t a, std::int64_t b) { return a - b; }\n`);
      const edited = await judgeJson(problemDir, copy);
      expect(edited.report.compile.cached).toBe(false);
      expect(edited.report.verdict).toBe('WA');

      writeFileSync(join(copy, 'helper.h'), `#pragma once\n#include <cstdint>\n// a header is part of the key too\nstd::int64_t add(std::int64_t a, std::int64_t b);\n`);
      const header = await judgeJson(problemDir, copy);
      expect(header.report.compile.cached).toBe(false);
    } finally {
      rmSync(join(copy, '..'), { recursive: true, force: true });
    }
  });

  afterAll(async () => {
    expect(await leftoverContainers()).toEqual([]);
  });
});

describe('Kotlin and C#', () => {
  it('pass their self-tests in the real sandbox', async () => {
    const result = await letscode(['languages', 'test', 'kotlin', 'csharp']);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    for (const id of ['kotlin', 'csharp']) expect(result.stdout).toMatch(new RegExp(`│ ${id} +│ AC `));
  });

  it('report a type error as CE with the compiler message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'letscode-ce-'));
    try {
      const cases = [
        ['bad.kt', 'fun main() {\n    val x: Int = "s"\n}\n', /type mismatch/],
        ['bad.cs', 'class P { static void Main() { int x = "s"; } }\n', /error CS0029/],
      ] as const;
      for (const [file, source, message] of cases) {
        writeFileSync(join(dir, file), source);
        const { result, report } = await judgeJson(problemDir, join(dir, file));
        expect(report.verdict).toBe('CE');
        expect(result.exitCode).toBe(1);
        expect(report.compile.message).toMatch(message);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
