import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findStatement } from './statement.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'letscode-statement-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let made = 0;
function folder(files: string[]): string {
  const dir = join(root, String(++made));
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'x');
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('findStatement', () => {
  it('a Kattis package: statement/problem.en.md (2025-09), problem_statement/problem.tex (legacy) as text', async () => {
    const modern = await findStatement({ dir: join(repoRoot, 'test/fixtures/kattis/goldbach'), format: 'kattis' });
    expect(modern).toMatchObject({ kind: 'markdown', name: 'problem.en.md' });
    const legacy = await findStatement({ dir: join(repoRoot, 'test/fixtures/kattis/sum-groups'), format: 'kattis' });
    expect(legacy).toMatchObject({ kind: 'text', name: 'problem.tex' });
  });

  it('Markdown beats HTML beats PDF beats LaTeX; English beats another language; README only outside Kattis', async () => {
    const dir = folder(['statement/problem.de.md', 'statement/problem.en.pdf', 'problem_statement/problem.en.tex', 'statement/problem.md']);
    expect(await findStatement({ dir, format: 'kattis' })).toMatchObject({ kind: 'markdown', name: 'problem.md', folder: join(dir, 'statement') });
    const html = folder(['statement/problem.en.html', 'statement/problem.en.pdf']);
    expect(await findStatement({ dir: html, format: 'kattis' })).toMatchObject({ kind: 'html', name: 'problem.en.html' });
    const readme = folder(['README.md', 'problem.yaml']);
    expect(await findStatement({ dir: readme, format: 'native' })).toMatchObject({ kind: 'markdown', name: 'README.md', folder: readme });
    expect(await findStatement({ dir: readme, format: 'kattis' })).toBeNull();
  });

  it('the bundled problems have their README; a folder without a statement has none', async () => {
    expect(await findStatement({ dir: join(repoRoot, 'problems/sum-list'), format: 'native' })).toMatchObject({ kind: 'markdown', name: 'README.md' });
    expect(await findStatement({ dir: folder(['test/sample-1.in', 'notes.txt']), format: 'oj-tools' })).toBeNull();
  });
});
