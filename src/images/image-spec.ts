// Which image a toolchain needs, named by a hash of everything that goes into it: edit a
// Dockerfile (or the runner it is built on) and the tag changes, so the next judge run
// rebuilds it instead of silently using a stale image.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { imagesDir } from '../paths.js';

/** What every image is ultimately built on (pulled, or created offline by debootstrap). */
export const DEBIAN_IMAGE = 'debian:bookworm-slim';
export const IMAGE_REPOSITORY_PREFIX = 'letscode/';
export const BASE_TOOLCHAIN = 'base';

export interface ImageSpec {
  /** Folder name under images/ (gcc, python, ..., or base), or a languages.yaml's own folder (an absolute path). */
  toolchain: string;
  /** Full reference, e.g. letscode/gcc:3f2a9c01b7de. */
  ref: string;
  dir: string;
  buildArgs: Record<string, string>;
  /** The image this one is built FROM, when it is one of ours. */
  parent: ImageSpec | null;
}

/** Every file of an image's build context, relative to it, in a stable order. */
export function contextFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files;
}

function contextHash(dir: string, extra: string): string {
  const hash = createHash('sha256').update(extra);
  for (const file of contextFiles(dir)) {
    hash.update(`\0${file}\0`).update(readFileSync(join(dir, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

const cache = new Map<string, ImageSpec>();

export function imageSpecFor(toolchain: string): ImageSpec {
  const known = cache.get(toolchain);
  if (known) return known;
  const dir = isAbsolute(toolchain) ? toolchain : join(imagesDir, toolchain);
  const parent = toolchain === BASE_TOOLCHAIN ? null : imageSpecFor(BASE_TOOLCHAIN);
  const buildArgs: Record<string, string> = parent ? { BASE_IMAGE: parent.ref } : { DEBIAN_IMAGE };
  const tag = contextHash(dir, JSON.stringify(buildArgs));
  const spec: ImageSpec = { toolchain, ref: `${IMAGE_REPOSITORY_PREFIX}${repositoryName(toolchain)}:${tag}`, dir, buildArgs, parent };
  cache.set(toolchain, spec);
  return spec;
}

/**
 * A folder under images/ is named as it is; a folder of one's own (languages.yaml) by its
 * name and a hash of its path, so two folders called zig/ do not share a repository.
 */
function repositoryName(toolchain: string): string {
  if (!isAbsolute(toolchain)) return toolchain;
  const slug = basename(toolchain).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'image';
  return `own-${slug}-${createHash('sha256').update(toolchain).digest('hex').slice(0, 8)}`;
}

/** Every toolchain the languages use, and every folder under images/: what `images build` builds by default. */
export function toolchainsOf(languages: readonly { image: string }[]): string[] {
  return [...new Set([...toolchainNames(), ...languages.map((language) => language.image)])].sort();
}

/** Toolchain folders under images/ (every folder with a Dockerfile, except the base). */
export function toolchainNames(): string[] {
  return readdirSync(imagesDir)
    .filter((name) => name !== BASE_TOOLCHAIN && statSync(join(imagesDir, name, 'Dockerfile'), { throwIfNoEntry: false }))
    .sort();
}
