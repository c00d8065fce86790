// Paths the user names for letscode to write (--junit FILE, listen --dir FOLDER). They are
// checked before any work starts, so a path that cannot be written costs seconds, not a whole
// judge run; a write that still fails becomes the same one-line usage error, never a stack.
// Missing parent folders are fine: they are created when the file is written.

import { constants } from 'node:fs';
import { mkdir, open, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';

export interface OutputPath {
  /** The option that named the path, as typed: `--junit`. */
  option: string;
  /** The path as given, relative to the current folder. */
  path: string;
  /** A path that would work, shown in the fix: `reports/junit.xml`. */
  example: string;
}

type Kind = 'file' | 'folder' | 'other' | 'missing';

/** What is at `p`, following symlinks; anything that cannot be looked at counts as missing. */
async function kindOf(p: string): Promise<Kind> {
  try {
    const stats = await stat(p);
    if (stats.isDirectory()) return 'folder';
    return stats.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

function codeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a parent is not a folder',
  ENOENT: 'no such file or folder',
};

function reason(error: unknown): string {
  const code = codeOf(error);
  if (code !== undefined) return REASONS[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

function usage(target: OutputPath, problem: string, fix: string): UsageError {
  const shown = target.path === '' ? '""' : target.path;
  return new UsageError(`${target.option} ${shown}: ${problem} (${fix})`);
}

const WRITABLE_FIX = 'choose a folder you can write to';

/**
 * Throws a UsageError unless `target` names a file that can be written: not a folder, no
 * parent that is a file, and the file (or its first missing parent folder) can be created.
 * Leaves nothing behind: whatever it creates to find out, it removes.
 */
export async function checkOutputFile(target: OutputPath): Promise<void> {
  const fileFix = `give a file path like ${target.example}`;
  if (target.path === '') throw usage(target, 'is empty', fileFix);
  if (/[\\/]$/.test(target.path)) throw usage(target, 'ends with a slash, so it names a folder', fileFix);
  const kind = await kindOf(target.path);
  if (kind === 'folder') throw usage(target, 'is a folder', fileFix);
  if (kind === 'file') {
    // Opened for writing without truncating: the file is not changed.
    const handle = await open(target.path, constants.O_WRONLY).catch((error: unknown) => {
      throw usage(target, `cannot be written (${reason(error)})`, 'change its permissions or choose another path');
    });
    await handle.close();
  }
  if (kind === 'missing') await checkCreatable(target, 'file');
}

/** Like checkOutputFile for a folder letscode writes into (created when missing). */
export async function checkOutputFolder(target: OutputPath): Promise<void> {
  const kind = await kindOf(target.path || '.');
  if (kind === 'file' || kind === 'other') throw usage(target, 'is a file, not a folder', `give a folder, like ${target.example}`);
  if (kind === 'missing') return checkCreatable(target, 'folder');
  const probe = path.join(target.path || '.', `.letscode-probe-${process.pid}`);
  await mkdir(probe).then(
    () => rmdir(probe),
    (error: unknown) => {
      if (codeOf(error) !== 'EEXIST') throw usage(target, `cannot be written (${reason(error)})`, WRITABLE_FIX);
    },
  );
}

/** The nearest existing ancestor must be a folder that lets the first missing part be created. */
async function checkCreatable(target: OutputPath, kind: 'file' | 'folder'): Promise<void> {
  let missing = target.path;
  let parent = path.dirname(missing);
  let parentKind = await kindOf(parent);
  while (parentKind === 'missing' && path.dirname(parent) !== parent) {
    missing = parent;
    parent = path.dirname(parent);
    parentKind = await kindOf(parent);
  }
  if (parentKind === 'missing') return;
  if (parentKind !== 'folder') {
    throw usage(target, `${parent} is a file, not a folder`, `choose a path inside a folder, like ${target.example}`);
  }
  try {
    if (missing === target.path && kind === 'file') {
      await (await open(missing, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL)).close();
      await unlink(missing);
    } else {
      await mkdir(missing);
      await rmdir(missing);
    }
  } catch (error) {
    // Someone made it in the meantime: nothing of ours to remove, and the write will tell.
    if (codeOf(error) === 'EEXIST') return;
    const what = missing === target.path ? `cannot be created in ${parent}` : `cannot create the folder ${missing}`;
    // The parent was just seen to exist: ENOENT means it takes no new entries, as /proc.
    const why = codeOf(error) === 'ENOENT' ? 'the folder does not accept new files' : reason(error);
    throw usage(target, `${what} (${why})`, WRITABLE_FIX);
  }
}

/**
 * Writes `content` to `target.path`, creating missing parent folders. A failure is a
 * UsageError naming the path: the precise one checkOutputFile finds now, or the system's reason.
 */
export async function writeOutputFile(target: OutputPath, content: string): Promise<void> {
  try {
    await mkdir(path.dirname(target.path), { recursive: true });
    await writeFile(target.path, content, 'utf8');
  } catch (error) {
    await checkOutputFile(target);
    throw usage(target, `cannot be written (${reason(error)})`, WRITABLE_FIX);
  }
}
