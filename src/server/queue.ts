// Bounded concurrency for sandbox jobs: at most `concurrency` slots in use, the rest wait
// in arrival order. A job that waits longer than `maxWaitMs` is turned away (the server
// answers 503 with Retry-After) rather than piling up behind a backlog. A job may take
// several slots (a judge run with one box per test in parallel).

export class QueueTimeoutError extends Error {
  constructor(
    readonly waitedMs: number,
    /** A hint for Retry-After: about one queue timeout. */
    readonly retryAfterSeconds: number,
  ) {
    super(`every sandbox job was busy for ${waitedMs} ms: try again later`);
    this.name = 'QueueTimeoutError';
  }
}

export class QueueClosedError extends Error {
  constructor() {
    super('the server is shutting down');
    this.name = 'QueueClosedError';
  }
}

export interface QueueStats {
  concurrency: number;
  /** Slots in use. */
  running: number;
  /** Jobs waiting for a slot. */
  waiting: number;
}

interface Waiter {
  weight: number;
  start: () => void;
  fail: (error: Error) => void;
}

export class JobQueue {
  readonly concurrency: number;
  readonly maxWaitMs: number;
  #used = 0;
  #closed = false;
  readonly #waiting: Waiter[] = [];

  constructor(options: { concurrency: number; maxWaitMs: number }) {
    if (!(options.concurrency >= 1)) throw new RangeError('a queue needs at least one slot');
    this.concurrency = Math.floor(options.concurrency);
    this.maxWaitMs = options.maxWaitMs;
  }

  get stats(): QueueStats {
    return { concurrency: this.concurrency, running: this.#used, waiting: this.#waiting.length };
  }

  /**
   * Runs `job` once `weight` slots are free (at most all of them); `signal` withdraws a
   * waiting job. `maxWaitMs` overrides the queue's (Infinity: a queued submission waits its turn).
   */
  async run<T>(job: () => Promise<T>, options: { weight?: number; signal?: AbortSignal; maxWaitMs?: number } = {}): Promise<T> {
    const weight = Math.min(this.concurrency, Math.max(1, Math.floor(options.weight ?? 1)));
    await this.#acquire(weight, options.signal, options.maxWaitMs ?? this.maxWaitMs);
    try {
      return await job();
    } finally {
      this.#used -= weight;
      this.#startWaiting();
    }
  }

  /** Turns away every waiting job; running ones finish. */
  close(): void {
    this.#closed = true;
    for (const waiter of this.#waiting.splice(0)) waiter.fail(new QueueClosedError());
  }

  #acquire(weight: number, signal: AbortSignal | undefined, maxWaitMs: number): Promise<void> {
    if (this.#closed) return Promise.reject(new QueueClosedError());
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    // First come, first served: nobody overtakes a waiting job, even one that needs more slots.
    if (this.#waiting.length === 0 && this.#used + weight <= this.concurrency) {
      this.#used += weight;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const leave = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const index = this.#waiting.indexOf(waiter);
        if (index >= 0) this.#waiting.splice(index, 1);
      };
      const waiter: Waiter = {
        weight,
        start: () => {
          leave();
          resolve();
        },
        fail: (error) => {
          leave();
          reject(error);
        },
      };
      const timer = Number.isFinite(maxWaitMs) ? setTimeout(() => {
        waiter.fail(new QueueTimeoutError(Date.now() - started, Math.max(1, Math.ceil(this.maxWaitMs / 1000))));
        // A large job that gave up may unblock smaller ones behind it.
        this.#startWaiting();
      }, maxWaitMs) : undefined;
      const onAbort = () => {
        waiter.fail(signal!.reason as Error);
        this.#startWaiting();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(waiter);
    });
  }

  #startWaiting(): void {
    for (let next = this.#waiting[0]; next && this.#used + next.weight <= this.concurrency; next = this.#waiting[0]) {
      this.#used += next.weight;
      next.start();
    }
  }
}
