// `letscode verify`: validate the inputs, then judge every example submission and check it
// gets what its folder promises. A good package exits 0 with a summary table; a wrong
// submission moved into accepted/ makes it exit 1 and is flagged; the interactive package
// and a native problem with solutions/ verify too.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, letscode, type CliResult } from './cli.js';
import { kattisDir, scratchCopies } from './scratch.js';

const copyOf = scratchCopies('verify');

interface VerifyJson {
  ok: boolean;
  timeLimitMs: number;
  derivedTimeLimit: { slowestAcceptedMs: number; submissions: number; cached: boolean } | null;
  validation: { ok: boolean; inputs: { input: string; result: string }[] } | null;
  submissions: { path: string; expected: string; verdict: string | null; ok: boolean; maxTimeMs: number | null; verdicts: Record<string, number>; message: string; warnings: string[] }[];
  notes: string[];
}

async function verifyJson(dir: string): Promise<{ result: CliResult; json: VerifyJson }> {
  const result = await letscode(['verify', '--json', dir]);
  try {
    return { result, json: JSON.parse(result.stdout) as VerifyJson };
  } catch {
    throw new Error(`stdout is not one JSON object (exit ${result.exitCode}):\n${result.stdout}\n--- stderr ---\n${result.stderr}`);
  }
}

describe('a good package (sum-groups)', () => {
  const dir = join(kattisDir, 'sum-groups');

  it('prints the validation, a submissions table and the result line, and exits 0', async () => {
    const result = await letscode(['verify', dir]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    const out = result.stdout;
    expect(out).toContain('Verified Sum of Groups: time limit 1.50 s');
    expect(out).toContain('Inputs: valid  6 inputs × 1 validator: every input valid');
    expect(out).toMatch(/submissions\/accepted\/sum\.cpp +│ accepted +│ AC 6 +│ +✓ +│/);
    expect(out).toMatch(/submissions\/wrong_answer\/overflow\.cpp +│ wrong_answer +│ AC 3 {2}WA 3 +│ +✓ +│/);
    expect(out).toMatch(/submissions\/time_limit_exceeded\/spin\.py +│ time_limit_exceeded +│ AC 3 {2}TLE 3 +│ +✓ +│/);
    expect(out).toMatch(/submissions\/run_time_error\/crash\.py +│ run_time_error +│ AC 5 {2}RE 1 +│ +✓ +│/);
    expect(out.trim().split('\n').at(-1)).toMatch(/^OK {2}inputs valid · 5\/5 submissions as expected · [\d.]+ m?s$/);
    // Progress goes to stderr, a plain line per submission off a TTY.
    expect(result.stderr).toContain('Judging submissions/time_limit_exceeded/spin.py (4/5) ...');
  });

  it('--json has {ok, submissions: [{path, expected, verdict, ok, maxTimeMs}]}', async () => {
    const { result, json } = await verifyJson(dir);
    expect(result.exitCode).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.timeLimitMs).toBe(1500);
    expect(json.validation?.ok).toBe(true);
    expect(json.submissions.map(({ path, expected, verdict, ok }) => ({ path, expected, verdict, ok }))).toEqual([
      { path: 'submissions/accepted/sum.cpp', expected: 'accepted', verdict: 'AC', ok: true },
      { path: 'submissions/accepted/sum.py', expected: 'accepted', verdict: 'AC', ok: true },
      { path: 'submissions/wrong_answer/overflow.cpp', expected: 'wrong_answer', verdict: 'WA', ok: true },
      { path: 'submissions/time_limit_exceeded/spin.py', expected: 'time_limit_exceeded', verdict: 'TLE', ok: true },
      { path: 'submissions/run_time_error/crash.py', expected: 'run_time_error', verdict: 'RE', ok: true },
    ]);
    for (const submission of json.submissions) expect(submission.maxTimeMs).toEqual(expect.any(Number));
    // time_limit_exceeded runs with 20% more time: too slow even then, so no warning.
    expect(json.submissions[3]?.maxTimeMs).toBeGreaterThan(1500);
    expect(json.submissions.flatMap((submission) => submission.warnings)).toEqual([]);
  });
});

