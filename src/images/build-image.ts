// Builds one image from its folder under images/ with the Docker engine's builder,
// reporting each line of build output as it comes.

import type Docker from 'dockerode';
import { DockerError, errorMessage } from '../errors.js';
import { contextFiles, type ImageSpec } from './image-spec.js';

interface BuildEvent {
  stream?: string;
  status?: string;
  error?: string;
  errorDetail?: { message?: string };
}

/** Lines of build output kept for the error message when a build fails. */
const TAIL_LINES = 15;

export async function buildImage(docker: Docker, spec: ImageSpec, onLine: (line: string) => void): Promise<void> {
  const tail: string[] = [];
  let failure: string | null = null;
  try {
    const stream = await docker.buildImage(
      { context: spec.dir, src: contextFiles(spec.dir) },
      { t: spec.ref, buildargs: spec.buildArgs, rm: true, forcerm: true, labels: { letscode: 'image', 'letscode.toolchain': spec.toolchain } },
    );
    await new Promise<void>((resolve, reject) => {
      docker.modem.followProgress(
        stream,
        (error: Error | null) => (error ? reject(error) : resolve()),
        (event: BuildEvent) => {
          if (event.error) failure = event.errorDetail?.message ?? event.error;
          for (const line of (event.stream ?? event.status ?? '').split('\n')) {
            const trimmed = line.trimEnd();
            if (!trimmed) continue;
            tail.push(trimmed);
            if (tail.length > TAIL_LINES) tail.shift();
            onLine(trimmed);
          }
        },
      );
    });
  } catch (error) {
    failure ??= errorMessage(error);
  }
  if (failure) {
    throw new DockerError(`building image ${spec.ref} from ${spec.dir} failed: ${failure}\n${tail.join('\n')}`);
  }
}
