// data/.letscode-generated.json: what `generate` wrote, so the next run knows (1) which
// cases are up to date (their key, a hash of everything that makes them, is unchanged and
// their files are as written) and (2) which files in data/ it owns: a file is ours only
// while its content is what we wrote, so a hand-edited or hand-written file is never
// overwritten or removed. The Kattis loader ignores names starting with ".".

import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const CACHE_FILE = '.letscode-generated.json';
const FORMAT = 1;

export interface CacheEntry {
  key: string;
  /** data/-relative file -> sha256 of what was written. */
  files: Record<string, string>;
}

const cacheSchema = z.object({ format: z.literal(FORMAT), entries: z.record(z.string(), z.object({ key: z.string(), files: z.record(z.string(), z.string()) })) });

export type GeneratedCache = Record<string, CacheEntry>;

/** An unreadable or foreign cache counts as empty: every case is made again, and no file counts as ours. */
export async function readCache(dataDir: string): Promise<GeneratedCache> {
  const text = await readFile(join(dataDir, CACHE_FILE), 'utf8').catch(() => null);
  if (text === null) return {};
  try {
    const parsed = cacheSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.entries : {};
  } catch {
    return {};
  }
}

/** Written to a temporary file and renamed, so a killed run leaves the old cache or the new one. */
export async function writeCache(dataDir: string, entries: GeneratedCache): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const text = `${JSON.stringify({ format: FORMAT, note: 'written by letscode generate: the cases it made from generators/generators.yaml', entries: sorted }, null, 1)}\n`;
  const temporary = join(dataDir, `${CACHE_FILE}.${process.pid}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, join(dataDir, CACHE_FILE));
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}