describe('a wrong submission moved into accepted/', () => {
  it('fails verify (exit 1), flagged in the JSON and in the table', async () => {
    const dir = copyOf('sum-groups');
    renameSync(join(dir, 'submissions/wrong_answer/overflow.cpp'), join(dir, 'submissions/accepted/overflow.cpp'));
    const { result, json } = await verifyJson(dir);
    expect(result.exitCode).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.submissions.find((submission) => submission.path === 'submissions/accepted/overflow.cpp')).toMatchObject({
      expected: 'accepted',
      verdict: 'WA',
      ok: false,
      verdicts: { AC: 3, WA: 3 },
      message: expect.stringMatching(/^WA on secret\/group1\/02-big \(token 1: expected "6000000000"/),
    });
    expect(json.submissions.filter((submission) => !submission.ok)).toHaveLength(1);

    const text = await letscode(['verify', dir]);
    expect(text.exitCode).toBe(1);
    expect(text.stdout).toMatch(/submissions\/accepted\/overflow\.cpp +│ accepted +│ AC 3 {2}WA 3 +│ +✗ +│/);
    expect(text.stdout).toContain('✗ submissions/accepted/overflow.cpp: expected every test AC, got WA on secret/group1/02-big');
    expect(text.stdout.trim().split('\n').at(-1)).toMatch(/^FAILED {2}inputs valid · 1 of 5 submissions not as expected/);
  });

  it('an unknown folder is reported, not judged, and fails verify', async () => {
    const dir = copyOf('average');
    mkdirSync(join(dir, 'submissions/wrong_anwser'));
    renameSync(join(dir, 'submissions/wrong_answer/two_decimals.py'), join(dir, 'submissions/wrong_anwser/two_decimals.py'));
    const { result, json } = await verifyJson(dir);
    expect(result.exitCode).toBe(1);
    expect(json.submissions.at(-1)).toMatchObject({
      path: 'submissions/wrong_anwser/two_decimals.py',
      expected: 'wrong_anwser',
      verdict: null,
      ok: false,
      message: 'unknown folder wrong_anwser/ (did you mean wrong_answer?); not judged',
    });
  });
});

