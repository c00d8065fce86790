import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from './__fixtures__/temp-folder.js';
import { readTestData } from './test-data.js';

afterEach(removeTempFolders);

describe('readTestData', () => {
  it('returns inline content as UTF-8 bytes', async () => {
    expect((await readTestData({ kind: 'inline', content: 'héllo\n' })).toString('utf8')).toBe('héllo\n');
  });

  it('reads a file byte for byte', async () => {
    const folder = await createTempFolder({ '1.in': '3\r\n1 2 3' });
    expect((await readTestData({ kind: 'file', path: join(folder, '1.in') })).toString()).toBe('3\r\n1 2 3');
  });

  it('reports a file that vanished since loading as a problem file error', async () => {
    const folder = await createTempFolder();
    const path = join(folder, 'gone.in');
    await expect(readTestData({ kind: 'file', path })).rejects.toThrow(`${path}: does not exist (restore the file`);
  });
});
