// Every language's self-test program compiles and echoes its input in the real sandbox.

import { describe, expect, it } from 'vitest';
import { letscode } from './cli.js';

describe('letscode languages test', () => {
  it('passes the self-test of every language `languages --json` lists (at least 25)', async () => {
    const listing = await letscode(['languages', '--json']);
    const ids = (JSON.parse(listing.stdout) as { languages: { id: string }[] }).languages.map((language) => language.id);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    const result = await letscode(['languages', 'test']);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    for (const id of ids) expect(result.stdout).toMatch(new RegExp(`│ ${id.replace(/[+]/g, '\\+')} +│ AC `));
  });
});
