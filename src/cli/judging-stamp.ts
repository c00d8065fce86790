// What a judge in the warm helper must share with the command for the helper to judge it
// as the command's own process would: the languages files (languageFilesStamp) and the
// environment the sandbox reads when it starts (LETSCODE_PIN_CPU, and which Docker engine:
// DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, as sandbox/engine-client.ts reads them).
// The helper keeps the stamp it started with and declines a command whose stamp differs.

import { languageFilesStamp } from '../languages/language-files.js';

export interface StampOptions {
  /** --languages, relative to `cwd`. */
  languagesFile?: string | undefined;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export function judgingStamp(options: StampOptions = {}): string {
  const env = options.env ?? process.env;
  return JSON.stringify({
    languages: languageFilesStamp({ option: options.languagesFile, env, cwd: options.cwd ?? process.cwd() }),
    pinCpu: env.LETSCODE_PIN_CPU ?? '',
    docker: [env.DOCKER_HOST ?? '', env.DOCKER_TLS_VERIFY ?? '', env.DOCKER_CERT_PATH ?? ''],
  });
}
