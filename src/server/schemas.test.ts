import { describe, expect, it } from 'vitest';
import { HttpError } from './http-types.js';
import { EXECUTE_FIELDS, executeSchema, JUDGE_FIELDS, judgeSchema, parseBody } from './schemas.js';

function errorOf(run: () => unknown): HttpError {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected an HttpError');
}

describe('execute body', () => {
  it('takes language and code, with defaults for the rest', () => {
    expect(parseBody(executeSchema, { language: 'cpp', code: 'int main(){}' })).toEqual({ language: 'cpp', code: 'int main(){}', input: '' });
    expect(parseBody(executeSchema, { language: 'py', code: 'print(1)', input: '5\n', timeLimitMs: 2000, memoryLimitMb: 512 })).toMatchObject({ timeLimitMs: 2000, memoryLimitMb: 512 });
  });

  it('names the field of every mistake, with 400', () => {
    const cases: [unknown, RegExp][] = [
      [{ code: 'x' }, /^language: is required \(a string\)$/],
      [{ language: 'cpp', code: 5 }, /^code: .*expected string, received number/],
      [{ language: 'cpp', code: 'x', timelimitMs: 5 }, /^timelimitMs: unknown field$/],
      [{ language: 'cpp', code: 'x', timeLimitMs: 0 }, /^timeLimitMs: /],
      [{ language: 'cpp', code: 'x', timeLimitMs: 1.5 }, /^timeLimitMs: /],
      [{ language: 'cpp', code: 'x', memoryLimitMb: 100_000 }, /^memoryLimitMb: /],
      [{ language: '', code: 'x' }, /^language: /],
      [[], /^body: .*expected object/],
      [null, /^body: /],
    ];
    for (const [body, message] of cases) {
      const error = errorOf(() => parseBody(executeSchema, body));
      expect(error.status).toBe(400);
      expect(error.message).toMatch(message);
    }
  });
});

describe('judge body', () => {
  it('takes inline tests or a problem path', () => {
    const tests = [{ input: '1\n', output: '1\n' }];
    expect(parseBody(judgeSchema, { language: 'py', code: 'x', tests })).toMatchObject({ tests });
    expect(parseBody(judgeSchema, { language: 'py', code: 'x', problem: 'problems/sum-list' })).toMatchObject({ problem: 'problems/sum-list' });
    expect(parseBody(judgeSchema, { language: 'py', code: 'x', tests, checker: 'float' })).toMatchObject({ checker: 'float' });
    expect(parseBody(judgeSchema, { language: 'py', code: 'x', tests, checker: { type: 'float', absoluteTolerance: 1e-3 } })).toMatchObject({ checker: { type: 'float', absoluteTolerance: 1e-3 } });
  });

  it('needs exactly one of problem and tests; checker only with tests', () => {
    expect(errorOf(() => parseBody(judgeSchema, { language: 'py', code: 'x' })).message).toMatch(/^tests: give either "problem"/);
    expect(errorOf(() => parseBody(judgeSchema, { language: 'py', code: 'x', problem: 'p', tests: [{ input: '', output: '' }] })).message).toMatch(/^tests: give either/);
    expect(errorOf(() => parseBody(judgeSchema, { language: 'py', code: 'x', problem: 'p', checker: 'exact' })).message).toMatch(/^checker: only applies to inline "tests"/);
  });

  it('names the field inside a test, and a bad checker', () => {
    expect(errorOf(() => parseBody(judgeSchema, { language: 'py', code: 'x', tests: [{ input: '1' }] })).message).toBe('tests.0.output: is required (a string)');
    expect(errorOf(() => parseBody(judgeSchema, { language: 'py', code: 'x', tests: [{ input: '1', output: '1', expected: '1' }] })).message).toBe('tests.0.expected: unknown field');
    expect(errorOf(() => parseBody(judgeSchema, { language: 'py', code: 'x', tests: [{ input: '1', ouput: '1' }] }, JUDGE_FIELDS)).message).toBe('tests.0.ouput: unknown field (did you mean output?)');
    expect(errorOf(() => parseBody(executeSchema, { language: 'py', code: 'x', timelimitMs: 5 }, EXECUTE_FIELDS)).message).toBe('timelimitMs: unknown field (did you mean timeLimitMs?)');
    expect(errorOf(() => parseBody(judgeSchema, { language: 'py', code: 'x', tests: [] })).message).toMatch(/^tests: /);
    expect(errorOf(() => parseBody(judgeSchema, { language: 'py', code: 'x', tests: [{ input: '', output: '' }], checker: 'fuzzy' })).message).toMatch(/^checker: expected one of exact, lines, tokens, float/);
  });
});
