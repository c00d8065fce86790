// What a judge in the warm helper must share with the command for the helper to judge it
// as the command's own process would: the languages files (languageFilesStamp) and the
// environment the sandbox reads when it starts (LETSCODE_PIN_CPU). The helper keeps the
// stamp it started with and declines a command whose stamp differs.

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
  });
}
