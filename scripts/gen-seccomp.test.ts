// The committed profiles must be exactly what the generator produces, so the JSON in
// seccomp/ can never drift from the documented syscall groups.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { PROFILES } from './gen-seccomp.mjs';

describe('seccomp profiles', () => {
  for (const [name, profile] of Object.entries(PROFILES as Record<string, unknown>)) {
    it(`seccomp/${name}.json is up to date (node scripts/gen-seccomp.mjs)`, () => {
      const committed = JSON.parse(readFileSync(new URL(`../seccomp/${name}.json`, import.meta.url), 'utf8'));
      expect(committed).toEqual(profile);
    });
  }
});
