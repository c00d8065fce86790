// data/invalid_input/ (2025-09): inputs the package's input validators must reject, as
// NAME.in files in nested groups like secret/'s. Their validator flags are set like a
// test case's (test_group.yaml or legacy testdata.yaml for a folder, NAME.yaml for one
// input), inherited from data/ down. The spec gives them no answers; a NAME.ans here is
// passed over rather than refused, since nothing reads it and it does no harm.

import { join } from 'node:path';
import { ProblemFileError } from '../../errors.js';
import { pathKind } from '../fs-checks.js';
import type { InvalidInput } from '../model.js';
import { listFolder, ownFlags, walkDataTree } from './data-tree.js';

export const INVALID_INPUT_FOLDER = 'invalid_input';

/** In the spec's order; none when the package has no data/invalid_input/. */
export async function readKattisInvalidInputs(dataDir: string): Promise<InvalidInput[]> {
  const folder = join(dataDir, INVALID_INPUT_FOLDER);
  const kind = await pathKind(folder);
  if (kind === 'missing') return [];
  if (kind === 'file') {
    throw new ProblemFileError(folder, undefined, 'is a file, but invalid_input must be a folder', 'make it a folder of NAME.in files that the input validators must reject, or remove it');
  }
  const rootFlags = await ownFlags(dataDir, await listFolder(dataDir), {});
  const inputs: InvalidInput[] = [];
  await walkDataTree({ folder, name: INVALID_INPUT_FOLDER, flags: rootFlags }, {
    case: ({ name, folder: at, stem, flags }) => {
      inputs.push({ name, input: { kind: 'file', path: join(at, `${stem}.in`) }, inputValidatorFlags: [...(flags.input?.flags ?? [])] });
    },
  });
  return inputs;
}
