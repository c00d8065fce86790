// An input validator made ready to check inputs, whatever its kind: a program installed in
// sandbox boxes (`validator [flags] < input`, Kattis protocol: 42 valid), run on as many
// inputs at once as it has boxes. Checks come back as InputCheck (input-verdict.ts), so
// every kind reads the same in the report.

import { SandboxError } from '../errors.js';
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
