import { describe, expect, it } from 'vitest';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { loadNativeProblem } from '../problem/load-native.js';
import { problemFingerprint, resultKey, sourceHash } from './keys.js';

afterEach(removeTempFolders);

const PROBLEM = 'name: Sum\ntime_limit: 1s\nmemory_limit: 64MiB\ntests: tests/\n';

describe('keys', () => {
  it('fingerprints a problem by content: a moved copy keeps it, an edited test changes it', async () => {
    const root = await createTempFolder({ 'a/problem.yaml': PROBLEM, 'a/tests/1.in': '1\n', 'a/tests/1.out': '1\n', 'a/README.md': 'notes' });
    await cp(join(root, 'a'), join(root, 'b'), { recursive: true });
    const original = await problemFingerprint(await loadNativeProblem(join(root, 'a/problem.yaml')));
    expect(await problemFingerprint(await loadNativeProblem(join(root, 'b/problem.yaml')))).toBe(original);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(root, 'b/README.md'), 'other notes');
    expect(await problemFingerprint(await loadNativeProblem(join(root, 'b/problem.yaml')))).toBe(original);
    await writeFile(join(root, 'b/tests/1.out'), '2\n');
    expect(await problemFingerprint(await loadNativeProblem(join(root, 'b/problem.yaml')))).not.toBe(original);
  });

  it('keys a result by submission, problem, language and version', () => {
    const parts = { submissionHash: sourceHash(Buffer.from('x')), problemFingerprint: 'p', languageId: 'cpp', letscodeVersion: '0.1.0' };
    const key = resultKey(parts);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(resultKey({ ...parts })).toBe(key);
    for (const change of [{ submissionHash: sourceHash(Buffer.from('y')) }, { problemFingerprint: 'q' }, { languageId: 'c' }, { letscodeVersion: '0.2.0' }]) {
      expect(resultKey({ ...parts, ...change })).not.toBe(key);
    }
  });

  it('hashes a folder by its files and their paths', () => {
    const folder = (path: string) => ({ name: 'bob', files: [{ path, data: Buffer.from('int main(){}') }] });
    expect(sourceHash(folder('main.cpp'))).toBe(sourceHash(folder('main.cpp')));
    expect(sourceHash(folder('main.cpp'))).not.toBe(sourceHash(folder('other.cpp')));
  });
});
