// Where the warm helper listens: a socket in a folder only this user can open, under the
// compile cache's folder (so a different LETSCODE_CACHE_DIR gets a helper of its own), and
// named after this build of letscode: a CLI never talks to a helper of another version.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCacheDir, packageRoot } from '../paths.js';

/** This build: the version and when the compiled CLI was written (every build rewrites it). */
export function buildId(): string {
  const version = statSafe(join(packageRoot, 'package.json'));
  const built = statSafe(join(packageRoot, 'dist/cli/main.js'));
  return fnv1a64(`${version}|${built}`).toString(16).padStart(16, '0').slice(0, 12);
}

/**
 * FNV-1a, 64 bits: a name for a build, not a secret (the socket's folder is the user's
 * own), and it spares the quick judge path loading node:crypto (~6 ms a command).
 */
function fnv1a64(text: string): bigint {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return hash;
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
