// A worker's problem bundles on disk: downloaded once per problem version, checked against
// their hash, unpacked under <cache>/bundles/<hash>/ and loaded back into the Problem
// model. The folder is bounded (--cache-size): past it, the bundles used least recently
// go first, never one this worker holds in memory or any process used in the last
// RECENT_MS (workers on one machine may share the folder).

import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { manifestSchema, type BundleManifest } from '../problem/bundle/manifest.js';
import { BundleError, problemFromManifest, readBundle, writeBundleFiles } from '../problem/bundle/unpack.js';
import type { Problem } from '../problem/model.js';

const RECENT_MS = 10 * 60_000;
/** Problems kept loaded in memory (their time limits, once known, stay with them). */
const IN_MEMORY = 64;

export interface BundleSource {
  /** The bundle's bytes, or null when the queue no longer has it. */
  fetch(hash: string): Promise<Buffer | null>;
}

export interface FetchedBundle {
  hash: string;
  bytes: number;
  ms: number;
}

export class BundleCache {
  readonly #dir: string;
  readonly #maxBytes: number;
  readonly #source: BundleSource;
  readonly #onFetched: (fetched: FetchedBundle) => void;
  /** Hash -> loaded problem, least recently used first. */
  readonly #loaded = new Map<string, Promise<Problem>>();
  /** Bytes on disk as last counted plus what was added since; null until the first count. */
  #diskBytes: number | null = null;

  constructor(options: { dir: string; maxBytes: number; source: BundleSource; onFetched?: (fetched: FetchedBundle) => void }) {
    this.#dir = options.dir;
    this.#maxBytes = options.maxBytes;
    this.#source = options.source;
    this.#onFetched = options.onFetched ?? (() => undefined);
  }

  /** The problem of bundle `hash`: from memory, from disk, or downloaded. The same object while it stays in memory. */
  problem(hash: string): Promise<Problem> {
    return this.#remember(hash, () => this.#load(hash));
  }

  #remember(hash: string, load: () => Promise<Problem>): Promise<Problem> {
    let loading = this.#loaded.get(hash);
    if (loading) {
      this.#loaded.delete(hash);
    } else {
      loading = load();
      loading.catch(() => this.#loaded.delete(hash));
    }
    this.#loaded.set(hash, loading);
    while (this.#loaded.size > IN_MEMORY) this.#loaded.delete(this.#loaded.keys().next().value!);
    return loading;
  }

  /** A bundle that came in its job (only inline tests): checked and loaded, never written to disk. */
  inlineProblem(hash: string, bytes: Buffer): Promise<Problem> {
    return this.#remember(hash, async () => {
      const { manifest, files } = readBundle(bytes, hash);
      if (files.length > 0) throw new BundleError(`problem bundle ${hash.slice(0, 12)}: a bundle with files must come through the bundle store`);
      return problemFromManifest(manifest.problem, join(this.#dir, hash, 'files'));
    });
  }

  async #load(hash: string): Promise<Problem> {
    const folder = join(this.#dir, hash);
    const cached = await this.#readManifest(folder);
    if (cached) {
      const now = new Date();
      await utimes(join(folder, 'manifest.json'), now, now).catch(() => undefined);
      return problemFromManifest(cached.problem, join(folder, 'files'));
    }
    const started = Date.now();
    const bytes = await this.#source.fetch(hash);
    if (bytes === null) throw new BundleError(`problem bundle ${hash.slice(0, 12)} is no longer in the queue (bundles expire a day after their last use): submit again`);
    const { manifest, files } = readBundle(bytes, hash);
    await this.#install(folder, manifest, files);
    this.#onFetched({ hash, bytes: bytes.length, ms: Date.now() - started });
    // The folder is listed only when it may be over its bound, not on every download.
    if (this.#diskBytes !== null) this.#diskBytes += files.reduce((sum, file) => sum + file.data.length, 0);
    if (this.#diskBytes === null || this.#diskBytes > this.#maxBytes) await this.#evict(hash);
    return problemFromManifest(manifest.problem, join(folder, 'files'));
  }

  /** Unpacked aside, then renamed into place: a folder with a manifest is always complete. */
  async #install(folder: string, manifest: BundleManifest, files: Parameters<typeof writeBundleFiles>[1]): Promise<void> {
    const staging = join(this.#dir, `.staging-${randomBytes(6).toString('hex')}`);
    try {
      await mkdir(join(staging, 'files'), { recursive: true });
      await writeBundleFiles(join(staging, 'files'), files);
      await writeFile(join(staging, 'manifest.json'), JSON.stringify(manifest));
      await writeFile(join(staging, 'size'), String(files.reduce((sum, file) => sum + file.data.length, 0)));
      await rename(staging, folder).catch(async (error: NodeJS.ErrnoException) => {
        // Another worker on this machine unpacked it first: theirs is as good.
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
      });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  async #readManifest(folder: string): Promise<BundleManifest | null> {
    try {
      const parsed = manifestSchema.safeParse(JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async #evict(justAdded: string): Promise<void> {
    await mkdir(this.#dir, { recursive: true });
    const entries = await Promise.all(
      (await readdir(this.#dir)).filter((name) => /^[0-9a-f]{64}$/.test(name)).map(async (name) => {
        const folder = join(this.#dir, name);
        const used = await stat(join(folder, 'manifest.json')).then((stats) => stats.mtimeMs, () => 0);
        const bytes = Number(await readFile(join(folder, 'size'), 'utf8').catch(() => '0')) || 0;
        return { name, folder, used, bytes };
      }),
    );
    let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
    const now = Date.now();
    for (const entry of entries.sort((a, b) => a.used - b.used)) {
      if (total <= this.#maxBytes) break;
      if (entry.name === justAdded || this.#loaded.has(entry.name) || now - entry.used < RECENT_MS) continue;
      await rm(entry.folder, { recursive: true, force: true });
      total -= entry.bytes;
    }
    this.#diskBytes = total;
  }
}
