// Groups submissions of the same problem whose normalised sources are equal. Each row of the
// reports then lists the other students of its group, sorted, so the reports stay stable.

import type { GradeItem } from './model.js';

/** "problemId\0student" -> the other students with an identical submission (absent: none). */
export type IdenticalSubmissions = ReadonlyMap<string, readonly string[]>;

export function identicalKey(problemId: string, student: string): string {
  return `${problemId}\0${student}`;
}

export function findIdenticalSubmissions(items: readonly GradeItem[]): IdenticalSubmissions {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    if (item.kind !== 'program') continue;
    const group = `${item.problemId}\0${item.normalizedHash}`;
    groups.set(group, [...(groups.get(group) ?? []), item.student]);
  }
  const identical = new Map<string, string[]>();
  for (const [group, students] of groups) {
    if (students.length < 2) continue;
    const problemId = group.slice(0, group.indexOf('\0'));
    const sorted = [...students].sort(compareIds);
    for (const student of sorted) identical.set(identicalKey(problemId, student), sorted.filter((other) => other !== student));
  }
  return identical;
}

/** Student ids in a stable, human order: case-insensitive, then by code unit. */
export function compareIds(a: string, b: string): number {
  const folded = a.toLowerCase().localeCompare(b.toLowerCase(), 'en');
  if (folded !== 0) return folded;
  return a < b ? -1 : a > b ? 1 : 0;
}
