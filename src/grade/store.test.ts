import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonReport, programItem, storedJudged } from './__fixtures__/grade-data.js';
import { STORE_FILE_NAME, ResultsStore } from './store.js';
import { formatStoredLine } from './store-record.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'letscode-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const alice = storedJudged(programItem('alice', { key: 'a'.repeat(64) }), jsonReport(['AC', 'AC', 'WA']));
const bob = storedJudged(programItem('bob', { key: 'b'.repeat(64) }), jsonReport(['AC', 'AC', 'AC']));

describe('ResultsStore', () => {
  it('creates nothing until the first append, then reads back what it stored', async () => {
    const dir = join(await tempDir(), 'out');
    const store = await ResultsStore.load(dir);
    expect(store.size).toBe(0);
    await expect(readFile(join(dir, STORE_FILE_NAME))).rejects.toThrow();
    await store.append(alice);
    await store.append(bob);
    await store.close();
    const again = await ResultsStore.load(dir);
    expect(again.get(alice.key)).toEqual(alice);
    expect(again.get(bob.key)?.student).toBe('bob');
    expect(again.damagedLines).toBe(0);
  });

  it('skips a torn last line, and closes it before appending so the next line survives', async () => {
    const dir = await tempDir();
    const file = join(dir, STORE_FILE_NAME);
    const bobLine = formatStoredLine(bob);
    await writeFile(file, formatStoredLine(alice) + bobLine.slice(0, 40));
    const store = await ResultsStore.load(dir);
    expect(store.get(alice.key)).toBeDefined();
    expect(store.get(bob.key)).toBeUndefined();
    expect(store.damagedLines).toBe(1);
    await store.append(bob);
    await store.close();
    const again = await ResultsStore.load(dir);
    expect(again.get(bob.key)).toEqual(bob);
    expect(again.damagedLines).toBe(1);
    expect((await readFile(file, 'utf8')).split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('ignores lines that are JSON but not a result (hand edits, another format)', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, STORE_FILE_NAME), `${JSON.stringify({ format: 'letscode-grade-result/1', key: 'x' })}\n{"hello":1}\n${formatStoredLine(alice)}`);
    const store = await ResultsStore.load(dir);
    expect(store.damagedLines).toBe(2);
    expect(store.size).toBe(1);
  });

  it('lets a later line for the same key win (a regrade appends, never rewrites)', async () => {
    const dir = await tempDir();
    const regraded = { ...alice, outcome: { ...alice.outcome, report: jsonReport(['AC', 'AC', 'AC']) } } as typeof alice;
    await writeFile(join(dir, STORE_FILE_NAME), formatStoredLine(alice));
    await appendFile(join(dir, STORE_FILE_NAME), formatStoredLine(regraded));
    const store = await ResultsStore.load(dir);
    expect(store.get(alice.key)).toEqual(regraded);
  });

  it('serialises concurrent appends into whole lines', async () => {
    const dir = await tempDir();
    const store = await ResultsStore.load(dir);
    const many = Array.from({ length: 20 }, (_, index) => ({ ...alice, key: index.toString(16).padStart(64, '0'), student: `s${index}` }));
    await Promise.all(many.map((result) => store.append(result)));
    await store.close();
    const again = await ResultsStore.load(dir);
    expect(again.size).toBe(20);
    expect(again.damagedLines).toBe(0);
  });
});
