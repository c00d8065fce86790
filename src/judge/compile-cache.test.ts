import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PreparedProgram } from '../languages/prepare.js';
import { CompileCache, compileCacheKey, defaultCacheDir } from './compile-cache.js';

const program: PreparedProgram = {
  sourceName: 'solution.cpp',
  source: Buffer.from('int main() {}'),
  compile: { argv: ['g++', '-O2', '{source}'], env: {} },
  run: { argv: ['/box/solution'], env: {} },
  outOfMemoryMarkers: [],
};

const tempCache = () => new CompileCache(mkdtempSync(join(tmpdir(), 'letscode-cache-')));

describe('compile cache', () => {
  it('keys on source, language, compile command and image', () => {
    const key = compileCacheKey(program, 'cpp', 'letscode/gcc:1');
    expect(compileCacheKey(program, 'cpp', 'letscode/gcc:1')).toBe(key);
    expect(compileCacheKey({ ...program, source: Buffer.from('int main(){ }') }, 'cpp', 'letscode/gcc:1')).not.toBe(key);
    expect(compileCacheKey(program, 'cpp', 'letscode/gcc:2')).not.toBe(key);
    expect(compileCacheKey(program, 'c', 'letscode/gcc:1')).not.toBe(key);
    expect(compileCacheKey({ ...program, compile: { argv: ['g++', '-O0', '{source}'], env: {} } }, 'cpp', 'letscode/gcc:1')).not.toBe(key);
  });

  it('returns what was stored, with file modes, and null on a miss', async () => {
    const cache = tempCache();
    expect(await cache.get('missing')).toBeNull();
    const artifacts = [
      { path: 'solution', mode: 0o755, data: Buffer.from([0x7f, 0x45, 0x4c, 0x46]) },
      { path: 'pkg/Inner.class', mode: 0o644, data: Buffer.from('class') },
    ];
    await cache.put('k', { message: 'warning: unused', artifacts });
    expect(await cache.get('k')).toEqual({ message: 'warning: unused', artifacts });
  });

  it('treats a damaged entry as a miss', async () => {
    const cache = tempCache();
    await cache.put('k', { message: '', artifacts: [] });
    writeFileSync(join(cache.dir, 'compile/k/manifest.json'), '{not json');
    expect(await cache.get('k')).toBeNull();
  });

  it('keeps at most 200 entries and leaves no staging folders behind', async () => {
    const cache = tempCache();
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
