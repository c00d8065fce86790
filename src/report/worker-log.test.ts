import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { QueueStatus } from '../queue/redis/queue-status.js';
import { renderQueueStatus } from './queue-status.js';
import { workerLine } from './worker-log.js';

const plain = new Chalk({ level: 0 });

describe('worker log lines', () => {
  it('one line per thing worth knowing, ids shortened', () => {
    expect(workerLine({ type: 'worker-ready', name: 'w1', host: 'judge-3', concurrency: 2, languages: ['cpp', 'python'], redis: 'redis://:***@q:6379' }))
      .toBe('letscode worker w1 on judge-3: 2 jobs at once, images built for cpp, python; taking jobs from redis://:***@q:6379; SIGTERM or Ctrl-C stops after the running jobs');
    expect(workerLine({ type: 'job-done', id: '0123456789abcdef', verdict: 'WA', ms: 1234 })).toBe('0123456789ab: WA in 1.23 s');
    expect(workerLine({ type: 'job-retry', id: 'abc', error: 'Docker: not running', attempt: 1 })).toBe('abc: attempt failed: Docker: not running; back in the queue for another try');
    expect(workerLine({ type: 'job-start', id: 'abc', problem: 'Sum', language: 'cpp', attempt: 1 })).toBeNull();
    expect(workerLine({ type: 'job-start', id: 'abc', problem: 'Sum', language: 'cpp', attempt: 2 })).toBe('abc: attempt 2 (Sum, cpp)');
    expect(workerLine({ type: 'docker-lost', reason: 'connection refused' })).toBe('Docker does not answer (connection refused): taking no jobs until it does');
    expect(workerLine({ type: 'redis-lost', url: 'redis://q', reason: 'connection refused', giveUpMs: 60_000 })).toBe('Redis at redis://q: connection lost (connection refused); waiting for it and reconnecting (giving up after 1 min 0 s)');
    expect(workerLine({ type: 'worker-stopping', running: 1 })).toBe('stopping: taking no more jobs, finishing 1 running job');
  });
});

describe('letscode queue', () => {
  const status: QueueStatus = {
    redis: 'redis://q:6379',
    workers: [{ name: 'w1', instance: 'i', host: 'judge-3', pid: 42, concurrency: 2, languages: ['cpp'], startedAt: '2026-01-02T03:04:05.000Z', running: 1, judged: 17, paused: null }],
    counts: { waiting: 3, prioritized: 2, delayed: 1, active: 1, completed: 40, failed: 2 },
    throughput: { lastMinute: 12, last15Minutes: 9.5, lastHour: 3.2 },
  };

  it('shows the workers, the counts and the throughput', () => {
    const text = renderQueueStatus(status, plain).join('\n');
    expect(text).toMatch(/^Queue in Redis at redis:\/\/q:6379$/m);
    expect(text).toMatch(/│ w1 +│ judge-3 │ +2 │ +1 │ +17 │ 2026-01-02 03:04:05 │ cpp +│/);
    expect(text).toMatch(/^Submissions: 5 waiting, 1 waiting to be tried again, 1 running, 40 done, 2 failed/m);
    expect(text).toMatch(/^Finished per minute: 12 in the last minute, 9\.5 over 15 minutes, 3\.2 over the hour$/m);
  });

  it('says how to start a worker when none runs', () => {
    expect(renderQueueStatus({ ...status, workers: [] }, plain).join('\n')).toMatch(/No worker is running: start one with `letscode worker --redis URL`/);
  });
});
