// Connections to the queue's Redis. At start, one probe: an unreachable server or a wrong
// password is one line (QueueConnectionError, exit 3) naming the URL and the reason. Once
// running, a lost connection is retried (commands wait, nothing is dropped) with a notice,
// and after `giveUpMs` without Redis the connection gives up: `gaveUp` rejects with the
// reason, and the command ends with it.

import { Redis, type RedisOptions } from 'ioredis';
import { tlsCertificates } from '../../common/tls-certificates.js';
import { QueueConnectionError, errorMessage } from '../../errors.js';
import type { QueueNotice } from '../notices.js';
import { checkRedisUrl, shownRedisUrl } from './redis-url.js';

const PROBE_TIMEOUT_MS = 5000;
/** Between reconnection attempts: quick at first, then every 2 s. */
const RECONNECT_DELAYS_MS = [100, 250, 500, 1000, 2000];

/** Why a probe failed, in words: the error codes and replies Redis and the network give. */
export function describeRedisError(error: unknown): string {
  const message = errorMessage(error);
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(message)) return 'connection refused (is redis-server running there, on that port?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || /ENOTFOUND|EAI_AGAIN/.test(message)) return 'unknown host';
  if (/WRONGPASS|invalid (username-)?password|invalid username/i.test(message)) return 'the password (or user name) is wrong';
  if (/NOAUTH|Authentication required/i.test(message)) return 'it needs a password: give it in the URL, redis://:PASSWORD@host:6379';
  if (/AUTH.*without any password configured|no password is set/i.test(message)) return 'the URL gives a password, but this Redis has none set';
  if (/ETIMEDOUT|timed? ?out/i.test(message)) return `no answer within ${PROBE_TIMEOUT_MS / 1000} s`;
  if (/certificate|CERT_|self[- ]signed/i.test(message)) return `TLS failed: ${message} (a private CA? name its certificate file in NODE_EXTRA_CA_CERTS)`;
  if (/SSL|TLS|EPROTO|wrong version number/i.test(message)) return `TLS failed: ${message} (rediss:// needs a server with TLS; redis:// one without)`;
  return message;
}

export interface RedisHandle {
  redis: Redis;
  /** Shown in messages: the URL with its password masked. */
  shown: string;
  /** Rejects (QueueConnectionError) once the connection gave up. */
  gaveUp: Promise<never>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  giveUpMs: number;
  /** Names the connection in CLIENT LIST: letscode-worker, letscode-serve, ... */
  name: string;
  notify?: (notice: QueueNotice) => void;
}

/** Checks the server answers (and the password is right), then opens the connection the command uses. */
export async function connectRedis(text: string, options: ConnectOptions): Promise<RedisHandle> {
  const url = checkRedisUrl(text);
  const shown = shownRedisUrl(url);
  await probe(url, shown);
  let downSince: number | null = null;
  let announced = false;
  let closing = false;
  let lastError = '';
  let giveUp!: (error: QueueConnectionError) => void;
  const gaveUp = new Promise<never>((_, reject) => (giveUp = reject));
  gaveUp.catch(() => undefined);
  const retryStrategy = () =>
    retryWithin(options.giveUpMs, () => giveUp(new QueueConnectionError(`Redis at ${shown} did not come back within ${Math.round(options.giveUpMs / 1000)} s (${lastError || 'no answer'}): giving up (--redis-timeout sets how long to wait)`)));
  const redisOptions: RedisOptions = {
    ...tlsOptions(url),
    // Commands wait for the connection to come back instead of failing (BullMQ needs this too).
    maxRetriesPerRequest: null,
    connectionName: options.name,
    retryStrategy: retryStrategy(),
  };
  const redis = new Redis(url.href, redisOptions);
  // BullMQ's blocking connections and our subscriber are duplicates: each gets a clock of its own.
  const duplicate = redis.duplicate.bind(redis);
  redis.duplicate = (override?: Partial<RedisOptions>) => duplicate({ ...override, retryStrategy: retryStrategy() });
  redis.on('error', (error: unknown) => {
    lastError = describeRedisError(error);
  });
  redis.on('close', () => {
    downSince ??= Date.now();
    if (closing || announced) return;
    announced = true;
    options.notify?.({ type: 'redis-lost', url: shown, reason: lastError || 'the connection closed', giveUpMs: options.giveUpMs });
  });
  redis.on('ready', () => {
    if (announced) options.notify?.({ type: 'redis-back', url: shown, downMs: Date.now() - (downSince ?? Date.now()) });
    announced = false;
    downSince = null;
    lastError = '';
  });
  await redis.ping();
  return {
    redis,
    shown,
    gaveUp,
    close: async () => {
      closing = true;
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * One connection's reconnection policy: quick retries, then every 2 s, until `giveUpMs`
 * after the loss, when `giveUp` is called. ioredis counts `times` from 1 again after every
 * successful connection, so each loss gets its own clock: a connection dropped once an hour
 * never adds up to the bound.
 */
export function retryWithin(giveUpMs: number, giveUp: () => void, now: () => number = Date.now): (times: number) => number | null {
  let lostAt = now();
  return (times) => {
    if (times === 1) lostAt = now();
    if (now() - lostAt > giveUpMs) {
      giveUp();
      return null;
    }
    return RECONNECT_DELAYS_MS[Math.min(times, RECONNECT_DELAYS_MS.length) - 1]!;
  };
}

/** rediss:// with the certificates Node would trust (bullmq's and our duplicates keep them). */
function tlsOptions(url: URL): Pick<RedisOptions, 'tls'> {
  const ca = url.protocol === 'rediss:' ? tlsCertificates() : undefined;
  return ca ? { tls: { ca } } : {};
}

async function probe(url: URL, shown: string): Promise<void> {
  const href = url.href;
  const redis = new Redis(href, { ...tlsOptions(url), lazyConnect: true, connectTimeout: PROBE_TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  // The connection's own error says why; the promise only says "Connection is closed".
  let cause: unknown;
  redis.on('error', (error: unknown) => (cause ??= error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    const reason = describeRedisError(cause ?? error);
    const tlsHint = href.startsWith('rediss:') && reason.startsWith('no answer') ? ' (does that port speak TLS? rediss:// needs a server with tls-port)' : '';
    throw new QueueConnectionError(`Redis at ${shown}: ${reason}${tlsHint}`);
  } finally {
    redis.disconnect();
  }
}
