import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { sha256 } from './cache.js';
import { DataFiles } from './data-files.js';

afterEach(removeTempFolders);

const bytes = (text: string) => Buffer.from(text);

describe('DataFiles', () => {
  it('writes new files, replaces its own, and removes the previous entry’s files it no longer makes', async () => {
    const dir = await createTempFolder({ 'secret/a.in': '1\n', 'secret/a.yaml': 'x: 1\n' });
    const data = new DataFiles(dir, { 'secret/a': { key: 'k', files: { 'secret/a.in': sha256('1\n'), 'secret/a.yaml': sha256('x: 1\n') } } });
    const written = await data.replace(new Map([['secret/a.in', bytes('2\n')], ['secret/a.ans', bytes('2\n')]]), { key: 'k', files: { 'secret/a.in': sha256('1\n'), 'secret/a.yaml': sha256('x: 1\n') } });
    expect(written).toEqual({ kind: 'written', files: { 'secret/a.in': sha256('2\n'), 'secret/a.ans': sha256('2\n') } });
    expect(await readFile(join(dir, 'secret/a.in'), 'utf8')).toBe('2\n');
    expect(await data.allFiles()).toEqual(['secret/a.ans', 'secret/a.in']);
  });

  it('is blocked by a file it did not write, or one edited since, and writes nothing then', async () => {
    const dir = await createTempFolder({ 'secret/b.in': 'mine\n', 'secret/c.in': 'edited\n' });
    const data = new DataFiles(dir, { 'secret/c': { key: 'k', files: { 'secret/c.in': sha256('as written\n') } } });
    expect(await data.replace(new Map([['secret/b.ans', bytes('1\n')], ['secret/b.in', bytes('1\n')]]), undefined)).toEqual({ kind: 'blocked', file: 'secret/b.in' });
    expect(await data.allFiles()).toEqual(['secret/b.in', 'secret/c.in']);
    expect(await data.replace(new Map([['secret/c.in', bytes('1\n')]]), undefined)).toEqual({ kind: 'blocked', file: 'secret/c.in' });
    expect(await data.state({ key: 'k', files: { 'secret/c.in': sha256('as written\n') } })).toBe('edited');
  });

  it('removes a dropped entry’s files but keeps the ones edited by hand, and lists data/ without hidden files', async () => {
    const dir = await createTempFolder({ 'secret/d.in': '1\n', 'secret/d.ans': 'changed\n', '.letscode-generated.json': '{}' });
    await mkdir(join(dir, 'sample'));
    await writeFile(join(dir, 'sample', '1.in'), '3\n');
    const data = new DataFiles(dir, {});
    const entry = { key: 'k', files: { 'secret/d.in': sha256('1\n'), 'secret/d.ans': sha256('1\n') } };
    expect(await new DataFiles(dir, { 'secret/d': entry }).removeEntry(entry)).toEqual(['secret/d.ans']);
    expect(await data.allFiles()).toEqual(['sample/1.in', 'secret/d.ans']);
    expect(await data.state({ key: 'k', files: { 'secret/d.in': sha256('1\n') } })).toBe('missing');
  });
});
