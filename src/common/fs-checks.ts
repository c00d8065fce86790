// Small file-system questions the loaders ask, answered without throwing: a missing or
// unreadable path is an answer ("no"), not an exception.

import { stat } from 'node:fs/promises';

export type PathKind = 'file' | 'folder' | 'missing';

/** What is at `path`, following symlinks; anything unreadable counts as missing. */
export async function pathKind(path: string): Promise<PathKind> {
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) return 'folder';
    return 'file';
  } catch {
    return 'missing';
  }
}

/** A short reason for a failed read: "does not exist", "permission denied", ... */
export function describeFsError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    default:
      return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}
