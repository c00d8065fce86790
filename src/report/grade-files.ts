// Writes the report files. OUT always gets report.json, report.csv, report.html and
// junit.xml (the only files there it ever replaces, besides appending to results.jsonl);
// --csv, --junit and --html also write a copy where the user asked.

import { join } from 'node:path';
import type { GradeResults } from '../grade/results.js';
import { renderGradeCsv } from './grade-csv.js';
import { renderGradeHtml } from './grade-html.js';
import { renderGradeJson } from './grade-json.js';
import { renderGradeJunit } from './grade-junit.js';
import { writeOutputFile, type OutputPath } from './output-file.js';

/** The files OUT owns, by report kind. */
export const OWNED_REPORTS = { json: 'report.json', csv: 'report.csv', html: 'report.html', junit: 'junit.xml' } as const;
export type ReportKind = keyof typeof OWNED_REPORTS;

export interface ReportRequest {
  outDir: string;
  /** Extra copies the user asked for (--csv FILE ...). */
  extra: Partial<Record<Exclude<ReportKind, 'json'>, string>>;
  mode: 'single' | 'assignment';
}

export const REPORT_EXAMPLES: Record<Exclude<ReportKind, 'json'>, string> = { csv: 'grades.csv', html: 'grades.html', junit: 'reports/junit.xml' };

export function reportOutput(kind: Exclude<ReportKind, 'json'>, path: string): OutputPath {
  return { option: `--${kind}`, path, example: REPORT_EXAMPLES[kind] };
}

export function renderReports(results: GradeResults, mode: 'single' | 'assignment'): Record<ReportKind, string> {
  return { json: renderGradeJson(results, mode), csv: renderGradeCsv(results), html: renderGradeHtml(results), junit: renderGradeJunit(results) };
}

/** Writes every report; returns the paths written, OUT's first. */
export async function writeReports(results: GradeResults, request: ReportRequest): Promise<string[]> {
  const rendered = renderReports(results, request.mode);
  const written: string[] = [];
  for (const kind of Object.keys(OWNED_REPORTS) as ReportKind[]) {
    const path = join(request.outDir, OWNED_REPORTS[kind]);
    await writeOutputFile({ option: '--out', path, example: 'grade-results/' }, rendered[kind]);
    written.push(path);
  }
  for (const [kind, path] of Object.entries(request.extra) as [Exclude<ReportKind, 'json'>, string][]) {
    await writeOutputFile(reportOutput(kind, path), rendered[kind]);
    written.push(path);
  }
  return written;
}
