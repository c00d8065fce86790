import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from './__fixtures__/temp-folder.js';
import { DEFAULT_LIMITS, wallTimeFor } from './model.js';
import { loadOjToolsProblem, OJ_TOOLS_TIME_LIMIT_MS } from './oj-tools.js';

afterEach(removeTempFolders);

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/kattis/oj-sample', import.meta.url));

describe('loadOjToolsProblem', () => {
  it('loads test/NAME.in with NAME.out in natural order, samples by name', async () => {
    const problem = await loadOjToolsProblem(FIXTURE);
    expect(problem).toMatchObject({
      name: 'oj-sample',
      dir: FIXTURE,
      sourceFile: join(FIXTURE, 'test'),
      format: 'oj-tools',
      limits: { timeMs: 2000, wallTimeMs: wallTimeFor(2000), memoryBytes: DEFAULT_LIMITS.memoryBytes, outputBytes: DEFAULT_LIMITS.outputBytes, pidsLimit: DEFAULT_LIMITS.pidsLimit },
      timeLimitSource: { kind: 'given' },
      checker: { name: 'lines' },
      interactor: null,
      inputValidators: [],
      submissionsDir: null,
      invalidInputs: [],
      outputCases: [],
    });
    expect(problem.tests.map((test) => [test.name, test.sample])).toEqual([
      ['edge-zero', false],
      ['sample-1', true],
      ['sample-2', true],
      ['sample-10', true],
    ]);
    expect(problem.tests[1]).toEqual({
      name: 'sample-1',
      input: { kind: 'file', path: join(FIXTURE, 'test/sample-1.in') },
      answer: { kind: 'file', path: join(FIXTURE, 'test/sample-1.out') },
      sample: true,
      checkerFlags: [],
      inputValidatorFlags: [],
    });
    expect(OJ_TOOLS_TIME_LIMIT_MS).toBe(2000);
  });

  it('names an input without its output', async () => {
    const dir = await createTempFolder({ 'test/sample-1.in': '1', 'test/sample-1.out': '1', 'test/sample-2.in': '2' });
    await expect(loadOjToolsProblem(dir)).rejects.toThrow(`${join(dir, 'test/sample-2.in')}: has no answer file`);
  });
});
