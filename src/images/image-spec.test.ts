import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { imagesDir } from '../paths.js';
import { imageSpecFor, toolchainNames, toolchainsOf } from './image-spec.js';

afterEach(removeTempFolders);

const DOCKERFILE = 'ARG BASE_IMAGE=debian:bookworm-slim\nFROM ${BASE_IMAGE}\n';

describe('imageSpecFor', () => {
  it('names a folder under images/ by its name, built on the base', () => {
    const spec = imageSpecFor('gcc');
    expect(spec.dir).toBe(join(imagesDir, 'gcc'));
    expect(spec.ref).toMatch(/^letscode\/gcc:[0-9a-f]{12}$/);
    expect(spec.buildArgs).toEqual({ BASE_IMAGE: imageSpecFor('base').ref });
  });

  it('names a languages.yaml\'s own folder by its name and a hash of its path', async () => {
    const first = join(await createTempFolder({ 'My Zig/Dockerfile': DOCKERFILE }), 'My Zig');
    const second = join(await createTempFolder({ 'My Zig/Dockerfile': DOCKERFILE }), 'My Zig');
    const spec = imageSpecFor(first);
    expect(spec.dir).toBe(first);
    expect(spec.ref).toMatch(/^letscode\/own-my-zig-[0-9a-f]{8}:[0-9a-f]{12}$/);
    expect(imageSpecFor(second).ref.split(':')[0]).not.toBe(spec.ref.split(':')[0]);
    expect(spec.parent?.toolchain).toBe('base');
  });
});

describe('toolchainsOf', () => {
  it('is every folder under images/ and every image the languages name, once each', () => {
    const own = '/somewhere/zig';
    expect(toolchainsOf([{ image: 'gcc' }, { image: own }, { image: own }])).toEqual([...toolchainNames(), own].sort());
    expect(toolchainNames()).toContain('haskell');
    expect(toolchainNames()).not.toContain('base');
  });
});
