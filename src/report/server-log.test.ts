import { describe, expect, it } from 'vitest';
import { companionTaskSchema } from '../listen/payload.js';
import { receivedLines } from './listen-report.js';
import { requestLine } from './server-log.js';

describe('requestLine', () => {
  it('is method, path, status and time', () => {
    expect(requestLine({ method: 'POST', path: '/api/execute', status: 200, ms: 41.2 })).toBe('POST /api/execute 200 41 ms');
    expect(requestLine({ method: 'GET', path: '/\u001b[2Jx', status: 404, ms: 0 })).toBe('GET /x 404 0 ms');
  });
});

describe('receivedLines', () => {
  const task = companionTaskSchema.parse({ name: 'A. Sum', memoryLimit: 256, timeLimit: 1500, tests: [{ input: '1\n', output: '1\n' }] });

  it('one line per problem, with notes under it and the batch position', () => {
    const written = { kind: 'written' as const, dir: '/work/c/a-sum', replaced: false, tests: 1, testsInline: true, notes: ['interactive problem: needs an interactor'] };
    expect(receivedLines({ task, result: written }, { index: 2, size: 7 }, undefined, '/work')).toEqual([
      '[2/7] + ./c/a-sum  A. Sum · 1 sample · 1.50 s · 256 MiB',
      '    note: interactive problem: needs an interactor',
    ]);
    expect(receivedLines({ task, result: { kind: 'exists', dir: '/work/c/a-sum' } }, { index: 1, size: 1 }, undefined, '/work')).toEqual([
      '! ./c/a-sum exists: not replaced (--force replaces its problem.yaml and tests/)',
    ]);
  });
});
