import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemFileError } from '../errors.js';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { openCheckTestData } from './open-input-validator.js';

afterEach(removeTempFolders);

const SCRIPT = 'INT(1, 10, n) NEWLINE\nREP(n, SPACE) INT(0, 9) END NEWLINE\n';
const input = (text: string) => async () => Buffer.from(text);

describe('openCheckTestData', () => {
  it('valid and invalid as a validator program would say, with the line and column in the input', async () => {
    const dir = await createTempFolder({ 'gap.ctd': SCRIPT });
    const validator = await openCheckTestData({ path: join(dir, 'gap.ctd') });
    expect(await validator.check(input('3\n1 2 3\n'), [])).toEqual({ result: 'valid', message: '' });
    const invalid = await validator.check(input('3\n1 2  3\n'), []);
    expect(invalid.result).toBe('invalid');
    expect(invalid.message).toMatch(/^line 2, column 5: expected an integer.*\(gap\.ctd line 2: /);
    // --whitespace-ok, as problemtools hands a group's flags to checktestdata.
    expect(await validator.check(input('3\n1 2  3\n'), ['--whitespace-ok'])).toEqual({ result: 'valid', message: '' });
  });

  it('a script failing at run time is a crash; a syntax error is the package\'s mistake', async () => {
    const dir = await createTempFolder({ 'broken.ctd': 'INT(1, m) NEWLINE\n', 'syntax.ctd': 'INT(1, 10 NEWLINE\n' });
    const broken = await openCheckTestData({ path: join(dir, 'broken.ctd') });
    expect((await broken.check(input('3\n'), [])).result).toBe('crash');
    const error = await openCheckTestData({ path: join(dir, 'syntax.ctd') }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProblemFileError);
    expect((error as Error).message).toMatch(/syntax\.ctd: line 1, column \d+: .* \(fix the checktestdata script\)$/);
  });
});
