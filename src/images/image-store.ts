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
