// Every (student, problem) pair as a GradeItem, read from disk: one per student for a
// single problem, one per student and problem for an assignment (MISSING or AMBIGUOUS
// when the student's folder holds no file, or several, matching the problem's pattern).

import type { Assignment } from './assignment.js';
import { checkPatternsMatch, matchInStudentFolder, type Discovered, type PatternMatch } from './discover.js';
import { toGradeItem } from './items.js';
import type { GradeItem, GradeProblem } from './model.js';
import { readSubmission } from './read-submission.js';

export interface CollectOptions {
  langOption: string | undefined;
  letscodeVersion: string;
}

export async function collectSingleProblem(problem: GradeProblem, discovered: Discovered, options: CollectOptions): Promise<GradeItem[]> {
  const items: GradeItem[] = [];
  for (const entry of discovered.entries) {
    const read = await readSubmission(entry.absolutePath, entry.path, options.langOption);
    items.push(toGradeItem(read, entry, problem, options.letscodeVersion));
  }
  return items;
}

export async function collectAssignment(assignment: Assignment, discovered: Discovered, options: CollectOptions): Promise<GradeItem[]> {
  const matches = new Map<string, PatternMatch[]>();
  for (const problem of assignment.problems) {
    matches.set(problem.id, await Promise.all(discovered.entries.map((entry) => matchInStudentFolder(entry, problem.filePattern))));
  }
  checkPatternsMatch(assignment, matches);
  const items: GradeItem[] = [];
  for (const [index, entry] of discovered.entries.entries()) {
    for (const problem of assignment.problems) {
      const match = matches.get(problem.id)![index]!;
      items.push(await itemFor(match, entry.student, entry.path, problem, problem.filePattern, options));
    }
  }
  return items;
}

async function itemFor(match: PatternMatch, student: string, folder: string, problem: GradeProblem, pattern: string, options: CollectOptions): Promise<GradeItem> {
  const base = { student, problemId: problem.id };
  switch (match.kind) {
    case 'none':
      return { ...base, path: '', kind: 'rejected', verdict: 'MISSING', detail: `nothing in ${folder} matches ${pattern}` };
    case 'several':
      return { ...base, path: folder, kind: 'rejected', verdict: 'AMBIGUOUS', detail: `${match.paths.join(', ')} all match ${pattern}: keep one` };
    case 'one': {
      const read = await readSubmission(match.absolutePath, match.path, options.langOption);
      return toGradeItem(read, { student, path: match.path }, problem, options.letscodeVersion);
    }
  }
}
