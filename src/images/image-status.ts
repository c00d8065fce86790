// Which toolchain images this version of letscode needs and whether the engine has them:
// cheap existence checks, nothing is built.

import { languages } from '../languages/registry.js';
import type { EngineClient } from '../sandbox/engine-client.js';
import { imageExists } from './image-store.js';
import { imageSpecFor, toolchainsOf } from './image-spec.js';

export interface ImageStatus {
  toolchain: string;
  /** The tag this version of letscode needs (a hash of its build context). */
  ref: string;
  present: boolean;
  /** Ids of the languages that run in it. */
  languages: string[];
}

export async function imageStatuses(engine: EngineClient): Promise<ImageStatus[]> {
  return Promise.all(
    toolchainsOf(languages.all).map(async (toolchain) => {
      const { ref } = imageSpecFor(toolchain);
      const users = languages.all.filter((language) => language.image === toolchain).map((language) => language.id);
      return { toolchain, ref, present: await imageExists(engine, ref), languages: users };
    }),
  );
}
