// The Docker services of a CLI command (execution/docker-services.ts), with the CLI's own
// promise: no container outlives the command, even an interrupted one.

import { openDockerServices, type DockerServices, type ServiceOptions } from '../execution/docker-services.js';
import type { JudgeEvent, JudgeSink } from '../judge/events.js';
import { onInterrupt } from './interruption.js';

export type { DockerServices, ServiceOptions };

export async function createDockerServices(emit: JudgeSink, options: ServiceOptions = {}): Promise<DockerServices<JudgeEvent>> {
  const services = await openDockerServices<JudgeEvent>(emit, options);
  // An interrupted command removes every box before it exits (interruption.ts).
  const unregister = onInterrupt(() => services.sandbox.disposeAll());
  return {
    ...services,
    shutdown: async () => {
      unregister();
      await services.shutdown();
    },
  };
}
