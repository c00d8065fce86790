import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobQueue, QueueClosedError, QueueTimeoutError } from './queue.js';

/** A job that runs until released. */
function gate() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return { release, job: () => released };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe('JobQueue', () => {
  it('runs up to `concurrency` jobs at once and starts the rest in arrival order', async () => {
    const queue = new JobQueue({ concurrency: 2, maxWaitMs: 60_000 });
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) => queue.run(async () => {
      started.push(i);
      await g.job();
      return i;
    }));
    await tick();
    expect(started).toEqual([0, 1]);
    expect(queue.stats).toEqual({ concurrency: 2, running: 2, waiting: 2 });
    gates[1]!.release();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.release();
    gates[2]!.release();
    gates[3]!.release();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(queue.stats).toEqual({ concurrency: 2, running: 0, waiting: 0 });
  });

  it('frees the slot when a job fails', async () => {
    const queue = new JobQueue({ concurrency: 1, maxWaitMs: 60_000 });
    await expect(queue.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await queue.run(async () => 'next')).toBe('next');
  });

  it('turns away a job that waited longer than maxWaitMs, with a Retry-After hint', async () => {
    vi.useFakeTimers();
    const queue = new JobQueue({ concurrency: 1, maxWaitMs: 1500 });
    const busy = gate();
    const first = queue.run(busy.job);
    const second = queue.run(async () => 'never');
    const outcome = second.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1500);
    const error = await outcome;
    expect(error).toBeInstanceOf(QueueTimeoutError);
    expect((error as QueueTimeoutError).retryAfterSeconds).toBe(2);
    expect(queue.stats.waiting).toBe(0);
    busy.release();
    await first;
  });

  it('a weighted job takes several slots, and nobody overtakes it while it waits', async () => {
    const queue = new JobQueue({ concurrency: 3, maxWaitMs: 60_000 });
    const small = gate();
    const started: string[] = [];
    const first = queue.run(async () => { started.push('small'); await small.job(); });
    const big = queue.run(async () => { started.push('big'); }, { weight: 3 });
    const late = queue.run(async () => { started.push('late'); });
    await tick();
    expect(started).toEqual(['small']);
    small.release();
    await Promise.all([first, big, late]);
    expect(started).toEqual(['small', 'big', 'late']);
  });

  it('weights above the concurrency are capped, so such a job still runs', async () => {
    const queue = new JobQueue({ concurrency: 2, maxWaitMs: 60_000 });
    expect(await queue.run(async () => 'ran', { weight: 10 })).toBe('ran');
  });

  it('an aborted signal withdraws a waiting job', async () => {
    const queue = new JobQueue({ concurrency: 1, maxWaitMs: 60_000 });
    const busy = gate();
    const first = queue.run(busy.job);
    const controller = new AbortController();
    const second = queue.run(async () => 'never', { signal: controller.signal });
    controller.abort(new Error('client went away'));
    await expect(second).rejects.toThrow('client went away');
    expect(queue.stats.waiting).toBe(0);
    busy.release();
    await first;
  });

  it('close() turns away waiting and later jobs; running ones finish', async () => {
    const queue = new JobQueue({ concurrency: 1, maxWaitMs: 60_000 });
    const busy = gate();
    const first = queue.run(async () => { await busy.job(); return 'done'; });
    const waiting = queue.run(async () => 'never');
    queue.close();
    await expect(waiting).rejects.toBeInstanceOf(QueueClosedError);
    await expect(queue.run(async () => 'never')).rejects.toBeInstanceOf(QueueClosedError);
    busy.release();
    expect(await first).toBe('done');
  });
});
