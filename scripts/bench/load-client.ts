// The load of the queue benchmark: `clients` loops, each submitting a small program, waiting
// for its result, and submitting the next, for `seconds` (closed loop: a client has one
// submission in flight at a time). Through the queue the result is followed on the
// submission's event stream (SSE) until `done`; /api/execute answers with it.

import { nowMs } from './timing.js';

export interface LoadTarget {
  url: string;
  mode: 'queued' | 'execute';
  /** The body of each submission: client `client`, its `n`-th one. */
  body(client: number, n: number): unknown;
  /** Whether the result is the one expected (a wrong verdict is counted as an error). */
  check(result: Record<string, unknown>): boolean;
}

export interface LoadSample {
  /** POST to the answer of the POST: 202 through the queue, the result for /api/execute. */
  submitMs: number;
  /** POST to the result. */
  turnaroundMs: number;
}

export interface LoadResult {
  samples: LoadSample[];
  errors: string[];
  seconds: number;
  clients: number;
}

export async function runLoad(target: LoadTarget, options: { clients: number; seconds: number }): Promise<LoadResult> {
  const samples: LoadSample[] = [];
  const errors: string[] = [];
  const deadline = nowMs() + options.seconds * 1000;
  const client = async (index: number) => {
    for (let n = 0; nowMs() < deadline; n++) {
      try {
        samples.push(await submitOnce(target, target.body(index, n)));
      } catch (error) {
        errors.push((error as Error).message);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  return { samples, errors, seconds: options.seconds, clients: options.clients };
}

async function submitOnce(target: LoadTarget, body: unknown): Promise<LoadSample> {
  const started = nowMs();
  const path = target.mode === 'queued' ? '/v1/submissions' : '/api/execute';
  const response = await fetch(`${target.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const answered = (await response.json()) as Record<string, unknown>;
  const submitMs = nowMs() - started;
  if (target.mode === 'execute') {
    if (response.status !== 200 || !target.check(answered)) throw new Error(`/api/execute answered ${response.status}: ${JSON.stringify(answered).slice(0, 200)}`);
    return { submitMs, turnaroundMs: submitMs };
  }
  if (response.status !== 202) throw new Error(`POST /v1/submissions answered ${response.status}: ${JSON.stringify(answered).slice(0, 200)}`);
  const result = await finalEvent(`${target.url}/v1/submissions/${String(answered.id)}/events`);
  if (!target.check(result)) throw new Error(`submission ${String(answered.id)} ended ${JSON.stringify(result).slice(0, 200)}`);
  return { submitMs, turnaroundMs: nowMs() - started };
}

/** Reads the event stream until its `done` (or `failed`) event and returns that event's data. */
async function finalEvent(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { headers: { Accept: 'text/event-stream' } });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`${url}: the stream ended without a final event`);
      buffered += value;
      for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const event = /^event: (\w+)$/m.exec(block)?.[1];
        if (event === 'done' || event === 'failed') return JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? '{}') as Record<string, unknown>;
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
