// Judging a scoring problem without Docker: the report carries the score per group and in
// total, the JSON document adds score, maxScore and groups (a pass-fail one does not), and a
// Kattis validator's score.txt / score_multiplier.txt becomes a test's score or, when the
// problem forbids it there, a judge error.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeSandbox, type Respond } from '../execution/__fixtures__/fake-sandbox.js';
import { FEEDBACK_DIR, TEST_FILES } from '../execution/kattis-protocol.js';
import { languages, resolveLanguage } from '../languages/registry.js';
import type { TimedProblem } from '../problem/model.js';
import { group, spec, test } from '../problem/scoring/__fixtures__/trees.js';
import type { ScoringSpec } from '../problem/scoring/model.js';
import { doubling, doublingTests, inlineProblem, recordingServices } from './__fixtures__/fake-problem.js';
import { toJsonReport } from './judge-json.js';
import { judgeSolution } from './judge-solution.js';

const cpp = resolveLanguage(languages, 'cpp');
const folder = mkdtempSync(join(tmpdir(), 'letscode-scoring-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const validatorPath = join(folder, 'validate.py');
writeFileSync(validatorPath, 'import sys\n');

const batches: ScoringSpec = spec(group('', [
  group('first', [test('t1'), test('t2')], { score: { kind: 'all-or-nothing', points: 40 }, maxScore: 40 }),
  group('second', [test('t3'), test('t4')], { score: { kind: 'all-or-nothing', points: 60 }, maxScore: 60 }),
], { reported: false, maxScore: 100 }));

/** Doubles its input, but prints 0 for the inputs listed. */
function wrongOn(...inputs: number[]): Respond {
  return (spec, box) => (inputs.includes(Number(spec.stdin.toString())) ? { stdout: Buffer.from('0\n') } : doubling(spec, box));
}

async function judge(problem: TimedProblem, respond: Respond) {
  return judgeSolution({ problem, language: cpp, solution: { name: 'd.cpp', source: Buffer.from('x') }, jobs: 2 }, recordingServices(new FakeSandbox(respond)).services);
}

describe('a scoring problem\'s report', () => {
  it('scores each group and the total; --json adds score, maxScore and groups', async () => {
    const report = await judge(inlineProblem(doublingTests(4), { scoring: batches }), wrongOn(3));
    expect(report.verdict).toBe('WA');
    expect(report.score).toEqual({
      score: 40,
      maxScore: 100,
      groups: [{ name: 'first', score: 40, maxScore: 40, verdict: 'AC' }, { name: 'second', score: 0, maxScore: 60, verdict: 'WA' }],
      namedGroups: [{ name: 'first', score: 40, maxScore: 40, verdict: 'AC' }, { name: 'second', score: 0, maxScore: 60, verdict: 'WA' }],
    });
    const json = toJsonReport(report);
    expect(Object.keys(json)).toEqual(['verdict', 'score', 'maxScore', 'problem', 'language', 'solution', 'compile', 'groups', 'tests', 'totalMs']);
    expect(json).toMatchObject({ score: 40, maxScore: 100, groups: [{ name: 'first', score: 40, maxScore: 40, verdict: 'AC' }, { name: 'second', score: 0, maxScore: 60, verdict: 'WA' }] });
  });

  it('a pass-fail problem\'s report and JSON have no score at all', async () => {
    const report = await judge(inlineProblem(doublingTests(4)), wrongOn(3));
    expect('score' in report).toBe(false);
    expect(Object.keys(toJsonReport(report))).toEqual(['verdict', 'problem', 'language', 'solution', 'compile', 'tests', 'totalMs']);
    expect(Object.keys(toJsonReport(report).tests[0]!)).toEqual(['name', 'verdict', 'timeMs', 'wallMs', 'memoryBytes', 'exitCode', 'signal', 'detail', 'sample']);
  });

  it('a compile error scores 0 in every group', async () => {
    const sandbox = new FakeSandbox(doubling, () => ({ termination: { kind: 'exited', exitCode: 1 }, stderr: Buffer.from('error') }));
    const report = await judgeSolution({ problem: inlineProblem(doublingTests(4), { scoring: batches }), language: cpp, solution: { name: 'd.cpp', source: Buffer.from('x') }, jobs: 1 }, recordingServices(sandbox).services);
    expect(report.score).toMatchObject({ score: 0, groups: [{ verdict: 'CE', score: 0 }, { verdict: 'CE', score: 0 }] });
  });
});

describe('a validator\'s score files', () => {
  // One sum group of two tests worth 50 each, judged by a Kattis output validator.
  const summed = spec(group('secret', [test('t1', { acceptScore: 50, maxScore: 50, validatorScore: { kind: 'allowed', multiplier: true, required: false } }), test('t2', { acceptScore: 50, maxScore: 50, validatorScore: { kind: 'forbidden', reason: 'no scores here' } })], { maxScore: 100 }));
  const problem = inlineProblem(doublingTests(2), { checker: { name: 'external', protocol: 'kattis', program: { path: validatorPath } }, scoring: summed });

  /** The validator accepts, writing `files` to its feedback folder for the test whose input is `on`. */
  function validatorWriting(on: number, files: Record<string, string>): Respond {
    return (spec, box) => {
      if (!spec.argv.includes(TEST_FILES.input)) return doubling(spec, box);
      const input = Number(box.files.get(TEST_FILES.input)?.toString());
      box.trees.set(FEEDBACK_DIR, input === on ? Object.entries(files).map(([path, text]) => ({ path, mode: 0o644, data: Buffer.from(text) })) : []);
      return { termination: { kind: 'exited', exitCode: 42 } };
    };
  }

  it('score_multiplier.txt scales the test\'s maximum; the JSON test shows it', async () => {
    const report = await judge(problem, validatorWriting(1, { 'score_multiplier.txt': '0.5\n' }));
    expect(report.tests[0]).toMatchObject({ verdict: 'AC', validatorScore: 25 });
    expect(report.score?.score).toBe(75);
    expect(toJsonReport(report).tests[0]?.score).toBe(25);
  });

  it('a score file where the problem allows none is a judge error on that test', async () => {
    const report = await judge(problem, validatorWriting(2, { 'score.txt': '10' }));
    expect(report.tests[1]).toMatchObject({ verdict: 'JE', detail: 'the validator wrote score.txt, but no scores here' });
    expect(report.verdict).toBe('JE');
    expect(report.score?.score).toBeNull();
  });

  it('a pass-fail problem never reads them', async () => {
    const report = await judge({ ...problem, scoring: undefined }, validatorWriting(1, { 'score.txt': 'nonsense' }));
    expect(report.tests.map((each) => each.verdict)).toEqual(['AC', 'AC']);
    expect(report.tests[0]?.validatorScore).toBeUndefined();
  });
});
