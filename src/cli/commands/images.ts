// `letscode images build [LANG...]` and `letscode images list`.

import { imageExists } from '../../images/debian-base.js';
import { imageSpecFor, toolchainNames } from '../../images/image-spec.js';
import { ensureImage } from '../../images/ensure-image.js';
import { languages, resolveLanguage } from '../../languages/registry.js';
import { closeReporters, createReporters, createTerminal, fanOut } from '../../report/index.js';
import { printImages, type ImageRow } from '../../report/listings.js';
import type { CommandRequest } from '../requests.js';
import { DockerSandbox } from '../../sandbox/docker-sandbox.js';
import { ExitCode } from '../../errors.js';
import Docker from 'dockerode';

/** The toolchains the named languages need (all of them when none is named). */
function toolchainsFor(ids: readonly string[]): string[] {
  if (ids.length === 0) return toolchainNames();
  return [...new Set(ids.map((id) => resolveLanguage(languages, id).image))];
}

async function connectedDocker(): Promise<Docker> {
  const docker = new Docker();
  await new DockerSandbox(docker).ping();
  return docker;
}

export async function imagesBuildCommand(request: Extract<CommandRequest, { command: 'images-build' }>): Promise<number> {
  const toolchains = toolchainsFor(request.languages);
  const docker = await connectedDocker();
  const terminal = createTerminal();
  const reporters = await createReporters({ json: false, terminal });
  const emit = fanOut(reporters);
  try {
    for (const toolchain of toolchains) await ensureImage(docker, toolchain, emit, { force: request.force });
  } finally {
    await closeReporters(reporters);
  }
  await printImages(terminal, await imageRows(docker, toolchains));
  return ExitCode.allAccepted;
}

export async function imagesListCommand(): Promise<number> {
  const docker = await connectedDocker();
  printImages(createTerminal(), await imageRows(docker, toolchainNames()));
  return ExitCode.allAccepted;
}

async function imageRows(docker: Docker, toolchains: readonly string[]): Promise<ImageRow[]> {
  return Promise.all(
    toolchains.map(async (toolchain) => {
      const { ref } = imageSpecFor(toolchain);
      const sizeBytes = (await imageExists(docker, ref)) ? ((await docker.getImage(ref).inspect()).Size ?? 0) : null;
      const users = languages.all.filter((language) => language.image === toolchain).map((language) => language.id);
      return { toolchain, ref, languages: users, sizeBytes };
    }),
  );
}
