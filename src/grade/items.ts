// Turns what was read from a student's entry into a GradeItem: a program gets its store key
// and its normalised hash (for identical-submission groups); a rejection keeps its reason.

import type { GradeItem, GradeProblem } from './model.js';
import { resultKey, sourceHash } from './keys.js';
import { normalizedHash } from './normalize-source.js';
import type { ReadSubmission } from './read-submission.js';

export interface ItemPlace {
  student: string;
  /** Shown in reports: relative to SUBMISSIONS, '/'-separated. */
  path: string;
}

export function toGradeItem(read: ReadSubmission, place: ItemPlace, problem: GradeProblem, letscodeVersion: string): GradeItem {
  const base = { student: place.student, problemId: problem.id, path: place.path };
  if (read.kind === 'rejected') return { ...base, kind: 'rejected', verdict: read.verdict, detail: read.detail };
  const { language, source } = read;
  return {
    ...base,
    kind: 'program',
    language,
    source,
    key: resultKey({ submissionHash: sourceHash(source), problemFingerprint: problem.fingerprint, languageId: language.id, letscodeVersion }),
    normalizedHash: normalizedHash(source, language.id),
  };
}
