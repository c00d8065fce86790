import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { checkOutputFile, checkOutputFolder, writeOutputFile, type OutputPath } from './output-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'letscode-output-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const junit = (file: string): OutputPath => ({ option: '--junit', path: file, example: 'reports/junit.xml' });

/** The one-line message of the UsageError `promise` rejects with. */
async function usageMessage(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UsageError);
  const message = (error as UsageError).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('checkOutputFile', () => {
  it('accepts a new file in a folder and a new file under missing folders, and leaves nothing behind', async () => {
    await checkOutputFile(junit(path.join(dir, 'junit.xml')));
    await checkOutputFile(junit(path.join(dir, 'reports', 'nested', 'junit.xml')));
    expect(await readdir(dir)).toEqual([]);
  });

  it('accepts an existing file without changing it', async () => {
    const file = path.join(dir, 'junit.xml');
    await writeFile(file, 'old report');
    await checkOutputFile(junit(file));
    expect(await readFile(file, 'utf8')).toBe('old report');
  });

  it('refuses a folder, naming the path and the fix', async () => {
    expect(await usageMessage(checkOutputFile(junit(dir)))).toBe(`--junit ${dir}: is a folder (give a file path like reports/junit.xml)`);
  });

  it('refuses a path ending with a slash, even when nothing is there yet', async () => {
    const folder = `${path.join(dir, 'reports')}/`;
    expect(await usageMessage(checkOutputFile(junit(folder)))).toContain('ends with a slash, so it names a folder');
  });

  it('refuses an empty path', async () => {
    expect(await usageMessage(checkOutputFile(junit('')))).toBe('--junit "": is empty (give a file path like reports/junit.xml)');
  });

  it('names a parent that is a file, however deep below it the path goes', async () => {
    const file = path.join(dir, 'afile');
    await writeFile(file, '');
    const expected = `is a file, not a folder (choose a path inside a folder, like reports/junit.xml)`;
    expect(await usageMessage(checkOutputFile(junit(path.join(file, 'x.xml'))))).toBe(`--junit ${file}/x.xml: ${file} ${expected}`);
    expect(await usageMessage(checkOutputFile(junit(path.join(file, 'sub', 'x.xml'))))).toBe(`--junit ${file}/sub/x.xml: ${file} ${expected}`);
  });

  it('names paths relative to the current folder as they were given', async () => {
    await writeFile(path.join(dir, 'afile'), '');
    const relative = path.relative(process.cwd(), path.join(dir, 'afile', 'x.xml'));
    expect(await usageMessage(checkOutputFile(junit(relative)))).toMatch(`--junit ${relative}: ${path.dirname(relative)} is a file, not a folder (`);
  });

  it.runIf(process.platform === 'linux')('refuses a folder that takes no new files (/proc)', async () => {
    expect(await usageMessage(checkOutputFile(junit('/proc/letscode-report.xml')))).toBe(
      '--junit /proc/letscode-report.xml: cannot be created in /proc (the folder does not accept new files) (choose a folder you can write to)',
    );
    expect(await usageMessage(checkOutputFile(junit('/proc/letscode/report.xml')))).toMatch(/: cannot create the folder \/proc\/letscode \(/);
  });
});

describe('writeOutputFile', () => {
  it('writes the file, creating missing parent folders', async () => {
    const file = path.join(dir, 'reports', 'junit.xml');
    await writeOutputFile(junit(file), '<xml/>');
    expect(await readFile(file, 'utf8')).toBe('<xml/>');
  });

  it('turns a failed write into the same one-line usage error as the check', async () => {
    expect(await usageMessage(writeOutputFile(junit(dir), '<xml/>')))
      .toBe(`--junit ${dir}: is a folder (give a file path like reports/junit.xml)`);
    await writeFile(path.join(dir, 'afile'), '');
    expect(await usageMessage(writeOutputFile(junit(path.join(dir, 'afile', 'x.xml')), '<xml/>'))).toContain('afile is a file, not a folder');
  });

  it.runIf(process.platform === 'linux')('names the reason of a failure only writing finds (/dev/full)', async () => {
    await checkOutputFile(junit('/dev/full'));
    expect(await usageMessage(writeOutputFile(junit('/dev/full'), '<xml/>'))).toBe(
      '--junit /dev/full: cannot be written (no space left on the device) (choose a folder you can write to)',
    );
  });
});

describe('checkOutputFolder', () => {
  const folder = (p: string): OutputPath => ({ option: '--dir', path: p, example: 'contest/' });

  it('accepts an existing folder and a missing one, and leaves nothing behind', async () => {
    await checkOutputFolder(folder(dir));
    await checkOutputFolder(folder(path.join(dir, 'contest', 'round-1')));
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a file, and a path below a file', async () => {
    const file = path.join(dir, 'afile');
    await writeFile(file, '');
    expect(await usageMessage(checkOutputFolder(folder(file)))).toBe(`--dir ${file}: is a file, not a folder (give a folder, like contest/)`);
    expect(await usageMessage(checkOutputFolder(folder(path.join(file, 'sub'))))).toContain(`${file} is a file, not a folder`);
  });

  it('does not mind a probe name that is taken', async () => {
    await mkdir(path.join(dir, `.letscode-probe-${process.pid}`));
    await checkOutputFolder(folder(dir));
  });
});
