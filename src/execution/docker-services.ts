// The Docker-backed services every command that runs code uses for its lifetime: a
// sandbox, image building that reports through events, seccomp profiles, the compile
// cache and the box source. The CLI adds removing every box when a command is
// interrupted (src/cli/services.ts); the warm helper keeps one set for many commands.

import { ensureImage } from '../images/ensure-image.js';
import { DockerSandbox, type SandboxOwner } from '../sandbox/docker-sandbox.js';
import { EngineClient } from '../sandbox/engine-client.js';
import { loadSeccompProfile } from '../sandbox/seccomp.js';
import { freshBoxes } from './box-source.js';
import { CompileCache } from './compile-cache.js';
import { WarmBoxes, type WarmOptions } from './warm-boxes.js';
import { defaultCacheDir } from '../paths.js';
import type { ExecutionEvent } from './events.js';
import type { ExecutionServices } from './services.js';

export interface DockerServices<E = never> extends ExecutionServices<E> {
  engine: EngineClient;
  sandbox: DockerSandbox;
  /** Removes every container still open. */
  shutdown: () => Promise<void>;
}

export interface ServiceOptions {
  /** Use the on-disk compile cache (default true). */
  compileCache?: boolean;
  /**
   * Keep boxes warm across launches (spares started ahead, boxes reused once emptied):
   * for commands that launch many programs (serve, grade). Default: a new box each time.
   */
  warmBoxes?: WarmOptions;
  /** Whose boxes these are, in `docker ps` (default: letscode-<purpose>-<pid>-<n>). */
  owner?: SandboxOwner;
}

export async function openDockerServices<E = never>(emit: (event: E | ExecutionEvent) => void, options: ServiceOptions = {}): Promise<DockerServices<E>> {
  const engine = new EngineClient();
  const sandbox = new DockerSandbox(engine, options.owner);
  await sandbox.ping();
  const seccompProfile = once((name) => loadSeccompProfile(name));
  // A solution and its checker often share an image and are launched side by side:
  // one build (or one existence check) serves both.
  const image = once((toolchain, language: string) => ensureImage(engine, toolchain, emit, { language }));
  const warm = options.warmBoxes && new WarmBoxes(sandbox, options.warmBoxes);
  return {
    engine,
    sandbox,
    boxes: warm ?? freshBoxes(sandbox),
    seccompProfile,
    compileCache: options.compileCache === false ? null : new CompileCache(defaultCacheDir()),
    emit,
    ensureImage: image,
    shutdown: async () => {
      await warm?.close();
      await sandbox.disposeAll();
    },
  };
}

/** Calls `load` once per key while it succeeds; a failure is forgotten, so the next call tries again. */
function once<A extends unknown[]>(load: (key: string, ...rest: A) => Promise<string>): (key: string, ...rest: A) => Promise<string> {
  const known = new Map<string, Promise<string>>();
  return (key, ...rest) => {
    let found = known.get(key);
    if (!found) {
      found = load(key, ...rest);
      known.set(key, found);
      found.catch(() => known.delete(key));
    }
    return found;
  };
}
