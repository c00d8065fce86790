import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contestLanguageOf } from './contest-languages.js';
import { readProgramOrSkip, unrunnableReason } from './program-reading.js';

const PYTHON = { extensions: ['.py'] };
const PYTHON2 = 'Python 2 (its #! line names python2), and letscode runs Python 3';

describe('unrunnableReason', () => {
  it.each([
    ['#!/usr/bin/env python2\nprint 1\n', PYTHON2],
    ['#!/usr/bin/python2.7\nprint 1\n', PYTHON2],
    ['#! /usr/bin/python3\nprint(1)\n', null],
    ['#!/usr/bin/env python\nprint(1)\n', null],
    // problemtools decides by the #! line alone: a print statement does not make Python 2.
    ['print 1\n', null],
    ['x = 1\n#!/usr/bin/env python2\n', null],
  ])('%j', (text, expected) => {
    expect(unrunnableReason(PYTHON, Buffer.from(text))).toBe(expected);
  });

  it('is only about Python', () => {
    expect(unrunnableReason({ extensions: ['.c'] }, Buffer.from('#!/usr/bin/env python2\n'))).toBeNull();
  });

  it('reads every Python file of a folder: python2 wins unless one says python3', () => {
    const folder = (...firstLines: string[]) => ({ name: 'sol', files: firstLines.map((line, i) => ({ path: `f${i}.py`, data: Buffer.from(`${line}\n`) })) });
    expect(unrunnableReason(PYTHON, folder('#!/usr/bin/env python2', 'import sys'))).toBe(PYTHON2);
    expect(unrunnableReason(PYTHON, folder('#!/usr/bin/env python2', '#!/usr/bin/env python3'))).toBeNull();
  });
});

describe('contestLanguageOf', () => {
  it('names the contest languages of an extension, in any case', () => {
    expect(contestLanguageOf('.hs')).toBe('Haskell');
    expect(contestLanguageOf('.R')).toBe('R');
    expect(contestLanguageOf('.pl')).toBe('Perl or Prolog');
    expect(contestLanguageOf('.md')).toBeNull();
  });
});

describe('readProgramOrSkip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'letscode-program-reading-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('a program letscode runs', async () => {
    expect(await readProgramOrSkip(write('a.py', 'print(1)\n'), 'a.py', undefined)).toMatchObject({ kind: 'program', language: { id: 'python' } });
  });

  it('an .mjs file keeps its name (Node runs it as an ES module only under that name)', async () => {
    const reading = await readProgramOrSkip(write('esm/sol.mjs', 'import fs from "fs";\n'), 'sol.mjs', undefined);
    expect(reading).toMatchObject({ kind: 'program', language: { id: 'javascript' }, source: { name: 'esm', files: [{ path: 'sol.mjs' }] } });
    expect(await readProgramOrSkip(write('esm/sol.js', 'console.log(1)\n'), 'sol.js', undefined)).toMatchObject({ kind: 'program', source: Buffer.from('console.log(1)\n') });
  });

  it('Python 2 by its #! line, unless a language is given', async () => {
    const path = write('b.py', '#!/usr/bin/env python2\nprint 1\n');
    expect(await readProgramOrSkip(path, 'b.py', undefined)).toEqual({ kind: 'unsupported', reason: PYTHON2, source: Buffer.from('#!/usr/bin/env python2\nprint 1\n') });
    expect(await readProgramOrSkip(path, 'b.py', 'python')).toMatchObject({ kind: 'program' });
  });

  it('a file or folder in a contest language letscode lacks', async () => {
    expect(await readProgramOrSkip(write('c.swift', 'print(1)\n'), 'c.swift', undefined)).toMatchObject({ kind: 'unsupported', reason: 'Swift, a language letscode does not run (see letscode languages)' });
    write('zig/main.zig', 'pub fn main() void {}\n');
    write('zig/notes.txt', 'x\n');
    expect(await readProgramOrSkip(join(dir, 'zig'), 'zig', undefined)).toEqual({ kind: 'unsupported', reason: 'Zig, a language letscode does not run (see letscode languages)', source: null });
  });

  it('a folder in a language letscode has that it cannot run as it is: the registry says why', async () => {
    write('pyfolder/a.py', 'print(1)\n');
    write('pyfolder/b.py', 'print(2)\n');
    const reading = await readProgramOrSkip(join(dir, 'pyfolder'), 'pyfolder', undefined);
    expect(reading).toMatchObject({ kind: 'unsupported', reason: expect.stringMatching(/cannot tell the main file of folder pyfolder/) });
  });

  it('not a program', async () => {
    expect(await readProgramOrSkip(write('README.md', '# notes\n'), 'README.md', undefined)).toEqual({ kind: 'not-a-program', reason: 'it has the unknown extension ".md"' });
  });
});
