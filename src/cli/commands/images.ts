// `letscode images build [LANG...]` and `letscode images list`.

import pLimit from 'p-limit';
import { inspectImage, removeImage, staleImages } from '../../images/image-store.js';
import { BASE_TOOLCHAIN, IMAGE_REPOSITORY_PREFIX, imageSpecFor, toolchainsOf } from '../../images/image-spec.js';
import { ensureImage } from '../../images/ensure-image.js';
import { languages, resolveLanguage } from '../../languages/registry.js';
import { closeReporters, createReporters, createTerminal, fanOut } from '../../report/index.js';
import { printImages, printPruned, type ImageRow } from '../../report/listings.js';
import type { CommandRequest } from '../requests.js';
import { stopWarmHelpers } from './warm.js';
import { DockerSandbox } from '../../sandbox/docker-sandbox.js';
import { EngineClient } from '../../sandbox/engine-client.js';
import { ExitCode } from '../../errors.js';

/** The toolchains the named languages need (all of them when none is named). */
function toolchainsFor(ids: readonly string[]): string[] {
  if (ids.length === 0) return toolchainsOf(languages.all);
  return [...new Set(ids.map((id) => resolveLanguage(languages, id).image))];
}

async function connectedEngine(): Promise<EngineClient> {
  const engine = new EngineClient();
  await new DockerSandbox(engine).ping();
  return engine;
}

export async function imagesBuildCommand(request: Extract<CommandRequest, { command: 'images-build' }>): Promise<number> {
  const toolchains = toolchainsFor(request.languages);
  const engine = await connectedEngine();
  const terminal = createTerminal();
  const reporters = await createReporters({ json: false, terminal });
  const emit = fanOut(reporters);
  try {
    // The base first: every image is built FROM it, so parallel builds must not race to make it.
    await ensureImage(engine, BASE_TOOLCHAIN, emit);
    const limit = pLimit(request.jobs ?? 1);
    await Promise.all(toolchains.map((toolchain) => limit(() => ensureImage(engine, toolchain, emit, { force: request.force }))));
  } finally {
    await closeReporters(reporters);
  }
  printImages(terminal, await imageRows(engine, toolchains));
  return ExitCode.allAccepted;
}

export async function imagesListCommand(): Promise<number> {
  const engine = await connectedEngine();
  printImages(createTerminal(), await imageRows(engine, toolchainsOf(languages.all)));
  return ExitCode.allAccepted;
}

async function imageRows(engine: EngineClient, toolchains: readonly string[]): Promise<ImageRow[]> {
  return Promise.all(
    toolchains.map(async (toolchain) => {
      const { ref } = imageSpecFor(toolchain);
      const sizeBytes = (await inspectImage(engine, ref))?.sizeBytes ?? null;
      const users = languages.all.filter((language) => language.image === toolchain).map((language) => language.id);
      return { toolchain, ref, languages: users, sizeBytes };
    }),
  );
}

/** `letscode images prune`: removes our images that no current Dockerfile produces. */
export async function imagesPruneCommand(): Promise<number> {
  const engine = await connectedEngine();
  // Warm helpers hold boxes of these images: they stop first (the next judge starts one).
  await stopWarmHelpers();
  const current = new Set([...toolchainsOf(languages.all), 'base'].map((toolchain) => imageSpecFor(toolchain).ref));
  const removed: string[] = [];
  const kept: string[] = [];
  for (const { ref } of await staleImages(engine, current, IMAGE_REPOSITORY_PREFIX)) {
    (await removeImage(engine, ref) ? removed : kept).push(ref);
  }
  printPruned(createTerminal(), removed, kept);
  return ExitCode.allAccepted;
}
