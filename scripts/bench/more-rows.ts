// The rows of the warm path, grading, CPU pinning, stress and the queue load, measured and rendered for bench.ts.

import type { Fixtures } from './fixtures.js';
import { measureGrading, type GradingRow } from './grading.js';
import type { LetscodeCli } from './letscode.js';
import { measurePinning, type Spread } from './pinning.js';
import { queueLoadBenchmark, type LoadScenario } from './queue-load.js';
import { queueTargets, renderQueueLoad } from './queue-report.js';
import { benchStress, type StressBench } from './stress.js';
import { formatMs, formatRatio, renderTable, renderTimings } from './table.js';
import { measureWarmPath, type WarmPathShape } from './warm-path.js';

export type Suite = 'core' | 'warm' | 'grading' | 'pinning' | 'stress' | 'queue';
export const SUITES: readonly Suite[] = ['core', 'warm', 'grading', 'pinning', 'stress', 'queue'];

/** The queue load: seconds per set-up, closed-loop clients, turns the seconds are split into. */
export interface LoadShape {
  seconds: number;
  clients: number;
  rounds: number;
}

/** Targets from the issues. */
const WARM_TARGETS = [1.2, 1.1] as const;
const COLD_TINY_TARGET = 2;
const FIRST_VERDICT_MS = 150;
const GRADING_TARGET = 1.3;
/** letscode stress must run at least this share of the native loop's iterations per second. */
const STRESS_MIN_RATE_RATIO = 0.8;
const STRESS_COUNTS = { nativeIterations: 300, few: 200, many: 2000 };

export interface MoreRows {
  warm?: WarmPathShape[];
  grading?: GradingRow;
  pinning?: Spread[];
  stress?: StressBench;
  queue?: LoadScenario[];
}

export async function measureMoreRows(suites: ReadonlySet<Suite>, cli: LetscodeCli, fixtures: Fixtures, runs: number, load: LoadShape, progress: (text: string) => void): Promise<MoreRows> {
  const rows: MoreRows = {};
  if (suites.has('warm')) {
    progress(`warm path: 3 shapes, ${runs} runs each (warm and cold)`);
    rows.warm = await measureWarmPath(cli, fixtures, runs);
    await cli.stopHelper();
  }
  if (suites.has('grading')) {
    progress('grading: 100 submissions x 20 tests, letscode grade vs a bash loop');
    rows.grading = await measureGrading(fixtures, cli.cacheDir, Math.min(runs, 2));
  }
  if (suites.has('pinning')) {
    progress('pinning: CPU time of 100 identical runs, pinned and not');
    rows.pinning = await measurePinning(fixtures, cli.cacheDir);
  }
  if (suites.has('stress')) {
    progress(`stress: letscode stress vs the native loop, ${runs} round(s)`);
    rows.stress = await benchStress(cli, fixtures.root, { rounds: runs, ...STRESS_COUNTS });
  }
  if (suites.has('queue')) rows.queue = await queueLoadBenchmark({ ...load, cacheDir: cli.cacheDir, workDir: fixtures.root, progress });
  return rows;
}

