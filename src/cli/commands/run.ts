// `letscode run SOLUTION`: compile and run a program once, without a problem. Input comes
// from --input FILE or from stdin as it arrives (typing works); the program's stdout and
// stderr stream to the terminal; a status line follows on stderr. Exit code 0 when the
// program ran to completion with exit code 0 within the limits (OK), 1 otherwise (RE, TLE,
// MLE, OLE, CE), 3 when the sandbox failed (JE) or Docker is unavailable.

import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { exitCodeFor, runOutcome } from '../exit-codes.js';
import { readProgram } from '../../languages/read-program.js';
import { describeFsError } from '../../common/fs-checks.js';
import { createTerminal } from '../../report/index.js';
import { RunReporter } from '../../report/run-report.js';
import { loadSpinnerFactory } from '../../report/spinner.js';
import { runProblemLimits, TYPED_INPUT_WALL_MS } from '../../run/run-limits.js';
import { runOnce, type RunInput } from '../../run/run-once.js';
import type { CommandRequest } from '../requests.js';
import { createDockerServices } from '../services.js';
import { isInterrupted } from '../interruption.js';

export async function runCommand(request: Extract<CommandRequest, { command: 'run' }>): Promise<number> {
  const { options } = request;
  const solutionPath = resolve(options.solution);
  const { language, source } = await readProgram(solutionPath, options.solution, options.lang);
  const input: RunInput = options.input === undefined ? { kind: 'stream', stream: process.stdin } : { kind: 'bytes', data: await readInput(options.input) };
  // Someone typing the input may take their time: only the CPU limit applies to them.
  const typed = input.kind === 'stream' && process.stdin.isTTY === true;
  const limits = runProblemLimits({
    timeMs: options.timeLimitMs,
    memoryBytes: options.memoryLimitBytes,
    wallTimeMs: typed ? TYPED_INPUT_WALL_MS : undefined,
  });
  const terminal = createTerminal();
  const solution = Buffer.isBuffer(source) ? basename(solutionPath) : `${basename(solutionPath)}/`;
  const reporter = new RunReporter(terminal, { json: options.json, solution, spinner: await loadSpinnerFactory(terminal) });
  try {
    const services = await createDockerServices((event) => reporter.onEvent(event), { compileCache: options.cache });
    try {
      const live = options.json ? undefined : reporter.live;
      const outcome = await runOnce({ language, source, limits, input, live }, services);
      // Ctrl-C removes the box (services.ts) and exits 130: the run it cut short is no JE.
      if (!isInterrupted()) reporter.finish(outcome);
      return exitCodeFor(runOutcome(outcome.status));
    } finally {
      await services.shutdown();
    }
  } finally {
    if (input.kind === 'stream') process.stdin.destroy();
    await reporter.close();
  }
}

async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(resolve(path));
  } catch (error) {
    throw new UsageError(`--input ${path}: ${describeFsError(error)} (give the file the program reads as stdin)`);
  }
}
