// Golden cases: every input under __golden__/ run against its program, with the outcome
// (and message) its name and .expected file say. See __golden__/README.md for the files.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTestData, formatCtdOutcome, type CtdOutcome, type CtdRunOptions } from './index.js';
import { KEYWORDS } from './lexer.js';

const GOLDEN_DIR = fileURLToPath(new URL('./__golden__/', import.meta.url));
const CASE_FILE = /^([a-z0-9-]+)\.(?:ctd|options\.json|syntax\.expected|(valid|invalid|error)(-[a-z0-9-]+)?\.(in|expected))$/;

const files = readdirSync(GOLDEN_DIR).filter((file) => file !== 'README.md' && file !== '.gitattributes');
const programs = files.filter((file) => file.endsWith('.ctd')).map((file) => file.slice(0, -'.ctd'.length));

function read(file: string): string {
  return readFileSync(join(GOLDEN_DIR, file), 'utf8');
}

/** The .expected file without the newline editors add. */
function expectedMessage(file: string): string {
  return read(file).replace(/\r?\n$/, '');
}

function optionsOf(name: string): CtdRunOptions {
  const file = `${name}.options.json`;
  return existsSync(join(GOLDEN_DIR, file)) ? (JSON.parse(read(file)) as CtdRunOptions) : {};
}

describe('checktestdata golden cases', () => {
  it('are well formed: every file belongs to a program, every rejection has its message', () => {
    for (const file of files) {
      const match = CASE_FILE.exec(file);
      expect(match, file).not.toBeNull();
      expect(programs, file).toContain(match![1]);
      const [, name, verdict, label = '', extension] = match!;
      if (extension === 'expected') expect(files, file).toContain(`${name}.${verdict}${label}.in`);
      if (extension === 'in' && verdict !== 'valid') expect(files, file).toContain(`${name}.${verdict}${label}.expected`);
    }
    for (const name of programs) {
      const cases = files.filter((file) => file.startsWith(`${name}.`) && (file.endsWith('.in') || file.endsWith('.syntax.expected')));
      expect(cases.length, name).toBeGreaterThan(0);
    }
  });

  it('use every keyword of the language', () => {
    const sources = programs.map((name) => read(`${name}.ctd`)).join('\n');
    expect(KEYWORDS.filter((keyword) => !new RegExp(`\\b${keyword}\\b`).test(sources))).toEqual([]);
  });

  for (const name of programs) {
    const programFile = `${name}.ctd`;
    const program = read(programFile);
    const options = optionsOf(name);

    if (files.includes(`${name}.syntax.expected`)) {
      it(`${name}: syntax error`, () => {
        const outcome = checkTestData(program, programFile, '', options);
        expect(outcome).toMatchObject({ kind: 'error', cause: 'syntax' });
        expect(formatCtdOutcome(outcome, programFile)).toBe(expectedMessage(`${name}.syntax.expected`));
      });
      continue;
    }

    for (const input of files.filter((file) => file.startsWith(`${name}.`) && file.endsWith('.in'))) {
      const kind = CASE_FILE.exec(input)![2] as CtdOutcome['kind'];
      it(input, () => {
        const outcome = checkTestData(program, programFile, readFileSync(join(GOLDEN_DIR, input)), options);
        expect(formatCtdOutcome(outcome, programFile)).toBe(kind === 'valid' ? 'valid' : expectedMessage(input.replace(/\.in$/, '.expected')));
        expect(outcome.kind).toBe(kind);
        if (kind === 'error') expect(outcome).not.toMatchObject({ cause: 'syntax' });
      });
    }
  }
});
