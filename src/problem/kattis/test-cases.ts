// The test cases of a package: data/sample/ then data/secret/, walked depth-first, each
// folder's cases and groups in lexicographic order of their names (as the spec orders
// them, by name rather than file name). A case is NAME.in with NAME.ans beside it, named by
// its path under data/ without the extension ("secret/group1/03-big"). Symlinked files
// and folders are followed. Validator flags are inherited down the tree: a group's config
// overrides its parent's, a case's NAME.yaml overrides its group's, and problem.yaml's
// validator_flags come before every case's output flags (as problemtools passes them).

import type { Dirent } from 'node:fs';
import { readdir, readlink, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { ProblemFileError } from '../../errors.js';
import { describeFsError, pathKind } from '../fs-checks.js';
import type { TestCase } from '../model.js';
import { GROUP_CONFIG_FILES, readConfigFlags, type ConfigFlags, type FlagsFrom } from './group-config.js';

export interface KattisTestsOptions {
  dataDir: string;
  /** Interactive problems may leave out .ans files: the interactor decides, and the answer is empty. */
  interactive: boolean;
  /** problem.yaml's validator_flags. */
  problemFlags: FlagsFrom;
  /** For the default validator: what is wrong with a case's checker flags, or undefined. */
  checkFlags?: ((flags: readonly string[]) => string | undefined) | undefined;
}

interface Entry {
  name: string;
  kind: 'file' | 'folder';
}

/** The only folders of data/ that hold cases to judge (invalid_input/ and the like are for validators). */
const JUDGED_GROUPS = ['sample', 'secret'] as const;

export async function readKattisTests(options: KattisTestsOptions): Promise<TestCase[]> {
  const { dataDir } = options;
  const entries = await listFolder(dataDir);
  const stray = entries.find((entry) => entry.kind === 'file' && isInputFile(entry.name));
  if (stray !== undefined) {
    throw new ProblemFileError(join(dataDir, stray.name), undefined, 'is outside data/sample/ and data/secret/', 'move it into data/secret/ (or data/sample/ if it is a sample)');
  }
  const rootFlags = await ownFlags(dataDir, entries, {});
  const tests: TestCase[] = [];
  for (const group of JUDGED_GROUPS) {
    if (entries.some((entry) => entry.name === group && entry.kind === 'folder')) {
      await walkGroup({ folder: join(dataDir, group), name: group, flags: rootFlags, sample: group === 'sample', ancestors: [] }, tests, options);
    }
  }
  if (tests.length === 0) {
    throw new ProblemFileError(dataDir, undefined, 'holds no test cases', 'add data/secret/NAME.in with its answer NAME.ans (and samples in data/sample/)');
  }
  return tests;
}

interface Group {
  folder: string;
  /** Path under data/: "secret/group1". */
  name: string;
  flags: ConfigFlags;
  sample: boolean;
  /** Real paths of the folders above, to catch a symlink that loops. */
  ancestors: readonly string[];
}

async function walkGroup(group: Group, tests: TestCase[], options: KattisTestsOptions): Promise<void> {
  const real = await realpath(group.folder);
  if (group.ancestors.includes(real)) {
    throw new ProblemFileError(group.folder, undefined, 'links back to a folder that contains it', 'remove the symlink loop');
  }
  const entries = await listFolder(group.folder);
  const flags = await ownFlags(group.folder, entries, group.flags);
  const files = new Set(entries.filter((entry) => entry.kind === 'file').map((entry) => entry.name));
  const stems = [...files].filter(isInputFile).map((file) => file.slice(0, -'.in'.length));

  const orphan = [...files].find((file) => file.endsWith('.ans') && !files.has(`${file.slice(0, -'.ans'.length)}.in`));
  if (orphan !== undefined) {
    throw new ProblemFileError(join(group.folder, orphan), undefined, `has no input file ${orphan.slice(0, -'.ans'.length)}.in`, 'add the input, or remove the answer');
  }

  const items = [
    ...stems.map((name) => ({ name, isGroup: false })),
    // NAME.files/ holds a case's input files (2025-09), not a group.
    ...entries.filter((entry) => entry.kind === 'folder' && !entry.name.endsWith('.files')).map(({ name }) => ({ name, isGroup: true })),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Number(a.isGroup) - Number(b.isGroup)));

  for (const item of items) {
    if (item.isGroup) {
      const child = { folder: join(group.folder, item.name), name: `${group.name}/${item.name}`, flags, sample: group.sample, ancestors: [...group.ancestors, real] };
      await walkGroup(child, tests, options);
    } else {
      tests.push(await testCase(group, item.name, files, flags, options));
    }
  }
}

async function testCase(group: Group, stem: string, files: ReadonlySet<string>, groupFlags: ConfigFlags, options: KattisTestsOptions): Promise<TestCase> {
  const inputPath = join(group.folder, `${stem}.in`);
  const hasAnswer = files.has(`${stem}.ans`);
  if (!hasAnswer && !options.interactive) {
    throw new ProblemFileError(inputPath, undefined, 'has no answer file', `add ${stem}.ans next to it, or remove it`);
  }
  const own: ConfigFlags = files.has(`${stem}.yaml`) ? await readConfigFlags(join(group.folder, `${stem}.yaml`)) : {};
  const output = own.output ?? groupFlags.output;
  const input = own.input ?? groupFlags.input;
  const checkerFlags = [...options.problemFlags.flags, ...(output?.flags ?? [])];
  const flagProblem = options.checkFlags?.(checkerFlags);
  if (flagProblem !== undefined) {
    const source = output ?? options.problemFlags;
    throw new ProblemFileError(source.file, source.field, flagProblem, 'fix the flags, or give the problem its own output validator');
  }
  return {
    name: `${group.name}/${stem}`,
    input: { kind: 'file', path: inputPath },
    answer: hasAnswer ? { kind: 'file', path: join(group.folder, `${stem}.ans`) } : { kind: 'inline', content: '' },
    sample: group.sample,
    checkerFlags,
    inputValidatorFlags: [...(input?.flags ?? [])],
  };
}

/** The folder's own config file over what it inherits; keys it does not set are inherited. */
async function ownFlags(folder: string, entries: readonly Entry[], inherited: ConfigFlags): Promise<ConfigFlags> {
  const configFile = GROUP_CONFIG_FILES.find((file) => entries.some((entry) => entry.kind === 'file' && entry.name === file));
  if (configFile === undefined) return inherited;
  const own = await readConfigFlags(join(folder, configFile));
  return { output: own.output ?? inherited.output, input: own.input ?? inherited.input };
}

function isInputFile(name: string): boolean {
  return name.endsWith('.in') && name.length > '.in'.length;
}

/** The folder's entries with symlinks followed; names starting with "." are not part of the package. */
async function listFolder(folder: string): Promise<Entry[]> {
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
