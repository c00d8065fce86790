// The Docker-backed services commands share: a sandbox, image building that reports
// through events, seccomp profiles, the compile cache, and cleanup when a command is
// interrupted.

import { ensureImage } from '../images/ensure-image.js';
import { DockerSandbox } from '../sandbox/docker-sandbox.js';
import { EngineClient } from '../sandbox/engine-client.js';
import { loadSeccompProfile } from '../sandbox/seccomp.js';
import { CompileCache } from '../execution/compile-cache.js';
import { defaultCacheDir } from '../paths.js';
import type { JudgeServices, JudgeSink } from '../judge/events.js';
import { onInterrupt } from './interruption.js';

export interface DockerServices extends JudgeServices {
  engine: EngineClient;
  sandbox: DockerSandbox;
  /** Removes every container still open. */
  shutdown: () => Promise<void>;
}

export interface ServiceOptions {
  /** Use the on-disk compile cache (default true). */
  compileCache?: boolean;
}

export async function createDockerServices(emit: JudgeSink, options: ServiceOptions = {}): Promise<DockerServices> {
  const engine = new EngineClient();
  const sandbox = new DockerSandbox(engine);
  await sandbox.ping();
  const seccompProfile = once((name) => loadSeccompProfile(name));
  // A solution and its checker often share an image and are launched side by side:
  // one build (or one existence check) serves both.
  const image = once((toolchain, language: string) => ensureImage(engine, toolchain, emit, { language }));
  // No container may outlive the command: an interrupted command removes them all before it exits.
  const unregister = onInterrupt(() => sandbox.disposeAll());
  return {
    engine,
    sandbox,
    seccompProfile,
    compileCache: options.compileCache === false ? null : new CompileCache(defaultCacheDir()),
    emit,
    ensureImage: image,
    shutdown: async () => {
      unregister();
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
