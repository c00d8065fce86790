import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProblem } from '../problem/load.js';
import { locateProblem } from '../problem/locate.js';
import { packProblem, type PackedBundle } from '../problem/bundle/pack.js';
import { BundleError } from '../problem/bundle/unpack.js';
import { readTestData } from '../problem/test-data.js';
import { BundleCache } from './bundle-cache.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function bundleOf(path: string): Promise<PackedBundle> {
  return packProblem(await loadProblem(await locateProblem({ problemOption: resolve(repoRoot, path), solutionPath: '', cwd: repoRoot })));
}

/** A cache over an in-memory bundle store that counts downloads. */
async function cacheOver(bundles: PackedBundle[], maxBytes = 1 << 30, dir?: string) {
  const folder = dir ?? (await mkdtemp(join(tmpdir(), 'letscode-bundles-')));
  if (!dir) temps.push(folder);
  const fetched: string[] = [];
  const cache = new BundleCache({
    dir: folder,
    maxBytes,
    source: { fetch: async (hash) => (fetched.push(hash), bundles.find((bundle) => bundle.hash === hash)?.bytes ?? null) },
  });
  return { cache, fetched, folder };
}

describe('BundleCache', () => {
  it('downloads a bundle once: later jobs get the same problem, a new worker reads it from disk', async () => {
    const bundle = await bundleOf('problems/word-frequency');
    const { cache, fetched, folder } = await cacheOver([bundle]);
    const [first, second] = await Promise.all([cache.problem(bundle.hash), cache.problem(bundle.hash)]);
    expect(first).toBe(second);
    expect(fetched).toEqual([bundle.hash]);
    const input = first!.tests[0]!.input;
    expect(input.kind === 'file' && input.path.startsWith(join(folder, bundle.hash, 'files'))).toBe(true);
    expect((await readTestData(input)).length).toBeGreaterThan(0);

    const restarted = await cacheOver([bundle], 1 << 30, folder);
    expect((await restarted.cache.problem(bundle.hash)).name).toBe(first!.name);
    expect(restarted.fetched).toEqual([]);
  });

  it('a bundle the queue no longer has is a BundleError saying to submit again', async () => {
    const { cache } = await cacheOver([]);
    await expect(cache.problem('a'.repeat(64))).rejects.toThrow(BundleError);
    await expect(cache.problem('b'.repeat(64))).rejects.toThrow(/no longer in the queue .*submit again/);
  });

  it('keeps the folder under its bound by dropping the least recently used bundles, never a recent one', async () => {
    const bundles = await Promise.all(['problems/word-frequency', 'problems/sum-list', 'test/fixtures/kattis/sum-groups'].map(bundleOf));
    const { cache, folder } = await cacheOver(bundles, 1);
    await cache.problem(bundles[0]!.hash);
    await cache.problem(bundles[1]!.hash);
    // Long unused: only these may go (the cache keeps anything used in the last minutes).
    const old = new Date(Date.now() - 3600_000);
    for (const bundle of bundles.slice(0, 2)) await utimes(join(folder, bundle.hash, 'manifest.json'), old, old);
    const fresh = await cacheOver(bundles, 1, folder);
    await fresh.cache.problem(bundles[2]!.hash);
    expect((await readdir(folder)).filter((name) => !name.startsWith('.')).sort()).toEqual([bundles[2]!.hash]);
  });

  it('a bundle that came in its job is checked and loaded without touching the disk', async () => {
    const bundle = await bundleOf('test/fixtures/e2e/echo-sum');
    const { cache, fetched, folder } = await cacheOver([]);
    const problem = await cache.inlineProblem(bundle.hash, bundle.bytes);
    expect(problem.tests.map((test) => test.name)).toEqual(['sample', 'negative', 'beyond-32-bits']);
    expect(fetched).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
    await expect(cache.inlineProblem('c'.repeat(64), bundle.bytes)).rejects.toThrow(/is damaged/);
  });
});
