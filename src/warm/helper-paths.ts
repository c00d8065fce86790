// Where the warm helper listens: a socket in a folder only this user can open, under the
// compile cache's folder (so a different LETSCODE_CACHE_DIR gets a helper of its own), and
// named after this build of letscode: a CLI never talks to a helper of another version.

import { readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { defaultCacheDir, packageRoot } from '../paths.js';

/** This build: the version and when the compiled CLI was written (every build rewrites it). */
export function buildId(): string {
  const version = statSafe(join(packageRoot, 'package.json'));
  const built = statSafe(join(packageRoot, 'dist/cli/main.js'));
  return createHash('sha256').update(`${version}|${built}`).digest('hex').slice(0, 12);
}

function statSafe(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'missing';
}

export function helperDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultCacheDir(env), 'warm');
}

export function helperSocket(env: NodeJS.ProcessEnv = process.env): string {
  return join(helperDir(env), `${buildId()}.sock`);
}

/** Every helper socket in the folder: this build's and those of builds before it. */
export function helperSockets(env: NodeJS.ProcessEnv = process.env): string[] {
  const dir = helperDir(env);
  const names = (() => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  })();
  return names.filter((name) => name.endsWith('.sock')).map((name) => join(dir, name));
}
