// The queue benchmark's table and its targets (from the issue): through Redis and two
// workers, at least 80% of the in-process queue's throughput, with P99 under 1 s.

import { percentile } from './load-client.js';
import type { LoadScenario } from './queue-load.js';
import { formatMs, renderTable } from './table.js';

const THROUGHPUT_SHARE_TARGET = 0.8;
const P99_TARGET_MS = 1000;

export function perMinute(scenario: LoadScenario): number {
  return (scenario.result.samples.length / scenario.result.seconds) * 60;
}

export function renderQueueLoad(scenarios: readonly LoadScenario[]): string[] {
  const [first] = scenarios;
  if (!first) return [];
  const pcts = (values: number[]) => [50, 95, 99].map((p) => formatMs(percentile(values, p))).join(' / ');
  const rows = scenarios.map((scenario) => {
    const { samples, errors } = scenario.result;
    return [
      scenario.label,
      String(samples.length),
      perMinute(scenario).toFixed(0),
      pcts(samples.map((sample) => sample.turnaroundMs)),
      pcts(samples.map((sample) => sample.submitMs)),
      String(errors.length),
    ];
  });
  return [
    `Queue load: ${first.result.clients} clients for ${first.result.seconds} s, closed loop (each waits for its result, then submits the next); ` +
      'small a+b programs in C++ and Python, one test each; ms',
    renderTable(['set-up', 'judged', 'per minute', 'turnaround P50 / P95 / P99', 'POST answered P50 / P95 / P99', 'errors'], rows, [1, 2, 3, 4, 5]),
  ];
}

export function queueTargets(scenarios: readonly LoadScenario[]): string[] {
  const redis = scenarios.find((scenario) => scenario.label.includes('--redis'));
  const local = scenarios.find((scenario) => scenario.label.includes('in-process'));
  if (!redis || !local) return [];
  const share = perMinute(redis) / perMinute(local);
  const p99 = percentile(redis.result.samples.map((sample) => sample.turnaroundMs), 99);
  const p99Submit = percentile(redis.result.samples.map((sample) => sample.submitMs), 99);
  return [
    `  through Redis and 2 workers: ${(share * 100).toFixed(0)}% of the in-process throughput (target >= ${THROUGHPUT_SHARE_TARGET * 100}%): ${share >= THROUGHPUT_SHARE_TARGET ? 'met' : 'MISSED'}`,
    `  through Redis, P99 from POST to result: ${formatMs(p99)} ms (target < ${P99_TARGET_MS} ms): ${p99 < P99_TARGET_MS ? 'met' : 'MISSED'}; ` +
      `P99 of the POST's own answer: ${formatMs(p99Submit)} ms: ${p99Submit < P99_TARGET_MS ? 'met' : 'MISSED'}`,
  ];
}
