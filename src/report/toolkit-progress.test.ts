import { describe, expect, it } from 'vitest';
import { submissionExpectation } from '../problem/submissions/submission-rules.js';
import { captureTerminal } from './testing.js';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';
import { ToolkitProgress } from './toolkit-progress.js';

async function drive(quiet: boolean): Promise<string> {
  const captured = captureTerminal();
  const progress = await ToolkitProgress.create(captured.terminal, { quiet });
  progress.onEvent({ type: 'validate-start', validators: 1, tests: 2 });
  progress.onEvent({ type: 'input-checked', result: { result: 'valid', message: '', test: 't1', input: 'data/t1.in', validator: 'v.py' } });
  progress.onJudgeEvent({ type: 'image-build-start', image: 'letscode-gcc', language: 'C++' });
  progress.onJudgeEvent({ type: 'image-build-done', image: 'letscode-gcc', durationMs: 1200 });
  progress.onEvent({ type: 'submission-start', path: 'submissions/accepted/a.cpp', index: 0, total: 2, testCount: 1 });
  progress.onJudgeEvent({ type: 'test-done', result: makeTest({ index: 0 }) });
  progress.onEvent({
    type: 'submission-done',
    outcome: { path: 'submissions/accepted/a.cpp', folder: 'accepted', expectation: submissionExpectation('accepted/a.cpp', []), report: makeReport([makeTest({ index: 0 })]), check: { kind: 'met' }, warnings: [] },
  });
  progress.onJudgeEvent({ type: 'time-limit-derived', timeLimitMs: 1000, slowestAcceptedMs: 12, submissions: 2, cached: false });
  await progress.close();
  expect(captured.stdout()).toBe('');
  return captured.stderr();
}

describe('validate and verify progress off a TTY', () => {
  it('a plain line per step on stderr, image builds and the derived limit included', async () => {
    expect((await drive(false)).split('\n')).toEqual([
      'Validating 2 inputs with 1 input validator ...',
      'Building image letscode-gcc (first run only) ...',
      'Built image letscode-gcc in 1.20 s',
      'Judging submissions/accepted/a.cpp (1/2) ...',
      'Time limit 1.00 s: from 2 accepted submissions, slowest 12 ms',
      '',
    ]);
  });

  it('nothing at all in JSON mode', async () => {
    expect(await drive(true)).toBe('');
  });
});
