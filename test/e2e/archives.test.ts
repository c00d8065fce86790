// Packages shaped like the contest archives problem-setters bring (test/fixtures/archives,
// after problemtools' examples and DOMjudge's example_problems): verify passes on each,
// every submission in a language letscode runs gets a verdict its folder or its
// @EXPECTED_RESULTS@ tag allows, and the ones in languages it does not run are skipped,
// never fatal, also when judging another solution derives the time limit.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letscode, repoRoot } from './cli.js';

const archivesDir = join(repoRoot, 'test/fixtures/archives');

interface VerifyJson {
  ok: boolean;
  timeLimitMs: number;
  derivedTimeLimit: { submissions: number; skipped: { path: string; reason: string }[] } | null;
  validation: { ok: boolean; answers: { verdict: string }[]; notes: string[] } | null;
  submissions: { path: string; verdict: string | null; ok: boolean; skipped: boolean; message: string }[];
}

async function verify(name: string): Promise<VerifyJson> {
  const result = await letscode(['verify', '--json', join(archivesDir, name)]);
  expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  const json = JSON.parse(result.stdout) as VerifyJson;
  expect(json.ok).toBe(true);
  for (const submission of json.submissions) expect(submission.ok || submission.skipped, `${submission.path}: ${submission.message}`).toBe(true);
  return json;
}

const skippedPaths = (json: VerifyJson) => json.submissions.filter((submission) => submission.skipped).map((submission) => submission.path);
const verdictOf = (json: VerifyJson, path: string) => json.submissions.find((submission) => submission.path === path)?.verdict;

const PYTHON2 = 'Python 2 (its #! line names python2), and letscode runs Python 3';
const SWIFT = 'Swift, a language letscode does not run (see letscode languages)';

describe('different (legacy, no limits, a C++ output validator with a header, Python 2 and Swift siblings)', () => {
  it('verifies: the time limit is derived without the submissions letscode cannot run, which are skipped', async () => {
    const json = await verify('different');
    expect(skippedPaths(json)).toEqual(['submissions/accepted/gap.swift', 'submissions/accepted/gap_py2.py']);
    expect(json.derivedTimeLimit).toMatchObject({
      submissions: 2,
      skipped: [{ path: 'submissions/accepted/gap.swift', reason: SWIFT }, { path: 'submissions/accepted/gap_py2.py', reason: PYTHON2 }],
    });
    expect(json.validation?.answers.map((answer) => answer.verdict)).toEqual(['accepted', 'accepted', 'accepted']);
  });

  it('judging another solution never fails because of them; the Python 2 file itself is refused with the reason', async () => {
    const dir = join(archivesDir, 'different');
    const other = await letscode(['judge', '-p', dir, join(dir, 'submissions/accepted/gap.c')]);
    expect(other.exitCode, other.stdout + other.stderr).toBe(0);
    const python2 = await letscode(['judge', '-p', dir, join(dir, 'submissions/accepted/gap_py2.py')]);
    expect(python2.exitCode).toBe(2);
    expect(python2.stderr).toContain(`gap_py2.py is ${PYTHON2}: pass --lang python to judge it as Python 3 anyway`);
  });
});

describe('the other archive shapes', () => {
  it('hello (legacy): the memory hog in run_time_error/ gets MLE, which the format calls a run-time error', async () => {
    const json = await verify('hello');
    expect(verdictOf(json, 'submissions/run_time_error/memory_limit.c')).toBe('MLE');
  });

  it('guess (2023-07-draft, interactive, the interactor a folder inside output_validator/)', async () => {
    const json = await verify('guess');
    expect(json.submissions.map((submission) => [submission.path, submission.verdict])).toEqual([
      ['submissions/accepted/binary_search.cpp', 'AC'],
      ['submissions/accepted/binary_search.py', 'AC'],
      ['submissions/wrong_answer/linear.py', 'WA'],
      ['submissions/time_limit_exceeded/no_flush.c', 'TLE'],
      ['submissions/run_time_error/crash_after_guess.c', 'RE'],
    ]);
  });

  it('oddecho (2023-07-draft, scoring groups, a validator folder reading its bounds from the groups\' flags)', async () => {
    const json = await verify('oddecho');
    expect(json.validation?.ok).toBe(true);
    expect(json.submissions.map((submission) => submission.verdict)).toEqual(['AC', 'AC', 'WA']);
  });

  it('domjudge-hello (no limits but .timelimit, tagged submissions): the 10 MiB flood is OLE, the endless one TLE, the hog MLE, multi-file sh and JS run, CHECK-MANUALLY and Swift skipped', async () => {
    const json = await verify('domjudge-hello');
    expect(verdictOf(json, 'submissions/output_limit/test-output-flood.cc')).toBe('OLE');
    // Judged as DOMjudge judges tagged submissions: output cut at the limit, the program runs on.
    expect(verdictOf(json, 'submissions/time_limit_exceeded/test-endless-output.c')).toBe('TLE');
    // A file only root may read, and threads with glibc's 2 MiB stacks (no stack rlimit).
    expect(verdictOf(json, 'submissions/wrong_answer/test-root-only-file.c')).toBe('WA');
    expect(verdictOf(json, 'submissions/accepted/test-thread-stack.c')).toBe('AC');
    expect(verdictOf(json, 'submissions/run_time_error/test-memsize.c')).toBe('MLE');
    expect(verdictOf(json, 'submissions/compiler_error/test-compile-error.c')).toBe('CE');
    expect(verdictOf(json, 'submissions/no_output/test-no-output.c')).toBe('WA');
    expect(verdictOf(json, 'submissions/accepted/test-package.java')).toBe('AC');
    // A script sources its sibling from the working directory, where it cannot write a file.
    expect(verdictOf(json, 'submissions/accepted/multifile-sh')).toBe('AC');
    expect(verdictOf(json, 'submissions/wrong_answer/test-write-cwd.c')).toBe('WA');
    // ES modules by package.json, the entry point by imports, every module syntax-checked.
    expect(verdictOf(json, 'submissions/accepted/multifile-js')).toBe('AC');
    expect(verdictOf(json, 'submissions/compiler_error/multifile-js')).toBe('CE');
    expect(skippedPaths(json)).toEqual(['submissions/accepted/test-hello.swift', 'submissions/check_manually/test-fork-parent-exit.c']);
  });
});
