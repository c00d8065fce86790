// Who is working: every worker keeps a key of its own, letscode:worker:<name>, holding what
// it announced (host, -j, languages with images built) and what it is doing, written again
// every HEARTBEAT_MS and expiring after WORKER_TTL_MS. A worker killed with SIGKILL thus
// drops out of `letscode queue` within seconds, with no one to clean up after it.
//
// Why a key of our own rather than BullMQ's worker list (Queue.getWorkers): that list comes
// from CLIENT LIST, which managed Redis services often forbid, and holds only a connection
// name; the key works with any ACL and carries what `letscode queue` shows.

import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { UsageError } from '../../errors.js';
import { WORKER_KEY_PATTERN, workerKey } from './keys.js';

export const HEARTBEAT_MS = 5000;
export const WORKER_TTL_MS = 15_000;
/** How soon a change of a worker's state (running, judged, paused) reaches its key. */
export const UPDATE_MS = 250;

const workerInfoSchema = z.object({
  name: z.string(),
  instance: z.string(),
  host: z.string(),
  pid: z.number(),
  concurrency: z.number(),
  languages: z.array(z.string()),
  startedAt: z.string(),
  running: z.number(),
  judged: z.number(),
  paused: z.string().nullable(),
});
export type WorkerInfo = z.output<typeof workerInfoSchema>;

export interface Registration {
  /** Writes the worker's state now (and it is written every HEARTBEAT_MS anyway). */
  update(state: Pick<WorkerInfo, 'running' | 'judged' | 'paused'>): void;
  /** Stops the heartbeat and removes the key. */
  remove(): Promise<void>;
  /** Stops the heartbeat only (Redis is gone: the key expires by itself). */
  abandon(): void;
}

const REMOVE_IF_OURS = `if redis.call('GET', KEYS[1]) and cjson.decode(redis.call('GET', KEYS[1])).instance == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export async function registerWorker(redis: Redis, info: Omit<WorkerInfo, 'instance' | 'running' | 'judged' | 'paused' | 'startedAt'>): Promise<Registration> {
  const key = workerKey(info.name);
  let current: WorkerInfo = { ...info, instance: randomUUID(), startedAt: new Date().toISOString(), running: 0, judged: 0, paused: null };
  const claimed = await redis.set(key, JSON.stringify(current), 'PX', WORKER_TTL_MS, 'NX');
  if (claimed === null) {
    const other = parseWorker(await redis.get(key));
    // A worker of this name that died on this very machine (its key not yet expired) is replaced.
    if (!other || other.host !== info.host || processAlive(other.pid)) {
      throw new UsageError(`--name ${info.name}: a worker of that name is running${other ? ` on ${other.host} (pid ${other.pid})` : ''}; give this one another --name`);
    }
    await redis.set(key, JSON.stringify(current), 'PX', WORKER_TTL_MS);
  }
  const write = () => redis.set(key, JSON.stringify(current), 'PX', WORKER_TTL_MS).catch(() => undefined);
  const timer = setInterval(() => void write(), HEARTBEAT_MS);
  timer.unref();
  // Updates (a job started, a job ended) are written at most every UPDATE_MS, the last one
  // always: a busy worker would otherwise write its key twice a job.
  let pending: NodeJS.Timeout | null = null;
  return {
    update: (state) => {
      current = { ...current, ...state };
      pending ??= setTimeout(() => {
        pending = null;
        void write();
      }, UPDATE_MS);
    },
    abandon: () => {
      clearInterval(timer);
      if (pending) clearTimeout(pending);
    },
    remove: async () => {
      clearInterval(timer);
      if (pending) clearTimeout(pending);
      await redis.eval(REMOVE_IF_OURS, 1, key, current.instance).catch(() => undefined);
    },
  };
}

export async function listWorkers(redis: Redis): Promise<WorkerInfo[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', WORKER_KEY_PATTERN, 'COUNT', 200);
    keys.push(...found);
    cursor = next;
  } while (cursor !== '0');
  if (keys.length === 0) return [];
  const values = await redis.mget(...keys);
  return values.flatMap((value) => parseWorker(value) ?? []).sort((a, b) => a.name.localeCompare(b.name));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseWorker(value: string | null): WorkerInfo | null {
  if (value === null) return null;
  try {
    const parsed = workerInfoSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
