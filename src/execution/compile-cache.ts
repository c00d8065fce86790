// Compiled programs are cached on disk, keyed by everything that determines the result:
// every source file (path and content), the language, the exact compile command and
// environment, and the image (whose tag is itself a hash of its Dockerfile). Re-judging
// an unchanged solution then skips the compile box entirely.

import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BoxFile } from '../sandbox/sandbox.js';

/** Beyond this many entries the least recently written ones are removed. */
const MAX_ENTRIES = 200;

export interface CachedCompile {
  /** Compiler warnings, shown again on a cache hit. */
  message: string;
  artifacts: BoxFile[];
}

interface Manifest {
  message: string;
  files: { path: string; mode: number }[];
}



export class CompileCache {
  constructor(readonly dir: string) {}

  private entry(key: string): string {
    return join(this.dir, 'compile', key);
  }

  /** The cached compile, or null on a miss or an unreadable entry (treated as a miss). */
  async get(key: string): Promise<CachedCompile | null> {
    const dir = this.entry(key);
    try {
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
      const artifacts = await Promise.all(
        manifest.files.map(async (file) => ({ ...file, data: await readFile(join(dir, 'files', file.path)) })),
      );
      return { message: manifest.message, artifacts };
    } catch {
      return null;
    }
  }

  /** Stores an entry atomically (written aside, then renamed), so readers never see half of one. */
  async put(key: string, compiled: CachedCompile): Promise<void> {
    const final = this.entry(key);
    const staging = `${final}.${process.pid}.${Date.now()}.tmp`;
    try {
      for (const file of compiled.artifacts) {
        const path = join(staging, 'files', file.path);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, file.data, { mode: file.mode });
      }
      const manifest: Manifest = { message: compiled.message, files: compiled.artifacts.map(({ path, mode }) => ({ path, mode })) };
      await mkdir(staging, { recursive: true });
      await writeFile(join(staging, 'manifest.json'), JSON.stringify(manifest));
      await rm(final, { recursive: true, force: true });
      await rename(staging, final);
      await this.prune();
    } catch {
      // A cache that cannot be written (read-only home, full disk) only costs speed.
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  private async prune(): Promise<void> {
    const root = join(this.dir, 'compile');
    const names = (await readdir(root)).filter((name) => !name.endsWith('.tmp'));
    if (names.length <= MAX_ENTRIES) return;
    const aged = await Promise.all(names.map(async (name) => ({ name, mtimeMs: (await stat(join(root, name))).mtimeMs })));
    aged.sort((a, b) => a.mtimeMs - b.mtimeMs);
    for (const { name } of aged.slice(0, aged.length - MAX_ENTRIES)) {
      await rm(join(root, name), { recursive: true, force: true });
    }
  }
}
