// The one entry point: a package that asks for its time limit to be derived gets it
// before the solution is judged; a problem with a limit is judged as it is.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeSandbox } from '../execution/__fixtures__/fake-sandbox.js';
import { languages, resolveLanguage } from '../languages/registry.js';
import type { Problem } from '../problem/model.js';
import { doubling, doublingTests, inlineProblem, recordingServices } from './__fixtures__/fake-problem.js';
import { judgeProblem } from './judge-problem.js';

const folder = mkdtempSync(join(tmpdir(), 'letscode-judge-problem-test-'));
// The package's accepted submission, where Kattis packages keep them.
mkdirSync(join(folder, 'submissions/accepted'), { recursive: true });
const accepted = join(folder, 'submissions/accepted/double.py');
writeFileSync(accepted, 'print(2 * int(input()))\n');
// Siblings in languages letscode does not run: left out, never a reason to fail.
const python2 = join(folder, 'submissions/accepted/double_py2.py');
writeFileSync(python2, '#!/usr/bin/env python2\nprint 2 * int(raw_input())\n');
const swift = join(folder, 'submissions/accepted/double.swift');
writeFileSync(swift, 'print(2 * Int(readLine()!)!)\n');

beforeAll(() => vi.stubEnv('LETSCODE_CACHE_DIR', join(folder, 'cache')));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
});

const solution = { name: 'double.cpp', source: Buffer.from('int main(){}') };
const cpp = resolveLanguage(languages, 'cpp');

describe('judgeProblem', () => {
  it('derives a missing time limit from the accepted submissions, then judges under it', async () => {
    // The accepted submission takes 300 ms of CPU per test: x2, rounded up to the second.
    const sandbox = new FakeSandbox((spec, box) => ({ ...doubling(spec, box), cpuTimeMs: 300 }));
    const { services, events } = recordingServices(sandbox);
    const problem: Problem = {
      ...inlineProblem(doublingTests(2)),
      dir: folder,
      submissionsDir: join(folder, 'submissions'),
      timeLimitSource: { kind: 'derive', acceptedSubmissions: [accepted], acToTimeLimit: 2, resolutionMs: 1000 },
    };
    const report = await judgeProblem({ problem, language: cpp, solution, jobs: 1 }, services);
    expect(report.verdict).toBe('AC');
    expect(events.filter((event) => event.type === 'time-limit-derived')).toEqual([
      { type: 'time-limit-derived', timeLimitMs: 1000, slowestAcceptedMs: 300, submissions: 1, cached: false, skipped: [] },
    ]);
    // The accepted submission ran quietly; the solution's judge-start carries the derived limit.
    const starts = events.filter((event) => event.type === 'judge-start');
    expect(starts).toEqual([expect.objectContaining({ solution: 'double.cpp', timeLimitMs: 1000 })]);
  });

  it('leaves out accepted submissions in languages letscode does not run, and says so', async () => {
    const sandbox = new FakeSandbox((spec, box) => ({ ...doubling(spec, box), cpuTimeMs: 1200 }));
    const { services, events } = recordingServices(sandbox);
    const problem: Problem = {
      ...inlineProblem(doublingTests(1)),
      dir: folder,
      submissionsDir: join(folder, 'submissions'),
      timeLimitSource: { kind: 'derive', acceptedSubmissions: [swift, accepted, python2], acToTimeLimit: 2, resolutionMs: 1000 },
    };
    const report = await judgeProblem({ problem, language: cpp, solution, jobs: 1 }, services);
    expect(report.verdict).toBe('AC');
    expect(events.filter((event) => event.type === 'time-limit-derived')).toEqual([{
      type: 'time-limit-derived', timeLimitMs: 3000, slowestAcceptedMs: 1200, submissions: 1, cached: false,
      skipped: [
        { path: 'submissions/accepted/double.swift', reason: 'Swift, a language letscode does not run (see letscode languages)' },
        { path: 'submissions/accepted/double_py2.py', reason: 'Python 2 (its #! line names python2), and letscode runs Python 3' },
      ],
    }]);
  });

  it('refuses to derive from accepted submissions letscode can run none of', async () => {
    const { services } = recordingServices(new FakeSandbox(doubling));
    const problem: Problem = {
      ...inlineProblem(doublingTests(1)),
      dir: folder,
      sourceFile: join(folder, 'problem.yaml'),
      submissionsDir: join(folder, 'submissions'),
      timeLimitSource: { kind: 'derive', acceptedSubmissions: [python2], acToTimeLimit: 2, resolutionMs: 1000 },
    };
    await expect(judgeProblem({ problem, language: cpp, solution, jobs: 1 }, services)).rejects.toThrow(
      `${join(folder, 'problem.yaml')}: limits.time_limit: is not set, and no accepted submission is in a language letscode runs (Python 2 (its #! line names python2), and letscode runs Python 3) (set limits.time_limit, add an accepted submission letscode can run, or pass --time-limit)`,
    );
  });

  it('judges a problem with a time limit as it is, without deriving anything', async () => {
    const sandbox = new FakeSandbox(doubling);
    const { services, events } = recordingServices(sandbox);
    await judgeProblem({ problem: inlineProblem(doublingTests(1)), language: cpp, solution, jobs: 1 }, services);
    expect(events.some((event) => event.type === 'time-limit-derived')).toBe(false);
    expect(sandbox.runBoxes).toHaveLength(1);
  });
});
