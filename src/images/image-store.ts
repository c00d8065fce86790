// The engine's image store as letscode needs it: cheap existence checks on the lean
// client, and dockerode (loaded only when an image must be built or pulled) for the rest.

import type Docker from 'dockerode';
import { EngineError, type EngineClient } from '../sandbox/engine-client.js';

export interface ImageInfo {
  sizeBytes: number;
}

/** The image's details, or null when the engine does not have it. */
export async function inspectImage(engine: EngineClient, ref: string): Promise<ImageInfo | null> {
  try {
    const info = (await engine.call('GET', `/images/${encodeURIComponent(ref)}/json`)) as { Size?: number };
    return { sizeBytes: info.Size ?? 0 };
  } catch (error) {
    if (error instanceof EngineError && error.statusCode === 404) return null;
    throw error;
  }
}

export async function imageExists(engine: EngineClient, ref: string): Promise<boolean> {
  return (await inspectImage(engine, ref)) !== null;
}

/** dockerode connected to the same engine; imported on first use (it costs ~150 ms to load). */
export async function dockerodeFor(engine: EngineClient): Promise<Docker> {
  const { default: Dockerode } = await import('dockerode');
  const { socketPath, host, port, ca, cert, key } = engine.address.options as Record<string, never>;
  return socketPath
    ? new Dockerode({ socketPath })
    : new Dockerode({ host, port, ca, cert, key, protocol: engine.address.tls ? 'https' : 'http' });
}

interface ImageSummary {
  Id: string;
  RepoTags?: string[] | null;
}

/**
 * Images of ours whose tag no current Dockerfile produces (left behind when a Dockerfile
 * or the runner changed). Toolchain images come before the base images they were built on,
 * so removing them in this order frees the parents too.
 */
export async function staleImages(engine: EngineClient, currentRefs: ReadonlySet<string>, prefix: string): Promise<{ id: string; ref: string }[]> {
  const filters = encodeURIComponent(JSON.stringify({ reference: [`${prefix}*`] }));
  const images = (await engine.call('GET', `/images/json?filters=${filters}`)) as ImageSummary[];
  const stale = images.flatMap((image) =>
    (image.RepoTags ?? []).filter((ref) => ref.startsWith(prefix) && !currentRefs.has(ref)).map((ref) => ({ id: image.Id, ref })),
  );
  const isBase = (ref: string) => ref.startsWith(`${prefix}base:`);
  return stale.sort((a, b) => Number(isBase(a.ref)) - Number(isBase(b.ref)));
}

/** Removes an image tag; an image still used by a container stays (false). */
export async function removeImage(engine: EngineClient, ref: string): Promise<boolean> {
  try {
    await engine.call('DELETE', `/images/${encodeURIComponent(ref)}`);
    return true;
  } catch (error) {
    if (error instanceof EngineError && (error.statusCode === 409 || error.statusCode === 404)) return false;
    throw error;
  }
}
