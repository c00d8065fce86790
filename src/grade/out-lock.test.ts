import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, lockOutDir } from './out-lock.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'letscode-lock-'));
  dirs.push(dir);
  return dir;
}

describe('lockOutDir', () => {
  it('refuses a folder another live run holds, and is free again once released', async () => {
    const dir = await tempDir();
    const lock = await lockOutDir(dir, 'out', process.pid);
    // process.ppid is alive: it stands for another run.
    await writeFile(join(dir, LOCK_FILE_NAME), `${process.ppid}\n`);
    await expect(lockOutDir(dir, 'out', process.pid)).rejects.toThrow(`--out out: another letscode grade (pid ${process.ppid}) is using it`);
    await lock.release();
    await (await lockOutDir(dir, 'out', process.pid)).release();
  });

  it('takes over the lock of a run that is gone (SIGKILL, reboot)', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, LOCK_FILE_NAME), '999999999\n');
    const lock = await lockOutDir(dir, 'out', process.pid);
    expect(await readFile(join(dir, LOCK_FILE_NAME), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
  });
});