describe('the other packages', () => {
  it('guess (interactive) passes', async () => {
    const { result, json } = await verifyJson(join(kattisDir, 'guess'));
    expect(result.exitCode, JSON.stringify(json.submissions)).toBe(0);
    expect(json.validation).toBeNull();
    expect(json.submissions.map((submission) => [submission.expected, submission.verdict, submission.ok])).toEqual([
      ['accepted', 'AC', true],
      ['accepted', 'AC', true],
      ['wrong_answer', 'WA', true],
      ['time_limit_exceeded', 'TLE', true],
      ['run_time_error', 'RE', true],
    ]);
  });

  it('goldbach (2025-09): custom output validator, rejected/ and brute_force/, submissions.yaml, a README skipped with a note', async () => {
    const { result, json } = await verifyJson(join(kattisDir, 'goldbach'));
    expect(result.exitCode, JSON.stringify(json.submissions)).toBe(0);
    // brute_force/naive_primes.py must time out on secret/4-max: it runs with 20% more
    // time there, and is still too slow.
    expect(json.submissions[3]?.verdicts).toMatchObject({ TLE: 1 });
    expect(json.submissions[3]?.warnings).toEqual([]);
    expect(json.submissions.map((submission) => [submission.path, submission.ok])).toEqual([
      ['submissions/accepted/closest.cpp', true],
      ['submissions/accepted/smallest.py', true],
      ['submissions/wrong_answer/one_plus_rest.py', true],
      ['submissions/brute_force/naive_primes.py', true],
      ['submissions/rejected/two_plus_rest.py', true],
    ]);
    expect(json.submissions[4]?.verdicts).toEqual({ AC: 1, WA: 3, RE: 1 });
    expect(json.notes).toEqual(['submissions/brute_force/README.md: not a program, skipped (it has the unknown extension ".md")']);
  });

  it('goldbach with a submissions.yaml rule the submission breaks: exit 1, the rule named', async () => {
    const dir = copyOf('goldbach');
    const yamlFile = join(dir, 'submissions/submissions.yaml');
    writeFileSync(yamlFile, readFileSync(yamlFile, 'utf8').replace('message: 1 is not a prime', 'message: is not 10'));
    const result = await letscode(['verify', dir]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toMatch(/submissions\/wrong_answer\/one_plus_rest\.py +│ wrong_answer \+yaml +│ WA 5 +│ +✗ +│/);
    expect(result.stdout).toContain('✗ submissions/wrong_answer/one_plus_rest.py: submissions.yaml wrong_answer/one_plus_rest.py: no judge message contains "is not 10"');
  });

  it('goldbach with an @EXPECTED_RESULTS@ tag the submission does not meet: exit 1, the tag named', async () => {
    const dir = copyOf('goldbach');
    const file = join(dir, 'submissions/rejected/two_plus_rest.py');
    writeFileSync(file, readFileSync(file, 'utf8').replace('@EXPECTED_RESULTS@: WRONG-ANSWER', '@EXPECTED_RESULTS@: RUN-ERROR'));
    const result = await letscode(['verify', dir]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toMatch(/submissions\/rejected\/two_plus_rest\.py +│ rejected \+tag\+yaml +│ AC 1 {2}WA 3 {2}RE 1 +│ +✗ +│/);
    expect(result.stdout).toContain('✗ submissions/rejected/two_plus_rest.py: @EXPECTED_RESULTS@: final verdict WA on sample/1 (8 is not a prime), expected RE or MLE');
  });

  it('the time limit derivation reads accepted/ as submissions.yaml says (language), as verify does', async () => {
    const dir = copyOf('no-timelimit');
    writeFileSync(join(dir, 'submissions/submissions.yaml'), 'accepted/greet.py: { language: cpp }\n');
    const result = await letscode(['verify', dir]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(2);
    expect(result.stderr).toMatch(/submissions\/accepted\/greet\.py: this accepted submission gets CE, so no time limit can be derived/);
  });

  it('use_for_time_limit: false leaves an accepted submission out of the derived time limit', async () => {
    const dir = copyOf('no-timelimit');
    writeFileSync(join(dir, 'submissions/submissions.yaml'), 'accepted: { use_for_time_limit: false }\naccepted/greet.cpp: { use_for_time_limit: lower }\n');
    const result = await letscode(['verify', dir]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Verified Greetings: time limit 500 ms, derived from 1 accepted submission \(slowest \d+ ms\)$/m);
    writeFileSync(join(dir, 'submissions/submissions.yaml'), 'accepted: { use_for_time_limit: false }\n');
    const none = await letscode(['verify', dir]);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toMatch(/submissions\.yaml: leaves no accepted submission to derive the time limit from/);
  });

  it('a mistake in submissions.yaml is a problem-file error (exit 2) naming the key', async () => {
    const dir = copyOf('goldbach');
    writeFileSync(join(dir, 'submissions/submissions.yaml'), 'accepted:\n  permitted: [AC, TL]\n');
    const result = await letscode(['verify', dir]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/submissions\/submissions\.yaml: accepted\.permitted: the text "TL" is not a verdict/);
  });

  it('no-timelimit: the time limit is derived from the accepted submissions, and said so', async () => {
    const dir = copyOf('no-timelimit');
    const result = await letscode(['verify', dir]);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Verified Greetings: time limit 500 ms, derived from 2 accepted submissions \(slowest \d+ ms\)$/m);
    const { json } = await verifyJson(dir);
    expect(json).toMatchObject({ ok: true, timeLimitMs: 500, derivedTimeLimit: { submissions: 2, cached: true } });
  });

  it('bad-input: the submission is fine, the inputs are not (exit 1)', async () => {
    const { result, json } = await verifyJson(join(kattisDir, 'bad-input'));
    expect(result.exitCode).toBe(1);
    expect(json.validation?.ok).toBe(false);
    expect(json.submissions.every((submission) => submission.ok)).toBe(true);
  });

  it('a native problem with solutions/ (factor: testlib checker, presentation_error/)', async () => {
    const { result, json } = await verifyJson(join(fixturesDir, 'factor'));
    expect(result.exitCode, JSON.stringify(json.submissions)).toBe(0);
    expect(json.submissions.map((submission) => [submission.path, submission.verdict, submission.ok])).toEqual([
      ['solutions/accepted/largest_factor.py', 'AC', true],
      ['solutions/accepted/smallest_factor.cpp', 'AC', true],
      ['solutions/wrong_answer/one_times_n.py', 'WA', true],
      ['solutions/presentation_error/named.py', 'PE', true],
    ]);
  });
});
