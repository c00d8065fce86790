// Where letscode's own files are, wherever it is installed (repo checkout or npm package).

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the folder holding package.json, images/, seccomp/ and problems/. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const imagesDir = resolve(packageRoot, 'images');
export const seccompDir = resolve(packageRoot, 'seccomp');
export const scriptsDir = resolve(packageRoot, 'scripts');
