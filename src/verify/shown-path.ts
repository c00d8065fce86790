// Paths as the problem setter knows them: relative to the problem folder, '/'-separated
// ("submissions/accepted/sum.cpp", "data/secret/1.in"), absolute only outside it.

import { relative } from 'node:path';
import type { Problem, TestData } from '../problem/model.js';

export function shown(problem: Pick<Problem, 'dir'>, path: string): string {
  const inside = relative(problem.dir, path);
  return (inside.startsWith('..') ? path : inside).split('\\').join('/');
}

/** A test file as shown; null for data written inline in problem.yaml. */
export function shownFile(problem: Pick<Problem, 'dir'>, data: TestData): string | null {
  return data.kind === 'file' ? shown(problem, data.path) : null;
}
