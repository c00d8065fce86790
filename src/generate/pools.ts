// The package's programs, launched on first use: one launch per program (compiled once,
// cached), one box per job, lent out one run at a time. A generator or solution that does
// not compile is the package's mistake (exit 2), as for any program a problem brings.

import { BoxPool } from '../execution/box-pool.js';
import { launchProgram, type LaunchedProgram } from '../execution/launch.js';
import type { ExecutionServices } from '../execution/services.js';
import { ProblemFileError } from '../errors.js';
import type { PreparedProgram } from '../languages/prepare.js';
import type { Box } from '../sandbox/sandbox.js';
import { GENERATE_BOX, GENERATE_LIMITS } from './limits.js';
import type { PackageProgram } from './programs.js';

export interface ProgramPool {
  program: PreparedProgram;
  use<T>(work: (box: Box, program: PreparedProgram) => Promise<T>): Promise<T>;
}

export class ProgramPools {
  readonly #launched = new Map<string, Promise<{ launched: LaunchedProgram; pool: BoxPool }>>();

  constructor(
    private readonly services: ExecutionServices,
    private readonly boxCount: number,
  ) {}

  async pool(program: PackageProgram): Promise<ProgramPool> {
    let opening = this.#launched.get(program.hash);
    if (!opening) {
      opening = this.#launch(program);
      this.#launched.set(program.hash, opening);
    }
    const { launched, pool } = await opening;
    return { program: launched.program, use: (work) => pool.use((box) => work(box, launched.program)) };
  }

  async #launch(program: PackageProgram): Promise<{ launched: LaunchedProgram; pool: BoxPool }> {
    const launch = await launchProgram({ language: program.language, source: program.source, memoryBytes: GENERATE_LIMITS.memoryBytes, box: GENERATE_BOX, boxCount: this.boxCount }, this.services);
    if (launch.kind === 'compile-error') {
      const firstLines = launch.compile.message.split('\n').slice(0, 3).join(' | ');
      throw new ProblemFileError(program.name, undefined, `does not compile: ${firstLines}`, 'fix it, then generate again');
    }
    return { launched: launch, pool: new BoxPool(launch.boxes) };
  }

  async dispose(): Promise<void> {
    const opened = await Promise.allSettled(this.#launched.values());
    await Promise.all(opened.map((settled) => (settled.status === 'fulfilled' ? settled.value.launched.dispose() : undefined)));
  }
}
