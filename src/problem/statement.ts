// Where a problem's statement is, for whoever shows it (the page of `serve`): Kattis
// packages keep it in statement/ (2025-09) or problem_statement/ (legacy, 2023-07) as
// problem.<lang>.md, .tex, .html or .pdf; native problems and online-judge-tools folders in
// the problem folder or its statement/ (statement.md, problem.md, README.md ...). English
// first, then a language-less name, then any other language; Markdown, then HTML, then
// PDF, then LaTeX (shown as text).

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from './model.js';

export type StatementKind = 'markdown' | 'html' | 'pdf' | 'text';

export interface StatementFile {
  kind: StatementKind;
  /** Absolute path of the statement. */
  path: string;
  /** The folder it is in: images and files it names are relative to it. */
  folder: string;
  /** Its name in that folder. */
  name: string;
}

const KINDS: readonly (readonly [StatementKind, RegExp])[] = [
  ['markdown', /\.(md|markdown)$/i],
  ['html', /\.html?$/i],
  ['pdf', /\.pdf$/i],
  ['text', /\.tex$/i],
];

const FOLDERS: Record<Problem['format'], readonly string[]> = {
  kattis: ['statement', 'problem_statement'],
  native: ['.', 'statement', 'problem_statement'],
  'oj-tools': ['.', 'statement'],
};

/** The stems a statement may have, best first; README only outside a Kattis package. */
function stemRank(stem: string, format: Problem['format']): number {
  const lower = stem.toLowerCase();
  const order = ['problem.en', 'statement.en', 'problem', 'statement', ...(format === 'kattis' ? [] : ['readme'])];
  const exact = order.indexOf(lower);
  if (exact >= 0) return exact;
  // problem.de, statement.fr: another language, after every English or language-less one.
  if (/^(problem|statement)\.[a-z]{2,3}(-[a-z]+)?$/.test(lower)) return order.length;
  return -1;
}

export async function findStatement(problem: Pick<Problem, 'dir' | 'format'>): Promise<StatementFile | null> {
  let best: { file: StatementFile; rank: number } | null = null;
  for (const [folderIndex, relative] of FOLDERS[problem.format].entries()) {
    const folder = join(problem.dir, relative);
    for (const name of await fileNames(folder)) {
      const kindIndex = KINDS.findIndex(([, pattern]) => pattern.test(name));
      if (kindIndex < 0) continue;
      const stem = name.replace(KINDS[kindIndex]![1], '');
      const stemIndex = stemRank(stem, problem.format);
      if (stemIndex < 0) continue;
      // Kind first (a Markdown statement beats a PDF anywhere), then the name, then the folder.
      const rank = kindIndex * 10_000 + stemIndex * 100 + folderIndex;
      if (!best || rank < best.rank || (rank === best.rank && name < best.file.name)) {
        best = { file: { kind: KINDS[kindIndex]![0], path: join(folder, name), folder, name }, rank };
      }
    }
  }
  return best?.file ?? null;
}

async function fileNames(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((entry) => entry.name);
  } catch {
    return [];
  }
}
