import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PreparedProgram } from '../languages/prepare.js';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { CompileCache } from './compile-cache.js';
import { compileCacheKey } from './program-key.js';
import { defaultCacheDir } from '../paths.js';

const program: PreparedProgram = {
  sourceName: 'solution.cpp',
  sources: [{ path: 'solution.cpp', data: Buffer.from('int main() {}') }],
  compile: { argv: ['g++', '-O2', '{source}'], env: {} },
  run: { argv: ['/box/solution'], env: {} },
  outOfMemoryMarkers: [],
};

/** A folder: main.cpp with a helper and its header. */
const folder: PreparedProgram = {
  ...program,
  sourceName: 'main.cpp',
  sources: [
    { path: 'helper.cpp', data: Buffer.from('int twice(int x) { return 2 * x; }') },
    { path: 'helper.h', data: Buffer.from('int twice(int x);') },
    { path: 'main.cpp', data: Buffer.from('#include "helper.h"\nint main() { return twice(0); }') },
  ],
};

const withFile = (base: PreparedProgram, path: string, data: string): PreparedProgram => ({
  ...base,
  sources: base.sources.map((file) => (file.path === path ? { path, data: Buffer.from(data) } : file)),
});

const tempCache = async () => new CompileCache(await createTempFolder());
afterEach(removeTempFolders);

describe('compile cache', () => {
  it('keys on source, language, compile command and image', () => {
    const key = compileCacheKey(program, 'cpp', 'letscode/gcc:1');
    expect(compileCacheKey(program, 'cpp', 'letscode/gcc:1')).toBe(key);
    expect(compileCacheKey(withFile(program, 'solution.cpp', 'int main(){ }'), 'cpp', 'letscode/gcc:1')).not.toBe(key);
    expect(compileCacheKey(program, 'cpp', 'letscode/gcc:2')).not.toBe(key);
    expect(compileCacheKey(program, 'c', 'letscode/gcc:1')).not.toBe(key);
    expect(compileCacheKey({ ...program, compile: { argv: ['g++', '-O0', '{source}'], env: {} } }, 'cpp', 'letscode/gcc:1')).not.toBe(key);
  });

  it('keys on every file of a folder: a helper, a header, a renamed file', () => {
    const key = compileCacheKey(folder, 'cpp', 'letscode/gcc:1');
    expect(compileCacheKey({ ...folder, sources: [...folder.sources] }, 'cpp', 'letscode/gcc:1')).toBe(key);
    expect(compileCacheKey(withFile(folder, 'helper.cpp', 'int twice(int x) { return x + x; }'), 'cpp', 'letscode/gcc:1')).not.toBe(key);
    expect(compileCacheKey(withFile(folder, 'helper.h', 'int twice(int);'), 'cpp', 'letscode/gcc:1')).not.toBe(key);
    const renamed = folder.sources.map((file) => (file.path === 'helper.cpp' ? { ...file, path: 'helpers.cpp' } : file));
    expect(compileCacheKey({ ...folder, sources: renamed }, 'cpp', 'letscode/gcc:1')).not.toBe(key);
  });

  it('cannot be fooled by moving bytes from one file to the next', () => {
    const split = (a: string, b: string): PreparedProgram => ({
      ...program,
      sources: [{ path: 'a.cpp', data: Buffer.from(a) }, { path: 'b.cpp', data: Buffer.from(b) }],
    });
    expect(compileCacheKey(split('ab', 'c'), 'cpp', 'x')).not.toBe(compileCacheKey(split('a', 'bc'), 'cpp', 'x'));
  });

  it('returns what was stored, with file modes, and null on a miss', async () => {
    const cache = await tempCache();
    expect(await cache.get('missing')).toBeNull();
    const artifacts = [
      { path: 'solution', mode: 0o755, data: Buffer.from([0x7f, 0x45, 0x4c, 0x46]) },
      { path: 'pkg/Inner.class', mode: 0o644, data: Buffer.from('class') },
    ];
    await cache.put('k', { message: 'warning: unused', artifacts });
    expect(await cache.get('k')).toEqual({ message: 'warning: unused', artifacts });
  });

  it('treats a damaged entry as a miss', async () => {
    const cache = await tempCache();
    await cache.put('k', { message: '', artifacts: [] });
    writeFileSync(join(cache.dir, 'compile/k/manifest.json'), '{not json');
    expect(await cache.get('k')).toBeNull();
  });

  it('keeps at most 200 entries and leaves no staging folders behind', async () => {
    const cache = await tempCache();
    for (let i = 0; i < 203; i++) await cache.put(`k${i}`, { message: '', artifacts: [] });
    const names = readdirSync(join(cache.dir, 'compile'));
    expect(names).toHaveLength(200);
    expect(names.some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('lives in LETSCODE_CACHE_DIR or the XDG cache folder', () => {
    expect(defaultCacheDir({ LETSCODE_CACHE_DIR: '/x/y' })).toBe('/x/y');
    if (process.platform === 'linux') expect(defaultCacheDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/letscode');
  });
});
