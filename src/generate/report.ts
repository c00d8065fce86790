// What `generate` did, as data for the reporter and the exit code.

import type { ValidationReport } from '../verify/validation-report.js';
import { validationStatus } from '../verify/validation-report.js';

export type CaseStatus =
  | 'generated'
  | 'up-to-date'
  /** A generator, copy or solution failed: nothing written. */
  | 'failed'
  /** A file the yaml would write is not ours (hand-written, or edited since): kept, nothing written. */
  | 'blocked'
  /** --check-deterministic: two runs of the generator gave different files. */
  | 'nondeterministic';

export interface CaseReport {
  /** data/-relative, without extension: "secret/02-random". */
  path: string;
  status: CaseStatus;
  /** Why, for the statuses that are not fine; what made it, for generated ones. */
  message: string;
}

export interface GenerateReport {
  problem: string;
  cases: CaseReport[];
  /** Files of cases no longer in generators.yaml, removed. */
  removed: string[];
  /** Files in data/ that generators.yaml does not own: kept untouched. */
  notOwned: string[];
  /** Generated files edited by hand whose case is no longer in generators.yaml: kept. */
  keptEdited: string[];
  notes: string[];
  /** The input validators on what data/ now holds; null when there are none or data/ does not load. */
  validation: ValidationReport | null;
  /** Why the package does not load once data/ is written (a hand-written case without its answer, ...). */
  loadError: string | null;
}

export type GenerateStatus = 'ok' | 'failed' | 'judge-error';

export function generateStatus(report: GenerateReport): GenerateStatus {
  const bad = report.cases.some((item) => item.status === 'failed' || item.status === 'blocked' || item.status === 'nondeterministic');
  const validation = report.validation ? validationStatus(report.validation) : 'valid';
  if (bad || report.loadError !== null || validation === 'invalid') return 'failed';
  return validation === 'crash' ? 'judge-error' : 'ok';
}
