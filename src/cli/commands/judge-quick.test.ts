import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeReport, makeTest } from '../../judge/__fixtures__/judge-reports.js';
import type { JudgeEvent } from '../../judge/events.js';
import { UsageError } from '../../errors.js';
import { judgingStamp } from '../judging-stamp.js';
import type { JudgeInHelper } from '../../warm/helper-server.js';
import type { QuickJudgeMessage } from '../../warm/protocol.js';
import { quickJudgeHandler } from './judge-quick.js';

const home = mkdtempSync(join(tmpdir(), 'letscode-judge-quick-test-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const env = { HOME: home, XDG_CONFIG_HOME: join(home, 'config') };
const stamp = judgingStamp({ env, cwd: home });

function message(args: string[], extraEnv: Record<string, string> = {}): QuickJudgeMessage {
  const pipe = { isTTY: false, columns: 0 };
  return { type: 'quick-judge', buildId: 'b', cwd: home, argv: ['node', 'letscode', 'judge', ...args], env: { ...env, ...extraEnv }, stdout: pipe, stderr: pipe };
}

/** Runs the handler with a judge that reports `report` (or throws), recording what it printed and was asked. */
async function quick(args: string[], judged: (emit: (event: JudgeEvent) => void) => ReturnType<JudgeInHelper>, extraEnv: Record<string, string> = {}) {
  const printed = { stdout: '', stderr: '' };
  const requests: Parameters<JudgeInHelper>[0][] = [];
  const outcome = await quickJudgeHandler(stamp)(message(args, extraEnv), (stream, text) => (printed[stream] += text), (request, emit) => {
    requests.push(request);
    return judged(emit);
  });
  return { outcome, printed, requests };
}

const wrongAnswer = makeReport([makeTest({ index: 0, verdict: 'WA', detail: 'expected 3, got 4' })]);
const reportOf = (report: typeof wrongAnswer) => async (emit: (event: JudgeEvent) => void) => {
  emit({ type: 'judge-done', report });
  return report;
};

describe('quickJudgeHandler', () => {
  it('judges a plain judge command line and prints with the same reporters, for the command', async () => {
    const { outcome, printed, requests } = await quick(['--json', '-p', 'prob', 'sol.cpp', '-j', '1'], reportOf(wrongAnswer));
    expect(outcome).toEqual({ kind: 'exit', code: 1 });
    expect(requests).toEqual([{ cwd: home, job: expect.objectContaining({ solution: 'sol.cpp', problem: 'prob', json: true }), jobs: 1, compileCache: true }]);
    expect(JSON.parse(printed.stdout)).toMatchObject({ verdict: 'WA', tests: [{ verdict: 'WA' }] });
    expect(printed.stderr).toBe('');
  });

  it("prints a user's mistake as the CLI does: one line, its exit code", async () => {
    const { outcome, printed } = await quick(['nothing.cpp'], async () => {
      throw new UsageError('cannot read the solution nothing.cpp: no such file or folder (check the path)');
    });
    expect(outcome).toEqual({ kind: 'exit', code: 2 });
    expect(printed.stderr).toBe('error: cannot read the solution nothing.cpp: no such file or folder (check the path)\n');
  });

  it.each([
    ['help', ['--help']],
    ['a parse error', ['--bogus', 'sol.cpp']],
    ['no solution', []],
    ['--no-warm', ['--no-warm', 'sol.cpp']],
    ['--junit (a file named relative to the command)', ['--junit', 'out.xml', 'sol.cpp']],
  ])('leaves %s to the CLI, printing nothing', async (_what, args) => {
    const { outcome, printed, requests } = await quick(args, reportOf(wrongAnswer));
    expect(outcome.kind).toBe('fallback');
    expect([printed.stdout, printed.stderr, requests.length]).toEqual(['', '', 0]);
  });

  it('leaves a command that reads other languages files than the helper to the CLI', async () => {
    const file = join(home, 'contest.yaml');
    writeFileSync(file, 'c:\n  aliases: [cee]\n');
    expect((await quick(['--languages', file, 'sol.c'], reportOf(wrongAnswer))).outcome).toEqual({ kind: 'fallback', reason: 'other languages files or sandbox settings' });
    expect((await quick(['sol.c'], reportOf(wrongAnswer), { LETSCODE_LANGUAGES: file })).outcome.kind).toBe('fallback');
  });

  it('leaves a command with other sandbox settings (LETSCODE_PIN_CPU) to the CLI', async () => {
    expect((await quick(['sol.c'], reportOf(wrongAnswer), { LETSCODE_PIN_CPU: '0' })).outcome.kind).toBe('fallback');
  });
});
