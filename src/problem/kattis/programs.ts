// The programs a package brings: its output validator (legacy output_validators/ holding
// one program, or the 2023-07+ output_validator/ folder that is the program), its input
// validators, and the folder of example submissions. A program is a file or a folder;
// names starting with "." are not part of the package.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ProblemFileError } from '../../errors.js';
import { pathKind } from '../../common/fs-checks.js';
import type { ProgramRef } from '../model.js';

/** The entries of `folder` as programs, sorted by name; none when the folder does not exist. */
export async function programsIn(folder: string): Promise<ProgramRef[]> {
  if ((await pathKind(folder)) !== 'folder') return [];
  const names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
  return names.map((name) => ({ path: join(folder, name) }));
}

/** output_validator/ (2023-07+) is itself the program; output_validators/ (legacy) holds one. */
export async function findOutputValidator(packageDir: string): Promise<ProgramRef | undefined> {
  const newer = join(packageDir, 'output_validator');
  if ((await pathKind(newer)) !== 'missing') return { path: newer };
  const legacyFolder = join(packageDir, 'output_validators');
  const programs = await programsIn(legacyFolder);
  if (programs.length > 1) {
    const names = programs.map((program) => program.path.slice(legacyFolder.length + 1)).join(', ');
    throw new ProblemFileError(legacyFolder, undefined, `holds ${programs.length} programs (${names}); letscode runs one output validator`, 'keep one program there: a source file, or a folder for a multi-file program');
  }
  return programs[0];
}

/** Every input validator: input_validators/ (legacy, 2025-09) and input_validator/ (the name some drafts use). */
export async function findInputValidators(packageDir: string): Promise<ProgramRef[]> {
  return [...(await programsIn(join(packageDir, 'input_validators'))), ...(await programsIn(join(packageDir, 'input_validator')))];
}
