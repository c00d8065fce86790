// Turns what trace-hook.mjs saw in a judge run into consecutive phases of its wall time
// (they add up to the whole run), plus a few details that overlap them.

import { median } from './timing.js';

export interface Trace {
  processStartMs: number;
  hookStartMs: number;
  modulesLoadedMs: number | null;
  requests: { method: string; path: string; startMs: number; endMs: number | null }[];
  boxes: {
    purpose: string;
    openStartMs: number;
    openEndMs: number | null;
    runs: { startMs: number; endMs: number | null }[];
    disposeStartMs: number | null;
    disposeEndMs: number | null;
  }[];
  events: { type: string; atMs: number; wallMs?: number }[];
  exitMs: number | null;
  notes: string[];
}

export interface Phase {
  name: string;
  ms: number;
  /** A detail inside or beside the phases above it: not part of the sum. */
  detail: boolean;
}

export interface Breakdown {
  phases: Phase[];
  totalMs: number;
  runs: number;
  notes: string[];
}

interface TracedRun {
  startedMs: number;
  endedMs: number;
  trace: Trace;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN);

const gap = (from: number | null | undefined, to: number | null | undefined) =>
  from == null || to == null ? Number.NaN : to - from;

function phasesOf({ startedMs, endedMs, trace }: TracedRun, testCount: number): Phase[] {
  const event = (type: string) => trace.events.find((e) => e.type === type)?.atMs;
  const lastEvent = (type: string) => trace.events.findLast((e) => e.type === type)?.atMs;
  const firstRequest = trace.requests[0]?.startMs;
  const compileStart = event('compile-start');
  const compileDone = event('compile-done');
  const firstTest = event('test-start');
  const lastTestDone = lastEvent('test-done');
  const compileBox = trace.boxes.find((b) => b.purpose === 'compile');
  const runBoxes = trace.boxes.filter((b) => b.purpose === 'run');
  const tests = gap(firstTest, lastTestDone);
  const runDurations = runBoxes.flatMap((b) => b.runs.map((r) => gap(r.startMs, r.endMs)));
  const testWalls = trace.events.flatMap((e) => (e.type === 'test-done' && e.wallMs !== undefined ? [e.wallMs] : []));
  const main = (name: string, ms: number): Phase => ({ name, ms, detail: false });
  const detail = (name: string, ms: number): Phase => ({ name, ms, detail: true });
  return [
    main('node start-up (spawn to first user code)', gap(startedMs, trace.hookStartMs)),
    main("loading letscode's modules (commander, dockerode, ...)", gap(trace.hookStartMs, trace.modulesLoadedMs)),
    main('argv, problem.yaml and test files', gap(trace.modulesLoadedMs, firstRequest)),
    main('Docker checks (ping, image inspect), seccomp', gap(firstRequest, compileStart)),
    main('compile (compile box, g++, copy out)', gap(compileStart, compileDone)),
    detail('  compile box start (create+attach+start+ready)', gap(compileBox?.openStartMs, compileBox?.openEndMs)),
    detail('  g++ inside the compile box', gap(compileBox?.runs[0]?.startMs, compileBox?.runs[0]?.endMs)),
    detail('  compile box removal', gap(compileBox?.disposeStartMs, compileBox?.disposeEndMs)),
    detail('  run box start (parallel with compile)', median(runBoxes.map((b) => gap(b.openStartMs, b.openEndMs)))),
    main('wait for run boxes, install program', gap(compileDone, firstTest)),
    main(`${testCount} tests`, tests),
    detail('  per test', tests / testCount),
    detail('    the program itself (wall time, runner-measured)', mean(testWalls)),
    detail('    runner round trip around it (box.run - program)', mean(runDurations) - mean(testWalls)),
    detail('    judge work between runs (read, check, report)', tests / testCount - mean(runDurations)),
    main('report, remove run boxes', gap(lastTestDone, trace.exitMs)),
    main('process exit', gap(trace.exitMs, endedMs)),
  ];
}

/** Median of each phase over the traced runs; totalMs is the median traced run. */
export function breakdown(runs: readonly TracedRun[], testCount: number): Breakdown {
  const perRun = runs.map((run) => phasesOf(run, testCount));
  const template = perRun[0] ?? [];
  return {
    phases: template.map((phase, index) => ({ ...phase, ms: median(perRun.map((phases) => phases[index]!.ms)) })),
    totalMs: median(runs.map((run) => run.endedMs - run.startedMs)),
    runs: runs.length,
    notes: [...new Set(runs.flatMap((run) => run.trace.notes))],
  };
}
