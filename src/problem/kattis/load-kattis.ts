// Loads a Kattis / ICPC problem package into the Problem model: problem.yaml for the name,
// limits and validation, data/ for the tests, the package's validator programs, and a
// time limit that is given (limits.time_limit, a .timelimit file, --time-limit) or left to
// be derived from submissions/accepted/.

import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseKattisDefaultFlags } from '../../checkers/index.js';
import type { CheckerSpec } from '../../checkers/checker.js';
import { ProblemFileError } from '../../errors.js';
import { describeFsError, pathKind } from '../../common/fs-checks.js';
import { readIncludedFiles } from '../include-files.js';
import { DEFAULT_LIMITS, wallTimeFor, type Problem, type ProgramRef, type TimeLimitSource } from '../model.js';
import { readKattisMetadata, type KattisMetadata } from './metadata.js';
import { findInputValidators, findOutputValidator, programsIn } from './programs.js';
import { readKattisInvalidInputs } from './invalid-inputs.js';
import { readKattisOutputCases } from './output-cases.js';
import { readKattisTests } from './test-cases.js';
import { readKattisScoring } from './scoring.js';

export interface KattisLoadOptions {
  /** --time-limit: makes a missing time limit no error (load.ts applies it). */
  timeLimitMs?: number | undefined;
}

/** limits.timeMs and wallTimeMs of a problem whose time limit is still to be derived. */
export const TIME_LIMIT_PLACEHOLDER_MS = 0;

export async function loadKattisProblem(packageDir: string, options: KattisLoadOptions = {}): Promise<Problem> {
  const dir = resolve(packageDir);
  const sourceFile = join(dir, 'problem.yaml');
  const metadata = await readKattisMetadata(sourceFile);
  const validator = await validation(dir, sourceFile, metadata);
  const problemFlags = { flags: metadata.validatorFlags, file: sourceFile, field: 'validator_flags' };
  const checkFlags = validator.checker.name === 'kattis-default' && validator.interactor === null ? defaultValidatorFlagProblem : undefined;
  const problemFlagProblem = checkFlags?.(problemFlags.flags);
  if (problemFlagProblem !== undefined) {
    throw new ProblemFileError(sourceFile, 'validator_flags', problemFlagProblem, 'fix the flags, or give the problem its own output validator');
  }
  const time = await timeLimit(dir, sourceFile, metadata, options);
  const inputValidators = await findInputValidators(dir);
  const dataDir = join(dir, 'data');

  const problem: Problem = {
    name: metadata.name ?? basename(dir),
    dir,
    sourceFile,
    format: 'kattis',
    limits: {
      timeMs: time.timeMs,
      wallTimeMs: time.source.kind === 'given' ? wallTimeFor(time.timeMs) : TIME_LIMIT_PLACEHOLDER_MS,
      memoryBytes: metadata.memoryBytes,
      outputBytes: metadata.outputBytes,
      pidsLimit: DEFAULT_LIMITS.pidsLimit,
    },
    codeLimitBytes: metadata.codeBytes,
    timeLimitSource: time.source,
    checker: validator.checker,
    interactor: validator.interactor,
    inputValidators,
    submissionsDir: (await pathKind(join(dir, 'submissions'))) === 'folder' ? join(dir, 'submissions') : null,
    tests: await readKattisTests({ dataDir, interactive: validator.interactor !== null, problemFlags, checkFlags, inputValidators }),
    invalidInputs: await readKattisInvalidInputs(dataDir, inputValidators),
    outputCases: await readKattisOutputCases({ dataDir, problemFlags, checkFlags, inputValidators }),
    includedFiles: await readIncludedFiles(join(dir, 'include')),
  };
  const scoring = await readKattisScoring({ dataDir, sourceFile, tests: problem.tests, metadata });
  return scoring ? { ...problem, scoring } : problem;
}

function defaultValidatorFlagProblem(flags: readonly string[]): string | undefined {
  const parsed = parseKattisDefaultFlags(flags);
  return parsed.kind === 'invalid' ? parsed.message : undefined;
}

interface Validation {
  checker: CheckerSpec;
  interactor: Problem['interactor'];
}

/**
 * Legacy packages say `validation: custom [interactive]`; newer ones have an
 * output_validator/ folder and `type: interactive`. The default validator needs no program.
 */
async function validation(dir: string, sourceFile: string, metadata: KattisMetadata): Promise<Validation> {
  // Legacy packages use their program only when problem.yaml says so; newer ones whenever it is there.
  const saysCustom = metadata.customValidation ?? (metadata.version === 'legacy' ? false : undefined);
  if (saysCustom === false && !metadata.interactive) return { checker: { name: 'kattis-default' }, interactor: null };
  const program = await findOutputValidator(dir);
  if (program === undefined) {
    if (saysCustom === undefined && !metadata.interactive) return { checker: { name: 'kattis-default' }, interactor: null };
    const field = metadata.customValidation !== undefined ? 'validation' : 'type';
    const what = metadata.interactive ? 'an interactive problem' : 'validation: custom';
    throw new ProblemFileError(sourceFile, field, `${what} needs an output validator, and the package has none`, 'add the program as output_validator/ (or output_validators/<name> in legacy packages)');
  }
  if (metadata.interactive) return { checker: { name: 'kattis-default' }, interactor: { program, protocol: 'kattis' } };
  return { checker: { name: 'external', protocol: 'kattis', program: { path: program.path } }, interactor: null };
}

interface TimeLimit {
  timeMs: number;
  source: TimeLimitSource;
}

async function timeLimit(dir: string, sourceFile: string, metadata: KattisMetadata, options: KattisLoadOptions): Promise<TimeLimit> {
  const givenMs = metadata.timeLimitMs ?? (await readTimeLimitFile(join(dir, '.timelimit')));
  if (givenMs !== undefined) return { timeMs: givenMs, source: { kind: 'given' } };
  const accepted: ProgramRef[] = await programsIn(join(dir, 'submissions', 'accepted'));
  if (accepted.length === 0 && options.timeLimitMs === undefined) {
    throw new ProblemFileError(sourceFile, 'limits.time_limit', 'is not set, and there is no .timelimit file nor an accepted submission to derive it from', 'set limits.time_limit (seconds), add submissions/accepted/, or pass --time-limit');
  }
  return {
    timeMs: TIME_LIMIT_PLACEHOLDER_MS,
    source: { kind: 'derive', acceptedSubmissions: accepted.map((program) => program.path), acToTimeLimit: metadata.acToTimeLimit, resolutionMs: metadata.resolutionMs },
  };
}

/** .timelimit (DOMjudge, BAPCtools): the time limit in seconds, alone in the file. */
async function readTimeLimitFile(path: string): Promise<number | undefined> {
  if ((await pathKind(path)) !== 'file') return undefined;
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).trim();
  } catch (error) {
    throw new ProblemFileError(path, undefined, describeFsError(error), 'make it readable, or remove it');
  }
  const seconds = /^\d+(\.\d*)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds > 0)) {
    throw new ProblemFileError(path, undefined, `expected the time limit in seconds, got ${JSON.stringify(text)}`, 'write a number of seconds, e.g. 2 or 1.5');
  }
  return Math.max(1, Math.round(seconds * 1000));
}
