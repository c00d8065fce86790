// data/invalid_input/ (2025-09): inputs the package's input validators must reject, as
// NAME.in files in nested groups like secret/'s. Their validator flags are set like a
// test case's (test_group.yaml or legacy testdata.yaml for a folder, NAME.yaml for one
// input), inherited from data/ down. The spec gives them no answers; a NAME.ans here is
// passed over rather than refused, since nothing reads it and it does no harm.

import { join } from 'node:path';
import type { InvalidInput, ProgramRef } from '../model.js';
import { walkOptionalFolder } from './data-tree.js';
import { caseInputValidatorFlags } from './input-validator-flags.js';

export const INVALID_INPUT_FOLDER = 'invalid_input';

/**
 * In the spec's order; none when the package has no data/invalid_input/.
 * `inputValidators`: the package's, which input_validator_args may name.
 */
export async function readKattisInvalidInputs(dataDir: string, inputValidators: readonly ProgramRef[]): Promise<InvalidInput[]> {
  const inputs: InvalidInput[] = [];
  await walkOptionalFolder(dataDir, INVALID_INPUT_FOLDER, 'make it a folder of NAME.in files that the input validators must reject, or remove it', {
    case: ({ name, folder, stem, flags }) => {
      inputs.push({ name, input: { kind: 'file', path: join(folder, `${stem}.in`) }, ...caseInputValidatorFlags(flags, inputValidators) });
    },
  });
  return inputs;
}
