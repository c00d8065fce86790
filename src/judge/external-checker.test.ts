// A problem's checker program, judged without Docker: what each exit code of a Kattis
// output validator (42/43) and of a testlib checker (0/1/2/3/7) makes of a test.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExternalCheckerSpec } from '../checkers/checker.js';
import { FakeSandbox, type Respond } from '../execution/__fixtures__/fake-sandbox.js';
import { FEEDBACK_DIR, TEST_FILES } from '../execution/kattis-protocol.js';
import { languages, resolveLanguage } from '../languages/registry.js';
import type { RunResult } from '../sandbox/sandbox.js';
import { doubling, doublingTests, inlineProblem, recordingServices } from './__fixtures__/fake-problem.js';
import { judgeSolution } from './judge-solution.js';

const folder = mkdtempSync(join(tmpdir(), 'letscode-checker-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const checkerPath = join(folder, 'check.py');
writeFileSync(checkerPath, 'import sys\n');

const exited = (exitCode: number): Partial<RunResult> => ({ termination: { kind: 'exited', exitCode } });

/** Solution boxes double their input; checker boxes answer with `checker` (they get the test's files as arguments). */
function sandboxWith(checker: Respond): FakeSandbox {
  return new FakeSandbox((spec, box) => (spec.argv.includes(TEST_FILES.input) ? checker(spec, box) : doubling(spec, box)));
}

async function judgeWith(protocol: ExternalCheckerSpec['protocol'], checker: Respond) {
  const problem = inlineProblem(doublingTests(1), { checker: { name: 'external', protocol, program: { path: checkerPath } } });
  const sandbox = sandboxWith(checker);
  const report = await judgeSolution({ problem, language: resolveLanguage(languages, 'cpp'), solution: { name: 'd.cpp', source: Buffer.from('x') }, jobs: 1 }, recordingServices(sandbox).services);
  return { test: report.tests[0]!, verdict: report.verdict, sandbox };
}

describe('Kattis output validator', () => {
  it('is started as `validator input answer feedback_dir/ < output`', async () => {
    let seen: { argv: string[]; stdin: string; cwd: string } | undefined;
    await judgeWith('kattis', (spec) => {
      seen = { argv: spec.argv, stdin: spec.stdin.toString(), cwd: spec.cwd };
      return exited(42);
    });
    expect(seen).toEqual({ argv: ['python3', '/box/solution.py', TEST_FILES.input, TEST_FILES.answer, `${FEEDBACK_DIR}/`], stdin: '2\n', cwd: FEEDBACK_DIR });
  });

  it('42 is AC, 43 is WA with judgemessage.txt as the detail', async () => {
    expect((await judgeWith('kattis', () => exited(42))).test.verdict).toBe('AC');
    const { test } = await judgeWith('kattis', (_, box) => {
      box.trees.set(FEEDBACK_DIR, [{ path: 'judgemessage.txt', mode: 0o644, data: Buffer.from('wrong sum on line 1\n') }]);
      return exited(43);
    });
    expect(test).toMatchObject({ verdict: 'WA', detail: 'wrong sum on line 1', judgeMessage: 'wrong sum on line 1' });
  });

  it('any other ending is the validator\'s failure: a judge error, never the contestant\'s', async () => {
    expect((await judgeWith('kattis', () => exited(1))).test).toMatchObject({ verdict: 'JE', detail: 'the output validator exited with 1' });
    const killed = await judgeWith('kattis', () => ({ termination: { kind: 'signaled', signal: 'SIGSEGV' } }));
    expect(killed.test).toMatchObject({ verdict: 'JE', detail: 'the output validator was killed by SIGSEGV' });
    expect(killed.verdict).toBe('JE');
  });
});

describe('testlib checker', () => {
  const said = (exitCode: number, comment: string): Respond => () => ({ ...exited(exitCode), stderr: Buffer.from(comment) });

  it('is started as `checker input output answer`', async () => {
    let argv: string[] = [];
    await judgeWith('testlib', (spec) => {
      argv = spec.argv;
      return exited(0);
    });
    expect(argv).toEqual(['python3', '/box/solution.py', TEST_FILES.input, TEST_FILES.output, TEST_FILES.answer]);
  });

  it('0 AC, 1 WA, 2 PE, 7 partial (WA), 3 and anything else a judge error', async () => {
    const cases: [number, string, string][] = [
      [0, 'AC', ''],
      [1, 'WA', 'wrong answer 1st numbers differ'],
      [2, 'PE', 'presentation error'],
      [7, 'WA', 'partially correct: points 0.5'],
      [3, 'JE', 'the checker exited with 3: FAIL answer file is broken'],
    ];
    for (const [code, verdict, detail] of cases) {
      const comment = code === 7 ? 'points 0.5' : code === 3 ? 'FAIL answer file is broken' : detail;
      const { test } = await judgeWith('testlib', said(code, comment));
      expect([code, test.verdict, test.detail]).toEqual([code, verdict, detail]);
    }
  });

  it('removes the checker\'s boxes with the solution\'s', async () => {
    const { sandbox } = await judgeWith('testlib', () => exited(0));
    expect(sandbox.boxes.length).toBeGreaterThan(2);
    expect(sandbox.boxes.every((box) => box.disposed)).toBe(true);
  });
});
