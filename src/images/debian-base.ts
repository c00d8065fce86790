// Makes sure debian:bookworm-slim exists: already present, pulled, or (air-gapped sites,
// machines without registry access) created from a Debian mirror by debootstrap.

import type Docker from 'dockerode';
import { join } from 'node:path';
import type { EngineClient } from '../sandbox/engine-client.js';
import { dockerodeFor, imageExists } from './image-store.js';
import { DockerError, errorMessage } from '../errors.js';
import { scriptsDir } from '../paths.js';
import { DEBIAN_IMAGE } from './image-spec.js';

export const OFFLINE_BASE_SCRIPT = join(scriptsDir, 'build-debian-base.sh');

async function pull(docker: Docker, ref: string, onLine: (line: string) => void): Promise<void> {
  const stream = await docker.pull(ref);
  await new Promise<void>((resolve, reject) =>
    docker.modem.followProgress(
      stream,
      (error: Error | null) => (error ? reject(error) : resolve()),
      (event: { status?: string; error?: string }) => {
        if (event.error) reject(new Error(event.error));
        else if (event.status) onLine(event.status);
      },
    ),
  );
}

async function buildOffline(onLine: (line: string) => void): Promise<void> {
  const canDebootstrap = process.platform === 'linux' && process.getuid?.() === 0;
  if (!canDebootstrap) {
    throw new DockerError(
      `${DEBIAN_IMAGE} is missing and cannot be pulled; create it from a Debian mirror with \`sudo bash ${OFFLINE_BASE_SCRIPT}\``,
    );
  }
  // execa is loaded only here: this path runs once per machine, and it costs start-up time.
  const { execa } = await import('execa');
  const child = execa('bash', [OFFLINE_BASE_SCRIPT, DEBIAN_IMAGE], { all: true, reject: false });
  child.all?.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach(onLine));
  const result = await child;
  if (result.exitCode !== 0) {
    throw new DockerError(`creating ${DEBIAN_IMAGE} offline failed: ${String(result.all ?? '').trim().split('\n').slice(-5).join(' | ')}`);
  }
}

export async function ensureDebianBase(engine: EngineClient, onLine: (line: string) => void): Promise<void> {
  if (await imageExists(engine, DEBIAN_IMAGE)) return;
  try {
    await pull(await dockerodeFor(engine), DEBIAN_IMAGE, onLine);
  } catch (error) {
    onLine(`cannot pull ${DEBIAN_IMAGE} (${errorMessage(error)}); building it with debootstrap`);
    await buildOffline(onLine);
  }
}
