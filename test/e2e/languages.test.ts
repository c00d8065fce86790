// Every language's self-test program compiles and echoes its input in the real sandbox.

import { describe, expect, it } from 'vitest';
import { letscode } from './cli.js';

describe('letscode languages test', () => {
  it('passes the self-test of all 10 languages', async () => {
    const result = await letscode(['languages', 'test']);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    for (const id of ['c', 'cpp', 'python', 'javascript', 'typescript', 'java', 'go', 'rust', 'kotlin', 'csharp']) {
      expect(result.stdout).toMatch(new RegExp(`│ ${id} +│ AC `));
    }
  });
});