export function renderMoreRows(rows: MoreRows, defaultJobs: number): string[] {
  const lines: string[] = [];
  if (rows.warm) {
    lines.push('Warm path (process start to exit, ms): warm = the helper up; cold = the first command after it expired');
    for (const shape of rows.warm) {
      const rowsOfShape = [
        { label: `${shape.name}: ${shape.baselineLabel}`, summary: shape.baseline, baselineMs: null },
        ...(shape.extraBaseline ? [{ label: `  ${shape.extraBaseline.label}`, summary: shape.extraBaseline.summary, baselineMs: shape.baseline.median }] : []),
        { label: '  letscode judge, warm', summary: shape.warm, baselineMs: shape.baseline.median },
        { label: '  letscode judge, cold', summary: shape.cold, baselineMs: shape.baseline.median },
      ];
      lines.push(renderTimings(rowsOfShape, shape.baselineLabel), '');
      if (shape.extraCerts) {
        const { nodeWithout, warmViaNode } = shape.extraCerts;
        lines.push(renderTimings([
          { label: `${shape.name}: node -e '' without NODE_EXTRA_CA_CERTS`, summary: nodeWithout, baselineMs: null },
          { label: '  letscode judge, warm, as node bin/letscode.js (Node reads the CA file)', summary: warmViaNode, baselineMs: nodeWithout.median },
        ], "node -e '' without the CA file"), '');
      }
    }
    const [tiny, sort, first] = rows.warm;
    lines.push('Warm path targets');
    if (tiny) lines.push(`  A+B 200 tiny tests, fresh source: warm ${formatRatio(tiny.warm.median, tiny.baseline.median)} (target ${WARM_TARGETS[0]}x), cold ${formatRatio(tiny.cold.median, tiny.baseline.median)} (target ${COLD_TINY_TARGET}x)`);
    if (sort) lines.push(`  sorting 200 tests: warm ${formatRatio(sort.warm.median, sort.baseline.median)} (target ${WARM_TARGETS[1]}x)`);
    if (first) lines.push(`  cached program, first verdict: warm ${formatMs(first.warm.median)} ms (target ${FIRST_VERDICT_MS} ms), cold ${formatMs(first.cold.median)} ms`);
    if (first?.extraCerts) lines.push(`  the same run as node bin/letscode.js (Node reads NODE_EXTRA_CA_CERTS): warm ${formatMs(first.extraCerts.warmViaNode.median)} ms (node -e '' without it ${formatMs(first.extraCerts.nodeWithout.median)} ms)`);
    lines.push('');
  }
  if (rows.grading) {
    const { grading } = rows;
    lines.push(`Grading ${grading.submissions} submissions (half C++, half Python) x ${grading.tests} tests, from nothing, ms`);
    lines.push(renderTimings([
      { label: 'native floor (bash: g++, run, cmp, one after the other)', summary: grading.floor, baselineMs: null },
      { label: 'letscode grade (default --parallel, boxes reused)', summary: grading.letscode, baselineMs: grading.floor.median },
    ], 'native floor'));
    lines.push(`  target: within ${GRADING_TARGET}x the floor: ${formatRatio(grading.letscode.median, grading.floor.median)}`, '');
  }
  if (rows.pinning) {
    lines.push('CPU time of 100 identical runs, --jobs 2, ms (alternating rounds)');
    lines.push(renderTable(
      ['boxes', 'median', 'min', 'max', 'stdev', '(max-min)/median'],
      rows.pinning.map((spread) => [
        spread.pinned ? 'pinned to a core each' : 'not pinned',
        formatMs(spread.medianMs), formatMs(spread.minMs), formatMs(spread.maxMs), formatMs(spread.stdevMs),
        `${(((spread.maxMs - spread.minMs) / spread.medianMs) * 100).toFixed(1)}%`,
      ]),
      [1, 2, 3, 4, 5],
    ), '');
  }
  if (rows.stress) lines.push(...renderStress(rows.stress, defaultJobs));
  if (rows.queue) lines.push(...renderQueueLoad(rows.queue), '', 'Queue targets', ...queueTargets(rows.queue), '');
  return lines;
}

function formatRate(msPerIteration: number): string {
  return Number.isFinite(msPerIteration) && msPerIteration > 0 ? String(Math.round(1000 / msPerIteration)) : 'n/a';
}

function renderStress(stress: StressBench, defaultJobs: number): string[] {
  const { counts } = stress;
  const ratio = stress.native.median / stress.letscode.median;
  return [
    'Stress: tiny C++ generator, brute force and solution (10 values per input), ms per iteration',
    renderTimings([
      { label: `native bash loop: ./gen $i > in; ./brute < in > exp; ./sol < in > out; cmp (${counts.native} per sample)`, summary: stress.native, baselineMs: null },
      { label: `letscode stress, --jobs ${defaultJobs} (default), (t${counts.many}-t${counts.few})/${counts.many - counts.few}`, summary: stress.letscode, baselineMs: stress.native.median },
    ], 'native loop'),
    `  iterations per second: native ${formatRate(stress.native.median)}, letscode ${formatRate(stress.letscode.median)} ` +
      `(letscode stress runs behind the row: t${counts.few} ${formatMs(stress.few.median)} ms, t${counts.many} ${formatMs(stress.many.median)} ms)`,
    `  target: at least ${STRESS_MIN_RATE_RATIO}x the native loop's rate: ${ratio.toFixed(2)}x, ${ratio >= STRESS_MIN_RATE_RATIO ? 'met' : 'MISSED'}`,
    '',
  ];
}
