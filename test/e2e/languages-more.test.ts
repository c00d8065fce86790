// Every language beyond the first ten, judged in real containers on echo-sum with
// generous limits (test/fixtures/e2e/languages/problem.yaml): an accepted, a wrong and a
// non-compiling program each, under test/fixtures/e2e/languages/<language id>/<verdict folder>/. A variant (C++20, PyPy,
// clang) shares its language's extension, so it is named with --lang; every other file is
// detected as a user's would be (Prolog's accepted sum.pl by its clauses, not as Perl).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, judgeJson, leftoverContainers, letscode, solutionsIn, VERDICT_FOLDERS } from './cli.js';

const languagesDir = join(fixturesDir, 'languages');
const problemDir = languagesDir;
/** Covered by verdicts.test.ts and languages-extra.test.ts. */
const FIRST_TEN = ['c', 'cpp', 'python', 'javascript', 'typescript', 'java', 'go', 'rust', 'kotlin', 'csharp'];

interface ListedLanguage {
  id: string;
  name: string;
  variantOf: string | null;
  built: boolean | null;
}

let listed = new Map<string, ListedLanguage>();

beforeAll(async () => {
  const result = await letscode(['languages', '--json']);
  expect(result.exitCode, result.stderr).toBe(0);
  const document = JSON.parse(result.stdout) as { docker: boolean; languages: ListedLanguage[] };
  listed = new Map(document.languages.map((language) => [language.id, language]));
});

const fixtureIds = readdirSync(languagesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

describe('languages --json', () => {
  it('lists at least 25 languages, each with its image built by the e2e set-up', () => {
    expect(listed.size).toBeGreaterThanOrEqual(25);
    for (const language of listed.values()) expect(language.built, language.id).toBe(true);
  });

  it('has a fixture folder for every language beyond the first ten, and no other', () => {
    expect(fixtureIds).toEqual([...listed.keys()].filter((id) => !FIRST_TEN.includes(id)).sort());
  });
});

describe.each(fixtureIds)('%s on echo-sum', (id) => {
  const solutions = solutionsIn(join(languagesDir, id), VERDICT_FOLDERS);

  it('has an accepted, a wrong-answer and a compile-error program', () => {
    expect(solutions.map((solution) => solution.folder).sort()).toEqual(['accepted', 'compile_error', 'wrong_answer']);
  });

  it.each(solutions.map((solution) => [solution.name, solution] as const))('%s', async (_name, { file, expected }) => {
    const language = listed.get(id);
    const lang = language?.variantOf ? ['--lang', id] : [];
    const { result, report } = await judgeJson(problemDir, file, lang);
    expect(report.verdict, `${result.stderr}\n${report.compile.message}\n${JSON.stringify(report.tests, null, 1)}`).toBe(expected);
    expect(report.language).toBe(language?.name);
    expect(result.exitCode).toBe(expected === 'AC' ? 0 : 1);
    if (expected === 'CE') {
      expect(report.compile.message.trim()).not.toBe('');
      expect(report.tests).toEqual([]);
    } else {
      expect(report.tests).toHaveLength(3);
    }
  });
});

afterAll(async () => {
  expect(await leftoverContainers()).toEqual([]);
});
