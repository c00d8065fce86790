// The inline SVG charts of the HTML report: the class's score histogram and, per problem,
// each test's slowest and median CPU time against the time limit. No script, no fonts,
// nothing fetched: plain SVG the page carries itself.

import type { GradeResults, ProblemColumns } from '../grade/results.js';
import { formatMs } from '../common/format-units.js';
import { html, type Html } from './html-escape.js';

const BINS = 10;

/** Students per tenth of the maximum score; a full score falls in the last bin. */
export function scoreBins(results: GradeResults): number[] {
  const bins = Array.from({ length: BINS }, () => 0);
  for (const student of results.students) {
    const share = student.maxScore === 0 ? 0 : student.score / student.maxScore;
    bins[Math.min(BINS - 1, Math.floor(share * BINS))]! += 1;
  }
  return bins;
}

export function scoreHistogram(results: GradeResults): Html {
  const bins = scoreBins(results);
  const tallest = Math.max(1, ...bins);
  const [width, height, barWidth] = [440, 160, 40];
  const bars = bins.map((count, index) => {
    const barHeight = Math.round((count / tallest) * (height - 40));
    const x = 10 + index * (barWidth + 3);
    const y = height - 20 - barHeight;
    return html`<rect class="bar" x="${x}" y="${y}" width="${barWidth}" height="${barHeight}"><title>${index * 10}–${index * 10 + 10}%: ${count}</title></rect>
<text x="${x + barWidth / 2}" y="${y - 4}" text-anchor="middle">${count > 0 ? count : ''}</text>
<text x="${x + barWidth / 2}" y="${height - 6}" text-anchor="middle" class="axis">${index === BINS - 1 ? '90–100%' : `${index * 10}%`}</text>`;
  });
  return html`<svg class="chart" role="img" aria-label="score histogram" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${bars}</svg>`;
}

export interface TestTimes {
  name: string;
  maxMs: number | null;
  medianMs: number | null;
}

export function testTimes(results: GradeResults, problem: ProblemColumns): TestTimes[] {
  return problem.tests.map((test) => {
    const times = results.students
      .flatMap((student) => student.rows.filter((row) => row.problemId === problem.id))
      .flatMap((row) => row.tests.filter((each) => each.name === test.name).map((each) => each.timeMs))
      .sort((a, b) => a - b);
    if (times.length === 0) return { name: test.name, maxMs: null, medianMs: null };
    return { name: test.name, maxMs: times[times.length - 1]!, medianMs: times[Math.floor((times.length - 1) / 2)]! };
  });
}

/** Horizontal bars per test (median dark, slowest light) with the limit as a red line. */
export function timeChart(times: readonly TestTimes[], timeLimitMs: number | null): Html {
  const scaleMs = Math.max(1, (timeLimitMs ?? 0) * 1.25, ...times.map((time) => time.maxMs ?? 0));
  const [labelWidth, barArea, rowHeight] = [150, 360, 16];
  const height = times.length * rowHeight + 24;
  const x = (ms: number) => labelWidth + Math.round((Math.min(ms, scaleMs) / scaleMs) * barArea);
  const rows = times.map((time, index) => {
    const y = 4 + index * rowHeight;
    const label = time.name.length > 22 ? `${time.name.slice(0, 21)}…` : time.name;
    const shown = time.maxMs === null ? 'not run' : `slowest ${formatMs(time.maxMs)}, median ${formatMs(time.medianMs ?? 0)}`;
    return html`<text x="${labelWidth - 6}" y="${y + 11}" text-anchor="end">${label}<title>${time.name}</title></text>
${time.maxMs === null ? '' : html`<rect class="slowest" x="${labelWidth}" y="${y + 2}" width="${x(time.maxMs) - labelWidth}" height="10"><title>${time.name}: ${shown}</title></rect>
<rect class="median" x="${labelWidth}" y="${y + 2}" width="${x(time.medianMs ?? 0) - labelWidth}" height="10"><title>${time.name}: ${shown}</title></rect>`}`;
  });
  const limit = timeLimitMs === null ? '' : html`<line class="limit" x1="${x(timeLimitMs)}" x2="${x(timeLimitMs)}" y1="0" y2="${height - 18}"/>
<text x="${x(timeLimitMs)}" y="${height - 4}" text-anchor="middle" class="limit-label">limit ${formatMs(timeLimitMs)}</text>`;
  return html`<svg class="chart" role="img" aria-label="CPU time per test against the time limit" viewBox="0 0 ${labelWidth + barArea + 40} ${height}" width="${labelWidth + barArea + 40}" height="${height}">${rows}${limit}</svg>`;
}
