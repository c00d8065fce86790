import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from './__fixtures__/temp-folder.js';
import { wallTimeFor, type Problem, type TestCase } from './model.js';
import { cachedTimeLimit, deriveTimeLimitMs, storeTimeLimit, timeLimitCacheKey, withTimeLimit, type DeriveTimeLimit } from './time-limit.js';

afterEach(removeTempFolders);

describe('deriveTimeLimitMs', () => {
  it.each([
    // slowest, multiplier, resolution, limit
    [300, 2, 1000, 1000],
    [500, 2, 1000, 1000],
    [501, 2, 1000, 2000],
    [700, 3, 500, 2500],
    [100, 3, 300, 300],
    [0, 2, 1000, 1000],
    [1234, 2, 1, 2468],
    [1000, 1.1, 100, 1100],
  ])('rounds %d ms x %d up to a multiple of %d ms: %d ms', (slowest, multiplier, resolution, limit) => {
    expect(deriveTimeLimitMs(slowest, multiplier, resolution)).toBe(limit);
  });

  it.each([
    // problemtools on legacy packages: max(1, int(0.5 + slowest x multiplier)) seconds
    [250, 5, 1000],
    [300, 5, 2000],
    [50, 5, 1000],
    [1100, 5, 6000],
  ])('rounds %d ms x %d to the nearest second for legacy packages: %d ms', (slowest, multiplier, limit) => {
    expect(deriveTimeLimitMs(slowest, multiplier, 1000, 'nearest')).toBe(limit);
  });

  it.each([[-1, 2, 1000], [Number.NaN, 2, 1000], [100, 0, 1000], [100, 2, 0], [100, 2, Number.POSITIVE_INFINITY]])('refuses %d, %d, %d', (slowest, multiplier, resolution) => {
    expect(() => deriveTimeLimitMs(slowest, multiplier, resolution)).toThrow(RangeError);
  });
});

describe('withTimeLimit', () => {
  it('sets the limit and the wall limit, and marks it given', () => {
    const problem = { limits: { timeMs: 0, wallTimeMs: 0, memoryBytes: 1, outputBytes: 2, pidsLimit: 3 }, timeLimitSource: { kind: 'derive', acceptedSubmissions: [], acToTimeLimit: 2, resolutionMs: 1000 } } as unknown as Problem;
    expect(withTimeLimit(problem, 2000)).toEqual({
      limits: { timeMs: 2000, wallTimeMs: wallTimeFor(2000), memoryBytes: 1, outputBytes: 2, pidsLimit: 3 },
      timeLimitSource: { kind: 'given' },
    });
  });
});

describe('timeLimitCacheKey', () => {
  async function setUp() {
    const dir = await createTempFolder({ 'accepted/a.py': 'print(1)', 'accepted/b/main.cpp': 'int main(){}', 'data/1.in': '1', 'data/1.ans': '1' });
    const source: DeriveTimeLimit = { kind: 'derive', acceptedSubmissions: [join(dir, 'accepted/a.py'), join(dir, 'accepted/b')], acToTimeLimit: 2, resolutionMs: 1000 };
    const tests: TestCase[] = [{ name: 'secret/1', input: { kind: 'file', path: join(dir, 'data/1.in') }, answer: { kind: 'file', path: join(dir, 'data/1.ans') }, sample: false, checkerFlags: [], inputValidatorFlags: [] }];
    return { dir, source, tests };
  }

  it('stays the same while nothing changes', async () => {
    const { source, tests } = await setUp();
    expect(await timeLimitCacheKey(source, tests)).toBe(await timeLimitCacheKey(source, tests));
  });

  it('changes with a submission\'s contents, a file in a folder submission, the tests and the multipliers', async () => {
    const { dir, source, tests } = await setUp();
    const keys = [await timeLimitCacheKey(source, tests)];
    await writeFile(join(dir, 'accepted/a.py'), 'print(2)');
    keys.push(await timeLimitCacheKey(source, tests));
    await writeFile(join(dir, 'accepted/b/extra.h'), '');
    keys.push(await timeLimitCacheKey(source, tests));
    await writeFile(join(dir, 'data/1.in'), '12');
    keys.push(await timeLimitCacheKey(source, tests));
    await utimes(join(dir, 'data/1.ans'), new Date(1000), new Date(1000));
    keys.push(await timeLimitCacheKey(source, tests));
    keys.push(await timeLimitCacheKey(source, [...tests, { ...tests[0] as TestCase, name: 'secret/2' }]));
    keys.push(await timeLimitCacheKey({ ...source, acToTimeLimit: 3 }, tests));
    keys.push(await timeLimitCacheKey({ ...source, resolutionMs: 500 }, tests));
    // submissions.yaml reading a.py as another language.
    keys.push(await timeLimitCacheKey({ ...source, resolutionMs: 500 }, tests, undefined, (path) => (path.endsWith('a.py') ? 'cpp' : undefined)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('changes with the files include/ adds to every submission', async () => {
    const { source, tests } = await setUp();
    const driver = (text: string) => [{ path: 'main.py', data: Buffer.from(text) }];
    const keys = [
      await timeLimitCacheKey(source, tests),
      await timeLimitCacheKey(source, tests, { default: driver('a'), byLanguage: new Map() }),
      await timeLimitCacheKey(source, tests, { default: driver('b'), byLanguage: new Map() }),
      await timeLimitCacheKey(source, tests, { default: null, byLanguage: new Map([['python', driver('b')]]) }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('cachedTimeLimit and storeTimeLimit', () => {
  it('keep a derived limit per package and key, outside the package', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'letscode-cache-'));
    try {
      expect(await cachedTimeLimit('/pkg/a', 'k1', cacheDir)).toBeNull();
      await storeTimeLimit('/pkg/a', 'k1', { timeLimitMs: 2000, slowestAcceptedMs: 730 }, cacheDir);
      expect(await cachedTimeLimit('/pkg/a', 'k1', cacheDir)).toEqual({ timeLimitMs: 2000, slowestAcceptedMs: 730 });
      expect(await cachedTimeLimit('/pkg/a', 'k2', cacheDir)).toBeNull();
      expect(await cachedTimeLimit('/pkg/b', 'k1', cacheDir)).toBeNull();
      await storeTimeLimit('/pkg/a', 'k2', { timeLimitMs: 3000, slowestAcceptedMs: 1200 }, cacheDir);
      expect(await cachedTimeLimit('/pkg/a', 'k1', cacheDir)).toBeNull();
      expect(await cachedTimeLimit('/pkg/a/', 'k2', cacheDir)).toEqual({ timeLimitMs: 3000, slowestAcceptedMs: 1200 });
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it('treat a corrupt entry as a miss, and a cache that cannot be written as no cache', async () => {
    const cacheDir = await createTempFolder({ 'time-limits/': '' });
    await storeTimeLimit('/pkg', 'k', { timeLimitMs: 1000, slowestAcceptedMs: 10 }, cacheDir);
    const [entry] = await readdir(join(cacheDir, 'time-limits'));
    await writeFile(join(cacheDir, 'time-limits', entry ?? ''), '{ not json');
    expect(await cachedTimeLimit('/pkg', 'k', cacheDir)).toBeNull();
    const notAFolder = join(cacheDir, 'file');
    await writeFile(notAFolder, '');
    await expect(storeTimeLimit('/pkg', 'k', { timeLimitMs: 1000, slowestAcceptedMs: 10 }, notAFolder)).resolves.toBeUndefined();
  });
});
