// An input validator made ready to check inputs, whatever its kind: a program installed in
// sandbox boxes (`validator [flags] < input`, Kattis protocol: 42 valid), run on as many
// inputs at once as it has boxes, or a checktestdata script parsed once and run here by
// letscode's own interpreter (src/checktestdata/: our code, so no container). Checks come
// back as InputCheck (input-verdict.ts), so every kind reads the same in the report.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseCheckTestData, runCheckTestData, CtdSyntaxError, formatCtdOutcome, type CtdProgram, type CtdRunOptions } from '../checktestdata/index.js';
import { describeFsError } from '../common/fs-checks.js';
import { ProblemFileError, SandboxError } from '../errors.js';
import { BoxPool } from '../execution/box-pool.js';
import { PROBLEM_PROGRAM_LIMITS } from '../execution/limits.js';
import { installProblemProgram } from '../execution/problem-program.js';
import type { ExecutionServices } from '../execution/services.js';
import type { ProgramRef } from '../problem/model.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { checkInputRun, crashFromError, type InputCheck } from './input-verdict.js';

export interface OpenedInputValidator {
  /** `read` is called once a run can start: only as many inputs as runs are in memory at once. */
  check(read: () => Promise<Buffer>, flags: readonly string[]): Promise<InputCheck>;
  dispose(): Promise<void>;
}

export async function openProgramValidator(ref: ProgramRef, boxCount: number, services: ExecutionServices): Promise<OpenedInputValidator> {
  const launched = await installProblemProgram(ref, 'input validator', boxCount, services);
  const { program } = launched;
  const pool = new BoxPool(launched.boxes);
  return {
    check: (read, flags) =>
      pool.use(async (box) =>
        box
          .run({ ...program.run, argv: [...program.run.argv, ...flags], cwd: BoxPaths.tmp, stdin: await read(), limits: PROBLEM_PROGRAM_LIMITS })
          .then(checkInputRun, (error: unknown) => {
            if (error instanceof SandboxError) return crashFromError(error.message);
            throw error;
          }),
      ),
    dispose: () => launched.dispose(),
  };
}

/**
 * A checktestdata script: a syntax error is the package's mistake, as a validator that does
 * not compile is. Valid and invalid map onto the same results as a program's 42 and 43 (the
 * message is the interpreter's, with the line and column in the input); the script failing
 * at run time (an undefined variable, a spent budget) is a crash, as a program's would be.
 */
export async function openCheckTestData(ref: ProgramRef): Promise<OpenedInputValidator> {
  const name = basename(ref.path);
  const text = await readFile(ref.path, 'utf8').catch((error: unknown) => {
    throw new ProblemFileError(ref.path, undefined, describeFsError(error), 'make it readable, or remove it');
  });
  let program: CtdProgram;
  try {
    program = parseCheckTestData(text, name);
  } catch (error) {
    if (!(error instanceof CtdSyntaxError)) throw error;
    throw new ProblemFileError(ref.path, undefined, `line ${error.line}, column ${error.column}: ${error.detail}`, 'fix the checktestdata script');
  }
  return {
    check: async (read, flags) => {
      const outcome = runCheckTestData(program, await read(), runOptions(flags));
      switch (outcome.kind) {
        case 'valid':
          return { result: 'valid', message: '' };
        case 'invalid':
          return { result: 'invalid', message: formatCtdOutcome(outcome, name) };
        case 'error':
          return { result: 'crash', message: formatCtdOutcome(outcome, name) };
      }
    },
    dispose: async () => undefined,
  };
}

/**
 * problemtools hands a .ctd validator the group's flags as checktestdata's own options:
 * -w / --whitespace-ok is the one that changes what is valid. Others (bounds meant for a
 * program validator beside it) mean nothing to a script and are left alone.
 */
function runOptions(flags: readonly string[]): CtdRunOptions {
  return { whitespaceOk: flags.includes('-w') || flags.includes('--whitespace-ok') };
}
