// Where letscode's own files are, wherever it is installed (repo checkout or npm package).

import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the folder holding package.json, images/, seccomp/ and problems/. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const imagesDir = resolve(packageRoot, 'images');
export const seccompDir = resolve(packageRoot, 'seccomp');
export const scriptsDir = resolve(packageRoot, 'scripts');

/** $LETSCODE_CACHE_DIR, else the platform's user cache directory. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LETSCODE_CACHE_DIR) return env.LETSCODE_CACHE_DIR;
  if (process.platform === 'darwin') return join(homedir(), 'Library/Caches/letscode');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'letscode/cache');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'letscode');
}

/**
 * Where letscode keeps what must outlive a cache (the page's submission history):
 * $LETSCODE_DATA_DIR, else $XDG_DATA_HOME/letscode, else the platform's user data folder.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LETSCODE_DATA_DIR) return env.LETSCODE_DATA_DIR;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'letscode');
  if (process.platform === 'darwin') return join(homedir(), 'Library/Application Support/letscode');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'letscode/data');
  return join(homedir(), '.local/share/letscode');
}
