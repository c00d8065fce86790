// One grading run per results folder at a time: two runs on the same --out would judge the
// same submissions twice. The lock is OUT/.grade.lock holding the owner's pid; a lock whose
// process is gone (a run killed with SIGKILL, a reboot) is stale and taken over.

import { constants } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

export const LOCK_FILE_NAME = '.grade.lock';

export interface OutLock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** Takes the lock, or throws a UsageError naming the run that holds it. */
export async function lockOutDir(outDir: string, shown: string, pid = process.pid): Promise<OutLock> {
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL);
      await handle.write(`${pid}\n`);
      await handle.close();
      return { release: () => rm(file, { force: true }) };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== pid && alive(owner)) {
        throw new UsageError(`--out ${shown}: another letscode grade (pid ${owner}) is using it (wait for it to finish, or give another --out)`);
      }
      await rm(file, { force: true });
    }
  }
  throw new UsageError(`--out ${shown}: cannot take the lock ${LOCK_FILE_NAME} (remove it if no letscode grade is running)`);
}
