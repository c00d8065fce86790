import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { companionTaskSchema } from './payload.js';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/companion');

describe('Competitive Companion payload', () => {
  it('reads every recorded payload', () => {
    const files = readdirSync(fixtures).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const parsed = companionTaskSchema.safeParse(JSON.parse(readFileSync(join(fixtures, file), 'utf8')));
      expect(parsed.success, file).toBe(true);
    }
  });

  it('fills in what older or minimal senders leave out, and ignores fields it does not know', () => {
    const task = companionTaskSchema.parse({ name: 'X', tests: [{ input: '1\n', output: '1\n' }], srcUrl: 'x', newField: { a: 1 } });
    expect(task).toEqual({ name: 'X', group: '', url: '', interactive: false, tests: [{ input: '1\n', output: '1\n' }], input: { type: 'stdin' }, output: { type: 'stdout' } });
  });

  it('needs a name, and tests made of text', () => {
    expect(companionTaskSchema.safeParse({ tests: [] }).success).toBe(false);
    expect(companionTaskSchema.safeParse({ name: '  ', tests: [] }).success).toBe(false);
    expect(companionTaskSchema.safeParse({ name: 'X', tests: [{ input: 1, output: '1' }] }).success).toBe(false);
    expect(companionTaskSchema.safeParse({ name: 'X', timeLimit: -1 }).success).toBe(false);
  });
});
