// Plain-text, aligned tables for the benchmark's report (no colours: it goes into docs).

import type { Summary } from './timing.js';

export interface Row {
  label: string;
  summary: Summary | null;
  /** The baseline's median; null for the baseline row itself (ratio 1.00x). */
  baselineMs: number | null;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (Math.abs(ms) >= 100) return ms.toFixed(0);
  if (Math.abs(ms) >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

export function formatRatio(value: number, baseline: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) return 'n/a';
  const ratio = value / baseline;
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2)}x`;
}

export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (rightAligned.includes(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Row, median, range over the samples, samples, ratio against the section's baseline. */
export function renderTimings(rows: readonly Row[], baselineName: string): string {
  const body = rows.map(({ label, summary, baselineMs }) => {
    if (!summary) return [label, 'n/a', '', '', ''];
    const ratio = baselineMs === null ? '1.00x (baseline)' : formatRatio(summary.median, baselineMs);
    return [label, formatMs(summary.median), `${formatMs(summary.min)}-${formatMs(summary.max)}`, String(summary.samples.length), ratio];
  });
  return renderTable(['row', 'median ms', 'range ms', 'n', `vs ${baselineName}`], body, [1, 2, 3, 4]);
}
