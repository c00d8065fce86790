// The Docker-backed services commands share: a sandbox, image building that reports
// through events, the seccomp profile, and cleanup when the user presses Ctrl-C.

import { ensureImage } from '../images/ensure-image.js';
import type { EventSink } from '../report/events.js';
import { DockerSandbox } from '../sandbox/docker-sandbox.js';
import { EngineClient } from '../sandbox/engine-client.js';
import { loadSeccompProfile } from '../sandbox/seccomp.js';
import { CompileCache, defaultCacheDir } from '../judge/compile-cache.js';
import type { JudgeServices } from '../judge/judge.js';

export interface DockerServices extends JudgeServices {
  engine: EngineClient;
  sandbox: DockerSandbox;
  /** Removes every container still open and stops listening for Ctrl-C. */
  shutdown: () => Promise<void>;
}

export interface ServiceOptions {
  /** Use the on-disk compile cache (default true). */
  compileCache?: boolean;
  /**
   * Remove every container and exit on Ctrl-C / SIGTERM (default true). Servers pass false
   * and shut down in their own order (stop accepting, then shutdown()).
   */
  handleSignals?: boolean;
}

export async function createDockerServices(emit: EventSink, options: ServiceOptions = {}): Promise<DockerServices> {
  const engine = new EngineClient();
  const sandbox = new DockerSandbox(engine);
  await sandbox.ping();
  const profiles = new Map<string, Promise<string>>();
  const seccompProfile = (name: string) => {
    if (!profiles.has(name)) profiles.set(name, loadSeccompProfile(name));
    return profiles.get(name)!;
  };
  // No container may outlive the command: on Ctrl-C remove them all, then exit like a
  // process killed by SIGINT would (130).
  const onSignal = (signal: NodeJS.Signals) => {
    void sandbox.disposeAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  const handleSignals = options.handleSignals !== false;
  if (handleSignals) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return {
    engine,
    sandbox,
    seccompProfile,
    compileCache: options.compileCache === false ? null : new CompileCache(defaultCacheDir()),
    emit,
    ensureImage: (toolchain, language) => ensureImage(engine, toolchain, emit, { language }),
    shutdown: async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await sandbox.disposeAll();
    },
  };
}
