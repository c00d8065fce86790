// Problem bundles (src/problem/bundle/) in Redis: one hash per bundle, named by its SHA-256,
// holding the gzipped bytes in chunks of CHUNK_BYTES (fields 0, 1, ...) and, written last,
// `meta`. A bundle without `meta` is still being uploaded (or its upload died): it does
// not exist. Every use refreshes the bundle's expiry, so a problem being judged never
// expires; one nobody used for RETENTION_SECONDS goes.

import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { BundleError } from '../../problem/bundle/unpack.js';
import type { PackedBundle } from '../../problem/bundle/pack.js';
import { bundleKey, RETENTION_SECONDS } from './keys.js';

const CHUNK_BYTES = 4 * 1024 * 1024;
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

const metaSchema = z.strictObject({ bytes: z.number().int().min(0), chunks: z.number().int().min(1).max(100_000) });

/** Uploads the bundle unless Redis has it already; either way its expiry starts again. Returns whether it uploaded. */
export async function storeBundle(redis: Redis, bundle: PackedBundle): Promise<boolean> {
  const key = bundleKey(bundle.hash);
  if (await refreshBundle(redis, bundle.hash)) return false;
  const packed = await gzipAsync(bundle.bytes);
  const chunks = Math.max(1, Math.ceil(packed.length / CHUNK_BYTES));
  for (let index = 0; index < chunks; index++) {
    await redis.multi().hset(key, String(index), packed.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES)).expire(key, RETENTION_SECONDS).exec();
  }
  await redis.multi().hset(key, 'meta', JSON.stringify({ bytes: bundle.bytes.length, chunks })).expire(key, RETENTION_SECONDS).exec();
  return true;
}

/** True when the bundle is there (complete); its expiry starts again. */
export async function refreshBundle(redis: Redis, hash: string): Promise<boolean> {
  const key = bundleKey(hash);
  const [[, exists] = []] = (await redis.multi().hexists(key, 'meta').expire(key, RETENTION_SECONDS).exec()) ?? [];
  return exists === 1;
}

/** The bundle's bytes (not yet checked against its hash: unpack does); null when Redis no longer has it. */
export async function fetchBundle(redis: Redis, hash: string): Promise<Buffer | null> {
  const key = bundleKey(hash);
  const metaText = await redis.hget(key, 'meta');
  if (metaText === null) return null;
  const meta = metaSchema.safeParse(JSON.parse(metaText));
  if (!meta.success) throw new BundleError(`problem bundle ${hash.slice(0, 12)}: its meta field in Redis is damaged`);
  const chunks: Buffer[] = [];
  for (let index = 0; index < meta.data.chunks; index++) {
    const chunk = await redis.hgetBuffer(key, String(index));
    if (chunk === null) return null;
    chunks.push(chunk);
  }
  try {
    return await gunzipAsync(Buffer.concat(chunks));
  } catch {
    throw new BundleError(`problem bundle ${hash.slice(0, 12)}: its data in Redis is not gzip`);
  }
}
