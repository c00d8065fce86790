import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { DEFAULT_LIMITS, type Problem } from '../problem/model.js';
import { listSubmissions, unknownFolderReason } from './submissions.js';

afterEach(removeTempFolders);

function problemAt(dir: string, submissionsDir: string | null): Problem {
  return {
    name: 'p', dir, sourceFile: join(dir, 'problem.yaml'), format: 'kattis',
    limits: { ...DEFAULT_LIMITS, wallTimeMs: 2000 }, timeLimitSource: { kind: 'given' },
    checker: { name: 'kattis-default' }, interactor: null, inputValidators: [], submissionsDir, tests: [], invalidInputs: [],
  };
}

describe('listSubmissions', () => {
  it('every entry of every folder, accepted first, with its expectation; non-programs and stray files noted', async () => {
    const dir = await createTempFolder({
      'submissions/wrong_answer/b.py': 'print(1)',
      'submissions/accepted/z.cpp': 'int main() {}',
      'submissions/accepted/a.py': 'print(1)',
      'submissions/accepted/multi/main.py': 'import helper',
      'submissions/accepted/multi/helper.py': '',
      'submissions/accepted/README.md': '# notes',
      'submissions/accepted/.hidden.py': '',
      'submissions/tle_or_re/x.py': '',
      'submissions/submissions.yaml': 'accepted: {}',
      'submissions/notes.txt': '',
    });
    const listing = await listSubmissions(problemAt(dir, join(dir, 'submissions')));
    expect(listing.entries.map((entry) => [entry.shown, entry.expectation?.folder ?? null, entry.program?.language.id ?? null])).toEqual([
      ['submissions/accepted/a.py', 'accepted', 'python'],
      ['submissions/accepted/multi', 'accepted', 'python'],
      ['submissions/accepted/z.cpp', 'accepted', 'cpp'],
      ['submissions/wrong_answer/b.py', 'wrong_answer', 'python'],
      ['submissions/tle_or_re/x.py', null, null],
    ]);
    expect(listing.notes).toEqual([
      'submissions/notes.txt: not in a verdict folder, skipped',
      "submissions/submissions.yaml: not read by letscode; the folders' default rules apply",
      'submissions/accepted/README.md: not a program, skipped (it has the unknown extension ".md")',
    ]);
  });

  it('a problem without submissions says so', async () => {
    const dir = await createTempFolder({ 'problem.yaml': '' });
    expect(await listSubmissions(problemAt(dir, null))).toEqual({ entries: [], notes: ['no submissions/ (or solutions/) folder: nothing to judge'] });
  });
});

describe('unknownFolderReason', () => {
  it('suggests the folder meant, or lists the known ones', () => {
    expect(unknownFolderReason('wrong_anwser')).toBe('unknown folder wrong_anwser/ (did you mean wrong_answer?); not judged');
    expect(unknownFolderReason('slow')).toMatch(/^unknown folder slow\/ \(expected one of: accepted, wrong_answer, .*compile_error\); not judged$/);
  });
});
