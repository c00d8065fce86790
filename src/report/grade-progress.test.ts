import { describe, expect, it } from 'vitest';
import { jsonReport, programItem, storedJudged } from '../grade/__fixtures__/grade-data.js';
import type { Spinner } from './spinner.js';
import { GradeProgress } from './grade-progress.js';
import { captureTerminal } from './testing.js';

const done = (student: string, verdicts: Parameters<typeof jsonReport>[0], index: number) => ({
  type: 'submission-done' as const,
  result: storedJudged(programItem(student, { key: 'a'.repeat(64) }), jsonReport(verdicts)),
  index,
  toJudge: 2,
});

describe('GradeProgress', () => {
  it('off a TTY: the counts, then one line per finished submission', () => {
    const captured = captureTerminal();
    const progress = new GradeProgress(captured.terminal, undefined, { quiet: false });
    progress.onEvent({ type: 'grade-start', submissions: 5, toJudge: 2, skipped: 2, notJudgeable: 1, damagedLines: 1 });
    progress.onEvent({ type: 'submission-start', student: 'alice', problem: 'sum', path: 'alice.cpp' });
    progress.onEvent(done('alice', ['AC', 'WA', 'AC'], 1));
    expect(captured.stderr()).toBe(
      'Grading 5 submissions: 2 submissions to judge, 2 already graded (skipped), 1 not judgeable\n' +
        'Ignored 1 damaged line in the results store (a run killed while writing)\n' +
        '[1/2] alice (sum): WA 2/3 tests\n',
    );
    expect(captured.stdout()).toBe('');
  });

  it('with --json off a TTY: nothing at all', () => {
    const captured = captureTerminal();
    const progress = new GradeProgress(captured.terminal, undefined, { quiet: true });
    progress.onEvent({ type: 'grade-start', submissions: 1, toJudge: 1, skipped: 0, notJudgeable: 0, damagedLines: 0 });
    progress.onEvent(done('alice', ['AC', 'AC', 'AC'], 1));
    expect(captured.stderr()).toBe('');
  });

  it('on a TTY: a bar with counts per verdict and an ETA at the pace so far', () => {
    const captured = captureTerminal();
    const spun: string[] = [];
    const lines: string[] = [];
    const spinner: Spinner = { spin: (text) => spun.push(text), succeed: (text) => lines.push(`ok ${text}`), fail: (text) => lines.push(`no ${text}`), stop: () => undefined };
    let nowMs = 0;
    const progress = new GradeProgress(captured.terminal, spinner, { quiet: false, now: () => nowMs });
    progress.onEvent({ type: 'grade-start', submissions: 2, toJudge: 2, skipped: 0, notJudgeable: 0, damagedLines: 0 });
    progress.onEvent({ type: 'submission-start', student: 'alice', problem: 'sum', path: 'alice.cpp' });
    nowMs = 4000;
    progress.onEvent(done('alice', ['AC', 'TLE', 'AC'], 1));
    expect(lines.at(-1)).toBe('no [1/2] alice (sum): TLE 2/3 tests');
    expect(spun.at(-1)).toBe(`${'█'.repeat(10)}${'░'.repeat(10)} 1/2 · TLE 1 · ETA 4.00 s`);
  });
});
