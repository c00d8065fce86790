// Ensures the image a language needs exists, building whatever is missing on the way
// (Debian base -> letscode base with the runner -> toolchain image).

import type { EngineClient } from '../sandbox/engine-client.js';
import type { ImageBuildSink } from './build-events.js';
import { buildImage } from './build-image.js';
import { ensureDebianBase } from './debian-base.js';
import { dockerodeFor, imageExists } from './image-store.js';
import { imageSpecFor, type ImageSpec } from './image-spec.js';

export interface EnsureOptions {
  /** Rebuild even when an image with the right tag exists. */
  force?: boolean;
  /** Shown in build events so the user knows why the build happens. */
  language?: string;
}

export async function ensureImage(engine: EngineClient, toolchain: string, emit: ImageBuildSink, options: EnsureOptions = {}): Promise<string> {
  const spec = imageSpecFor(toolchain);
  await ensureSpec(engine, spec, emit, options);
  return spec.ref;
}

async function ensureSpec(engine: EngineClient, spec: ImageSpec, emit: ImageBuildSink, options: EnsureOptions): Promise<void> {
  const forceThis = options.force === true;
  if (!forceThis && (await imageExists(engine, spec.ref))) return;
  const image = spec.ref;
  const language = options.language ?? spec.toolchain;
  // Parents are only built when missing, even on a forced rebuild of the child.
  if (spec.parent) await ensureSpec(engine, spec.parent, emit, { language });
  else await ensureDebianBase(engine, (line) => emit({ type: 'image-build-progress', image, line }));
  const started = Date.now();
  emit({ type: 'image-build-start', image, language });
  await buildImage(await dockerodeFor(engine), spec, (line) => emit({ type: 'image-build-progress', image, line }));
  emit({ type: 'image-build-done', image, durationMs: Date.now() - started });
}
