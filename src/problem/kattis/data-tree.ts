// Walking a folder of data/ (sample/, secret/, invalid_input/) the way the spec orders it:
// depth-first, each folder's cases and groups in lexicographic order of their names (by
// name rather than file name). A case is NAME.in, named by its path under data/ without
// the extension ("secret/group1/03-big"). Symlinked files and folders are followed.
// Validator flags are inherited down the tree: a group's config overrides its parent's,
// and a case's NAME.yaml overrides its group's.

import type { Dirent } from 'node:fs';
import { readdir, readlink, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { ProblemFileError } from '../../errors.js';
import { describeFsError, pathKind } from '../../common/fs-checks.js';
import { GROUP_CONFIG_FILES, readConfigFlags, type ConfigFlags } from './group-config.js';

export interface Entry {
  name: string;
  kind: 'file' | 'folder';
}

/** Where a walk starts: a folder of data/, and the flags it inherits. */
export interface TreeRoot {
  folder: string;
  /** Path under data/: "secret". */
  name: string;
  flags: ConfigFlags;
}

/** One case found by the walk: NAME.in in `folder`, with the flags that apply to it. */
export interface CaseSpot {
  folder: string;
  /** Path under data/ without the extension: "secret/group1/03-big". */
  name: string;
  stem: string;
  /** The file names beside the case's input (NAME.ans, NAME.yaml, ...). */
  files: ReadonlySet<string>;
  /** The case's NAME.yaml over its group's flags. */
  flags: ConfigFlags;
}

export interface TreeVisitor {
  /** Sees each folder's file names before its cases, to reject stray files. */
  folder?: (folder: string, files: ReadonlySet<string>) => void;
  case: (spot: CaseSpot) => void;
}

export async function walkDataTree(root: TreeRoot, visitor: TreeVisitor): Promise<void> {
  await walkGroup({ ...root, ancestors: [] }, visitor);
}

/**
 * Walks data/NAME/ when the package has one: the folders only validate checks
 * (invalid_input/, invalid_output/, valid_output/), inheriting data/'s own flags.
 * `fix`: what to do when NAME is a file.
 */
export async function walkOptionalFolder(dataDir: string, name: string, fix: string, visitor: TreeVisitor): Promise<void> {
  const folder = join(dataDir, name);
  const kind = await pathKind(folder);
  if (kind === 'missing') return;
  if (kind === 'file') throw new ProblemFileError(folder, undefined, `is a file, but ${name} must be a folder`, fix);
  const rootFlags = await ownFlags(dataDir, await listFolder(dataDir), {});
  await walkDataTree({ folder, name, flags: rootFlags }, visitor);
}

interface Group extends TreeRoot {
  /** Real paths of the folders above, to catch a symlink that loops. */
  ancestors: readonly string[];
}

async function walkGroup(group: Group, visitor: TreeVisitor): Promise<void> {
  const real = await realpath(group.folder);
  if (group.ancestors.includes(real)) {
    throw new ProblemFileError(group.folder, undefined, 'links back to a folder that contains it', 'remove the symlink loop');
  }
  const entries = await listFolder(group.folder);
  const flags = await ownFlags(group.folder, entries, group.flags);
  const files = new Set(entries.filter((entry) => entry.kind === 'file').map((entry) => entry.name));
  visitor.folder?.(group.folder, files);

  const items = [
    ...[...files].filter(isInputFile).map((file) => ({ name: file.slice(0, -'.in'.length), isGroup: false })),
    // NAME.files/ holds a case's input files (2025-09), not a group.
    ...entries.filter((entry) => entry.kind === 'folder' && !entry.name.endsWith('.files')).map(({ name }) => ({ name, isGroup: true })),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Number(a.isGroup) - Number(b.isGroup)));

  for (const item of items) {
    const name = `${group.name}/${item.name}`;
    if (item.isGroup) {
      await walkGroup({ folder: join(group.folder, item.name), name, flags, ancestors: [...group.ancestors, real] }, visitor);
    } else {
      const own: ConfigFlags = files.has(`${item.name}.yaml`) ? await readConfigFlags(join(group.folder, `${item.name}.yaml`)) : {};
      visitor.case({ folder: group.folder, name, stem: item.name, files, flags: overlay(own, flags) });
    }
  }
}

/** The folder's own config file over what it inherits. */
export async function ownFlags(folder: string, entries: readonly Entry[], inherited: ConfigFlags): Promise<ConfigFlags> {
  const configFile = GROUP_CONFIG_FILES.find((file) => entries.some((entry) => entry.kind === 'file' && entry.name === file));
  return configFile === undefined ? inherited : overlay(await readConfigFlags(join(folder, configFile)), inherited);
}

/** Keys `own` does not set are inherited. */
function overlay(own: ConfigFlags, inherited: ConfigFlags): ConfigFlags {
  return { output: own.output ?? inherited.output, input: own.input ?? inherited.input };
}

export function isInputFile(name: string): boolean {
  return name.endsWith('.in') && name.length > '.in'.length;
}

/** The folder's entries with symlinks followed; names starting with "." are not part of the package. */
export async function listFolder(folder: string): Promise<Entry[]> {
  let dirents: Dirent[];
  try {
    dirents = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new ProblemFileError(folder, undefined, describeFsError(error), 'check that the folder exists and is readable');
  }
  const entries: Entry[] = [];
  for (const dirent of dirents.filter((candidate) => !candidate.name.startsWith('.'))) {
    const path = join(folder, dirent.name);
    const kind = dirent.isSymbolicLink() ? await pathKind(path) : dirent.isDirectory() ? 'folder' : 'file';
    if (kind === 'missing') {
      const target = await readlink(path).catch(() => '?');
      throw new ProblemFileError(path, undefined, `is a symlink to ${target}, which does not exist`, 'point the link at a file of the package, or remove it');
    }
    entries.push({ name: dirent.name, kind });
  }
  return entries;
}
