import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import type { TestCase } from '../problem/model.js';
import { junkToCheck } from './validate-junk.js';

afterEach(removeTempFolders);

const validator = { path: '/p/input_validators/v.py' };

function test(dir: string, name: string, flags: string[] = []): TestCase {
  return { name, input: { kind: 'file', path: join(dir, `${name}.in`) }, answer: { kind: 'inline', content: '' }, sample: false, checkerFlags: [], inputValidatorFlags: flags };
}

describe('junkToCheck', () => {
  it('makes the changes from the smallest input, with its flags', async () => {
    const dir = await createTempFolder({ 'big.in': '1 2 3 4 5 6\n', 'small.in': '7 8\n' });
    const junk = await junkToCheck([test(dir, 'big', ['max=9']), test(dir, 'small', ['max=8'])], [validator]);
    const trailing = junk.find((item) => item.test === 'a trailing space at the end of a line')!;
    expect(trailing).toMatchObject({ input: 'small', inputValidatorFlags: ['max=8'], role: 'junk' });
    expect((await trailing.read()).toString()).toBe('7 8 \n');
  });

  it('runs the junk made from nothing once per set of flags, and leaves out junk equal to a real input', async () => {
    const dir = await createTempFolder({ 'a.in': '', 'b.in': '', 'c.in': '' });
    const junk = await junkToCheck([test(dir, 'a', ['n=1']), test(dir, 'b', ['n=2']), test(dir, 'c', ['n=1'])], [validator]);
    // Every input is empty: the empty file is valid, and no change applies.
    expect(junk.map((item) => [item.test, item.inputValidatorFlags])).toEqual([
      ['1 KiB of random bytes (flags: n=1)', ['n=1']],
      ['every printable ASCII character on one line (flags: n=1)', ['n=1']],
      ['1 KiB of random bytes (flags: n=2)', ['n=2']],
      ['every printable ASCII character on one line (flags: n=2)', ['n=2']],
    ]);
  });
});
