// The test cases of a package: data/sample/ then data/secret/, walked in the spec's order
// (see data-tree.ts). A case is NAME.in with NAME.ans beside it. problem.yaml's
// validator_flags come before every case's output flags (as problemtools passes them).

import { join } from 'node:path';
import { ProblemFileError } from '../../errors.js';
import type { ProgramRef, TestCase } from '../model.js';
import type { ConfigFlags, FlagsFrom } from './group-config.js';
import { isInputFile, listFolder, ownFlags, walkDataTree, type CaseSpot } from './data-tree.js';
import { caseInputValidatorFlags } from './input-validator-flags.js';

export interface KattisTestsOptions {
  dataDir: string;
  /** Interactive problems may leave out .ans files: the interactor decides, and the answer is empty. */
  interactive: boolean;
  /** problem.yaml's validator_flags. */
  problemFlags: FlagsFrom;
  /** The package's input validators, which input_validator_args may name. */
  inputValidators: readonly ProgramRef[];
  /** For the default validator: what is wrong with a case's checker flags, or undefined. */
  checkFlags?: ((flags: readonly string[]) => string | undefined) | undefined;
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
      await walkDataTree({ folder: join(dataDir, group), name: group, flags: rootFlags }, {
        folder: rejectOrphanAnswers,
        case: (spot) => {
          tests.push(testCase(spot, group === 'sample', options));
        },
      });
    }
  }
  if (tests.length === 0) {
    throw new ProblemFileError(dataDir, undefined, 'holds no test cases', 'add data/secret/NAME.in with its answer NAME.ans (and samples in data/sample/)');
  }
  return tests;
}

const rejectOrphanAnswers = orphanCheck(['.ans'], 'the answer');

/** A folder visitor that refuses a file with one of `extensions` but no NAME.in beside it. */
export function orphanCheck(extensions: readonly string[], what: string): (folder: string, files: ReadonlySet<string>) => void {
  return (folder, files) => {
    for (const file of files) {
      const extension = extensions.find((candidate) => file.endsWith(candidate) && file.length > candidate.length);
      const input = extension === undefined ? undefined : `${file.slice(0, -extension.length)}.in`;
      if (input !== undefined && !files.has(input)) {
        throw new ProblemFileError(join(folder, file), undefined, `has no input file ${input}`, `add the input, or remove ${what}`);
      }
    }
  };
}

/** problem.yaml's validator_flags, then the case's own; checked when the default validator reads them. */
export function caseCheckerFlags(flags: ConfigFlags, options: Pick<KattisTestsOptions, 'problemFlags' | 'checkFlags'>): string[] {
  const checkerFlags = [...options.problemFlags.flags, ...(flags.output?.flags ?? [])];
  const flagProblem = options.checkFlags?.(checkerFlags);
  if (flagProblem !== undefined) {
    const source = flags.output ?? options.problemFlags;
    throw new ProblemFileError(source.file, source.field, flagProblem, 'fix the flags, or give the problem its own output validator');
  }
  return checkerFlags;
}

function testCase(spot: CaseSpot, sample: boolean, options: KattisTestsOptions): TestCase {
  const { folder, stem, files, flags } = spot;
  const inputPath = join(folder, `${stem}.in`);
  const hasAnswer = files.has(`${stem}.ans`);
  if (!hasAnswer && !options.interactive) {
    throw new ProblemFileError(inputPath, undefined, 'has no answer file', `add ${stem}.ans next to it, or remove it`);
  }
  return {
    name: spot.name,
    input: { kind: 'file', path: inputPath },
    answer: hasAnswer ? { kind: 'file', path: join(folder, `${stem}.ans`) } : { kind: 'inline', content: '' },
    sample,
    checkerFlags: caseCheckerFlags(flags, options),
    ...caseInputValidatorFlags(flags, options.inputValidators),
  };
}
