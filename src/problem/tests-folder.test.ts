import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemFileError } from '../errors.js';
import { createTempFolder, removeTempFolders } from './__fixtures__/temp-folder.js';
import { scanTestsFolder } from './tests-folder.js';

afterEach(removeTempFolders);

describe('scanTestsFolder', () => {
  it('pairs NAME.in with NAME.out or NAME.ans, in natural order', async () => {
    const folder = await createTempFolder({
      '10.in': '', '10.out': '',
      '2.in': '', '2.ans': '',
      '1.in': '', '1.out': '',
      'sample-1.in': '', 'sample-1.out': '',
    });
    const pairs = await scanTestsFolder(folder);
    expect(pairs.map((pair) => pair.name)).toEqual(['1', '2', '10', 'sample-1']);
    expect(pairs[1]).toEqual({ name: '2', inputPath: join(folder, '2.in'), answerPath: join(folder, '2.ans') });
  });

  it('ignores other files and subfolders', async () => {
    const folder = await createTempFolder({ '1.in': '', '1.out': '', 'README.md': '', 'gen.py': '', 'extra/2.in': '', '.in': '' });
    expect((await scanTestsFolder(folder)).map((pair) => pair.name)).toEqual(['1']);
  });

  it('rejects a folder without tests, naming the folder', async () => {
    const folder = await createTempFolder({ 'notes.txt': '' });
    const error = await scanTestsFolder(folder).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProblemFileError);
    expect((error as ProblemFileError).file).toBe(folder);
    expect((error as Error).message).toBe(`${folder}: contains no tests (add pairs of files NAME.in and NAME.out (or NAME.ans))`);
  });

  it('rejects an input without an answer, naming the input file', async () => {
    const folder = await createTempFolder({ '1.in': '', '1.out': '', '2.in': '' });
    await expect(scanTestsFolder(folder)).rejects.toThrow(
      `${join(folder, '2.in')}: has no answer file (add 2.out or 2.ans next to it, or remove it)`,
    );
  });

  it('rejects an input with two answers rather than guessing', async () => {
    const folder = await createTempFolder({ '1.in': '', '1.out': '', '1.ans': '' });
    await expect(scanTestsFolder(folder)).rejects.toThrow(
      `${join(folder, '1.in')}: has two answer files, 1.out and 1.ans (keep only one of them)`,
    );
  });

  it('rejects an answer without an input, so no test is skipped silently', async () => {
    const folder = await createTempFolder({ '1.in': '', '1.out': '', '01.ans': '' });
    await expect(scanTestsFolder(folder)).rejects.toThrow(`${join(folder, '01.ans')}: has no input file 01.in (add 01.in, or remove 01.ans)`);
  });

  it('reports a folder that cannot be read', async () => {
    const folder = await createTempFolder();
    await expect(scanTestsFolder(join(folder, 'nope'))).rejects.toThrow(`${join(folder, 'nope')}: does not exist`);
  });
});
