// assignment.yaml: several problems graded in one run. Each problem names its folder
// (relative to the assignment file), the file or glob to take from each student's folder
// and its points. Mistakes are one line naming the file, the field and the fix.
//
//   name: Week 3                  # optional: the reports' title
//   problems:
//     sum:                        # id: report columns and JSON use it
//       problem: ../problems/sum-list
//       file: "sum.*"             # a name or glob inside each student's folder
//       points: 30                # default 1

import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { ProblemFileError, UsageError } from '../errors.js';
import { problemFileErrorFromIssues } from '../common/issue-to-error.js';
import { loadProblem } from '../problem/load.js';
import { locateProblem } from '../problem/locate.js';
import { readYamlFile } from '../common/yaml-file.js';
import { problemFingerprint } from './keys.js';
import type { GradeProblem } from './model.js';

const PROBLEM_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const ENTRY_FIELDS = ['problem', 'file', 'points'] as const;

const entrySchema = z.strictObject({
  problem: z.string().min(1),
  file: z.string().min(1),
  points: z.number().positive().finite().default(1),
});

const assignmentSchema = z.strictObject({
  name: z.string().min(1).optional(),
  problems: z
    .record(z.string().regex(PROBLEM_ID), entrySchema)
    .refine((problems) => Object.keys(problems).length > 0, { message: 'lists no problem' }),
});

const FIELD_FIXES: Record<string, string> = {
  '': 'write a mapping with problems: (and optionally name:)',
  name: 'give the title as text, e.g. name: Week 3',
  problems: 'map problem ids to entries, e.g. problems: { sum: { problem: ../sum-list, file: sum.cpp } }',
};

function entryFix(field: string): string {
  if (field === 'problem') return 'give the problem folder relative to assignment.yaml, e.g. problem: ../problems/sum-list';
  if (field === 'file') return 'give the file name or glob in each student folder, e.g. file: "sum.*"';
  if (field === 'points') return 'give a positive number, e.g. points: 30';
  return 'ids are letters, digits, "_", "-" and ".", e.g. sum or week3-sum';
}

export interface AssignmentProblem extends GradeProblem {
  /** File name or glob matched inside each student's folder. */
  filePattern: string;
}

export interface Assignment {
  file: string;
  name: string | undefined;
  problems: AssignmentProblem[];
}

/** Reads, checks and loads every problem of an assignment file (no judging). */
export async function loadAssignment(file: string, options: { timeLimitMs?: number | undefined } = {}): Promise<Assignment> {
  const data = await readYamlFile(file);
  const parsed = assignmentSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw problemFileErrorFromIssues(file, parsed.error.issues, fieldHelp(data));
  const problems: AssignmentProblem[] = [];
  for (const [id, entry] of Object.entries(parsed.data.problems)) {
    const problem = await loadAssignmentProblem(file, id, entry.problem, options.timeLimitMs);
    problems.push({ id, problem, points: entry.points, filePattern: entry.file, fingerprint: await problemFingerprint(problem) });
  }
  return { file, name: parsed.data.name, problems };
}

async function loadAssignmentProblem(file: string, id: string, path: string, timeLimitMs: number | undefined) {
  const located = await locateProblem({ problemOption: path, solutionPath: '.', cwd: dirname(resolve(file)) }).catch((error: unknown) => {
    if (!(error instanceof UsageError)) throw error;
    throw new ProblemFileError(file, `problems.${id}.problem`, `${path} holds no problem letscode can read`, 'give a problem folder (with problem.yaml, a Kattis package or test/) relative to assignment.yaml');
  });
  return loadProblem(located, { timeLimitMs });
}

/** Field names and fixes for every problem id the file uses, so a typo gets "did you mean". */
function fieldHelp(data: unknown) {
  const ids = isRecord(data) && isRecord(data.problems) ? Object.keys(data.problems) : [];
  const knownFields: Record<string, readonly string[]> = { '': ['name', 'problems'] };
  const fieldFixes: Record<string, string> = { ...FIELD_FIXES };
  for (const id of ids) {
    knownFields[`problems.${id}`] = ENTRY_FIELDS;
    fieldFixes[`problems.${id}`] = `give ${id} a mapping with problem:, file: and optionally points:`;
    for (const field of ENTRY_FIELDS) fieldFixes[`problems.${id}.${field}`] = entryFix(field);
  }
  return { knownFields, fieldFixes };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
