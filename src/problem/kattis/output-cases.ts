// data/invalid_output/ and data/valid_output/ (2025-09): contestant outputs whose fate is
// known. A case is NAME.in (a valid input), NAME.ans (the judge's answer) and NAME.out
// (the output to check), in nested groups like secret/'s; the output validator must
// reject NAME.out in invalid_output/ and accept it in valid_output/. Flags are set and
// inherited like a test case's, so a case is checked exactly as a judged test would be.
// The spec has them for non-interactive problems only; they are read either way, and
// validate says why it passes them over (an interactive problem is still judged fine).

import { join } from 'node:path';
import { ProblemFileError } from '../../errors.js';
import type { OutputCase } from '../model.js';
import { walkOptionalFolder } from './data-tree.js';
import { caseInputValidatorFlags } from './input-validator-flags.js';
import { caseCheckerFlags, orphanCheck, type KattisTestsOptions } from './test-cases.js';

export const OUTPUT_CASE_FOLDERS = { invalid: 'invalid_output', valid: 'valid_output' } as const;

const FILES = [
  { extension: '.ans', what: "the judge's answer" },
  { extension: '.out', what: 'the output to check' },
] as const;

export type OutputCasesOptions = Pick<KattisTestsOptions, 'dataDir' | 'problemFlags' | 'checkFlags' | 'inputValidators'>;

/** invalid_output/ then valid_output/, each in the spec's order; none when the package has neither. */
export async function readKattisOutputCases(options: OutputCasesOptions): Promise<OutputCase[]> {
  const cases: OutputCase[] = [];
  for (const expected of ['invalid', 'valid'] as const) {
    const name = OUTPUT_CASE_FOLDERS[expected];
    await walkOptionalFolder(options.dataDir, name, `make it a folder of NAME.in, NAME.ans and NAME.out files, or remove it`, {
      folder: orphanCheck(FILES.map((file) => file.extension), 'it'),
      case: ({ name: caseName, folder, stem, files, flags }) => {
        const path = (extension: string) => join(folder, `${stem}${extension}`);
        const missing = FILES.find((file) => !files.has(`${stem}${file.extension}`));
        if (missing !== undefined) {
          const file = `${stem}${missing.extension}`;
          throw new ProblemFileError(path('.in'), undefined, `has no ${file} beside it (${missing.what}; every case of ${name}/ needs .in, .ans and .out)`, `add ${file}, or remove the case`);
        }
        cases.push({
          name: caseName,
          expected,
          input: { kind: 'file', path: path('.in') },
          answer: { kind: 'file', path: path('.ans') },
          output: { kind: 'file', path: path('.out') },
          checkerFlags: caseCheckerFlags(flags, options),
          ...caseInputValidatorFlags(flags, options.inputValidators),
        });
      },
    });
  }
  return cases;
}
