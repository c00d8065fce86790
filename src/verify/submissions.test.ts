import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { DEFAULT_LIMITS, type Problem } from '../problem/model.js';
import { isFolderTypo, listSubmissions, unknownFolderReason } from './submissions.js';

afterEach(removeTempFolders);

function problemAt(dir: string, submissionsDir: string | null): Problem {
  return {
    name: 'p', dir, sourceFile: join(dir, 'problem.yaml'), format: 'kattis',
    limits: { ...DEFAULT_LIMITS, wallTimeMs: 2000 }, timeLimitSource: { kind: 'given' },
    checker: { name: 'kattis-default' }, interactor: null, inputValidators: [], submissionsDir, tests: [], invalidInputs: [], outputCases: [],
  };
}

function withTests(problem: Problem, ...names: string[]): Problem {
  const tests = names.map((name) => ({ name, input: { kind: 'inline' as const, content: '' }, answer: { kind: 'inline' as const, content: '' }, sample: false, checkerFlags: [], inputValidatorFlags: [] }));
  return { ...problem, tests };
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
      'submissions/notes.txt': '',
    });
    const listing = await listSubmissions(problemAt(dir, join(dir, 'submissions')));
    expect(listing.entries.map((entry) => [entry.shown, entry.expectation?.folder ?? null, entry.program?.language.id ?? null])).toEqual([
      ['submissions/accepted/a.py', 'accepted', 'pypy'],
      ['submissions/accepted/multi', 'accepted', 'pypy'],
      ['submissions/accepted/z.cpp', 'accepted', 'cpp'],
      ['submissions/wrong_answer/b.py', 'wrong_answer', 'pypy'],
      ['submissions/tle_or_re/x.py', null, null],
    ]);
    expect(listing.notes).toEqual([
      'submissions/notes.txt: not in a verdict folder, skipped',
      'submissions/accepted/README.md: not a program, skipped (it has the unknown extension ".md")',
    ]);
  });

  it('reads submissions.yaml: a custom folder is judged by its rules, language overrides the extension, odd keys noted', async () => {
    const dir = await createTempFolder({
      'submissions/accepted/a.py': 'print(1)',
      'submissions/mixed/slow_on_big.py': 'print(1)',
      'submissions/mixed/script.txt': 'print(1)',
      'submissions/submissions.yaml': [
        'mixed:',
        '  secret/big: { permitted: [AC, TLE], required: [TLE] }',
        '  score: 50',
        'mixed/script.txt: { language: python3 }',
        'accepted/gone.cpp: { permitted: [AC] }',
      ].join('\n'),
    });
    const listing = await listSubmissions(withTests(problemAt(dir, join(dir, 'submissions')), 'sample/1', 'secret/big/1'));
    expect(listing.entries.map((entry) => [entry.shown, entry.expectation?.description ?? null, entry.program?.language.id ?? null])).toEqual([
      ['submissions/accepted/a.py', 'every test AC', 'pypy'],
      ['submissions/mixed/script.txt', 'on secret/big: only AC or TLE, some TLE', 'python'],
      ['submissions/mixed/slow_on_big.py', 'on secret/big: only AC or TLE, some TLE', 'pypy'],
    ]);
    expect(listing.notes).toEqual([
      'submissions/submissions.yaml: mixed.score is not checked by letscode',
      'submissions/submissions.yaml: accepted/gone.cpp matches no submission',
    ]);
  });

  it('an @EXPECTED_RESULTS@ tag makes a submission in any folder judgeable; an unknown result is a problem-file error', async () => {
    const dir = await createTempFolder({
      'submissions/misc/slow.py': '# @EXPECTED_RESULTS@: TIMELIMIT, WRONG-ANSWER\nwhile True: pass\n',
      'submissions/misc/untagged.py': 'print(1)\n',
    });
    const listing = await listSubmissions(problemAt(dir, join(dir, 'submissions')));
    expect(listing.entries.map((entry) => [entry.shown, entry.expectation?.description ?? null, entry.program?.language.id ?? null])).toEqual([
      ['submissions/misc/slow.py', 'final verdict TLE or WA', 'pypy'],
      ['submissions/misc/untagged.py', null, null],
    ]);
    // ACCEPTED was this test's typo until DOMjudge's remapped names (ACCEPTED = CORRECT) were read.
    const typo = await createTempFolder({ 'submissions/accepted/a.py': '# @EXPECTED_RESULTS@: ACCEPTD\n' });
    await expect(listSubmissions(problemAt(typo, join(typo, 'submissions')))).rejects.toThrow(/submissions\/accepted\/a\.py: @EXPECTED_RESULTS@: "ACCEPTD" is not a result \(use CORRECT, WRONG-ANSWER, /);
  });

  it('lists programs in languages letscode does not run, and CHECK-MANUALLY tags, as skipped with the reason', async () => {
    const dir = await createTempFolder({
      'submissions/accepted/sum_py2.py': '#!/usr/bin/env python2\nprint sum(map(int, raw_input().split()))\n',
      'submissions/accepted/sum.swift': 'print(1)\n',
      'submissions/accepted/zig/main.zig': 'pub fn main() void {}\n',
      'submissions/accepted/sum_py3.py': '#!/usr/bin/env python3\nprint(1)\n',
      'submissions/check_manually/fork.c': '/* @EXPECTED_RESULTS@: CHECK-MANUALLY */\nint main() {}\n',
      'submissions/misc/tagged.swift': '// @EXPECTED_RESULTS@: CORRECT\nprint(1)\n',
    });
    const listing = await listSubmissions(problemAt(dir, join(dir, 'submissions')));
    expect(listing.entries.map((entry) => [entry.shown, entry.program?.language.id ?? null, entry.skipped])).toEqual([
      ['submissions/accepted/sum.swift', null, 'Swift, a language letscode does not run (see letscode languages)'],
      ['submissions/accepted/sum_py2.py', null, 'Python 2 (its #! line names python2), and letscode runs Python 3'],
      // A Kattis package runs Python 3 on PyPy 3, as Kattis does.
      ['submissions/accepted/sum_py3.py', 'pypy', null],
      ['submissions/accepted/zig', null, 'Zig, a language letscode does not run (see letscode languages)'],
      ['submissions/check_manually/fork.c', null, '@EXPECTED_RESULTS@: CHECK-MANUALLY, a submission DOMjudge leaves to be checked by hand'],
      // A tag is read from a program letscode cannot run too: it says the submission is one.
      ['submissions/misc/tagged.swift', null, 'Swift, a language letscode does not run (see letscode languages)'],
    ]);
    expect(listing.notes).toEqual([]);
  });

  it('a test glob that matches no test is a mistake, said before anything is judged', async () => {
    const dir = await createTempFolder({ 'submissions/accepted/a.py': '', 'submissions/submissions.yaml': 'accepted:\n  secret/grp1: { permitted: [AC] }\n' });
    await expect(listSubmissions(withTests(problemAt(dir, join(dir, 'submissions')), 'sample/1', 'secret/group1/01'))).rejects.toThrow(
      /submissions\.yaml: accepted\.secret\/grp1: matches no test \(test globs are paths under data\/ without the extension, like sample\/1, secret\/group1\/01\)$/,
    );
  });

  it('a mistake in submissions.yaml names the key and the fix', async () => {
    const dir = await createTempFolder({ 'submissions/accepted/a.py': '', 'submissions/submissions.yaml': 'accepted:\n  permitted: [AC, TL]\n' });
    await expect(listSubmissions(problemAt(dir, join(dir, 'submissions')))).rejects.toThrow(/submissions\.yaml: accepted\.permitted: the text "TL" is not a verdict \(use AC, WA, TLE or RTE; letscode also knows RE, MLE, OLE, PE and CE\)$/);
  });

  it('a problem without submissions says so', async () => {
    const dir = await createTempFolder({ 'problem.yaml': '' });
    expect(await listSubmissions(problemAt(dir, null))).toEqual({ entries: [], notes: ['no submissions/ (or solutions/) folder: nothing to judge'] });
  });
});

describe('isFolderTypo', () => {
  it('a near miss of a known folder is a typo; other folders are passed over as problemtools does', () => {
    expect(['wrong_anwser', 'acepted', 'slow_accepted', 'other', 'partially_accepted'].map((folder) => isFolderTypo(folder))).toEqual([true, true, false, false, false]);
  });
});

describe('unknownFolderReason', () => {
  it('suggests the folder meant, or lists the known ones', () => {
    expect(unknownFolderReason('wrong_anwser')).toBe('unknown folder wrong_anwser/ (did you mean wrong_answer?); not judged');
    expect(unknownFolderReason('slow')).toBe('unknown folder slow/, and no submissions.yaml key or @EXPECTED_RESULTS@ tag for this submission; not judged');
  });
});
