// Writing into data/ without ever losing a file the user wrote: a file may be replaced or
// removed only while it is ours (the cache says we wrote exactly these bytes); anything
// else in the way of a case blocks that case, and is named.

import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sha256, type CacheEntry, type GeneratedCache } from './cache.js';

export class DataFiles {
  /** data/-relative path -> the sha256 we wrote there. */
  readonly #ours = new Map<string, string>();

  constructor(readonly dataDir: string, cache: GeneratedCache) {
    for (const entry of Object.values(cache)) for (const [file, hash] of Object.entries(entry.files)) this.#ours.set(file, hash);
  }

  /** null when the file does not exist. */
  async hashOf(file: string): Promise<string | null> {
    const data = await readFile(join(this.dataDir, file)).catch(() => null);
    return data === null ? null : sha256(data);
  }

  /** The file is missing, or holds exactly what we wrote. */
  async mayReplace(file: string): Promise<boolean> {
    const hash = await this.hashOf(file);
    return hash === null || hash === this.#ours.get(file);
  }

  /** 'current': every file of the entry is on disk as written; 'missing': one is gone; 'edited': one was changed by hand. */
  async state(entry: CacheEntry): Promise<'current' | 'missing' | 'edited'> {
    let missing = false;
    for (const [file, hash] of Object.entries(entry.files)) {
      const now = await this.hashOf(file);
      if (now === null) missing = true;
      else if (now !== hash) return 'edited';
    }
    return missing ? 'missing' : 'current';
  }

  /**
   * Writes the files (data/-relative path -> bytes) and removes the previous entry's files
   * that are not among them; or, when a file in the way is not ours, writes nothing and
   * names it.
   */
  async replace(files: ReadonlyMap<string, Buffer>, previous: CacheEntry | undefined): Promise<{ kind: 'written'; files: Record<string, string> } | { kind: 'blocked'; file: string }> {
    for (const file of files.keys()) if (!(await this.mayReplace(file))) return { kind: 'blocked', file };
    for (const file of Object.keys(previous?.files ?? {})) if (!files.has(file) && (await this.mayReplace(file))) await this.remove(file);
    const written: Record<string, string> = {};
    for (const [file, data] of files) {
      const path = join(this.dataDir, file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
      this.#ours.set(file, (written[file] = sha256(data)));
    }
    return { kind: 'written', files: written };
  }

  /** Removes the entry's files that are still ours; returns those kept because they were edited. */
  async removeEntry(entry: CacheEntry): Promise<string[]> {
    const kept: string[] = [];
    for (const file of Object.keys(entry.files)) {
      if (await this.mayReplace(file)) await this.remove(file);
      else kept.push(file);
    }
    return kept;
  }

  async remove(file: string): Promise<void> {
    await rm(join(this.dataDir, file), { force: true });
    this.#ours.delete(file);
  }

  /** Every file under data/ (names starting with "." left out), data/-relative. */
  async allFiles(): Promise<string[]> {
    const found: string[] = [];
    const walk = async (relative: string): Promise<void> => {
      const entries = await readdir(join(this.dataDir, relative), { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
        if (entry.isDirectory()) await walk(path);
        else found.push(path);
      }
    };
    await walk('');
    return found.sort();
  }
}
