// The one error boundary: every command runs inside it, and every error leaves through
// it as an exit code. Errors a user can fix print one line; anything else is a bug in
// letscode and prints a stack trace with exit code 4. Ctrl-C and SIGTERM end a command
// here too (interruption.ts).

import { CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCode, exitCodeOfError, QueueConnectionError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { Interrupted, isInterrupted, listenForInterrupts } from './interruption.js';
import { createProgram } from './program.js';

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

export async function main(argv: string[]): Promise<number> {
  const { program, exitCode } = createProgram(async (request) => {
    const { dispatch } = await import('./dispatch.js');
    return dispatch(request);
  }, packageVersion());
  const interrupts = listenForInterrupts();
  // A command that ended, or failed, because Ctrl-C removed its boxes under it was
  // interrupted: the interruption is what it ends with.
  try {
    await Promise.race([program.parseAsync(argv), interrupts.interrupted]);
    if (isInterrupted()) await interrupts.interrupted;
    return exitCode();
  } catch (thrown) {
    const error = isInterrupted() && !(thrown instanceof Interrupted) ? await interrupts.interrupted.catch((interruption: unknown) => interruption) : thrown;
    const code = await exitCodeFor(error);
    // The interrupted command is still in flight, its containers already removed: it
    // must not go on to report judge errors. Exit now, as a shell's Ctrl-C would. A queue
    // whose Redis is gone for good leaves BullMQ's connections retrying: exit now too.
    if (error instanceof Interrupted || error instanceof QueueConnectionError) process.exit(code);
    return code;
  } finally {
    interrupts.dispose();
  }
}

async function exitCodeFor(error: unknown): Promise<number> {
  // Commander has already printed its message (or the help/version text).
  if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.allAccepted : ExitCode.usage;
  if (error instanceof Interrupted) return error.exitCode;
  const { printFatal } = await import('../report/fatal.js');
  printFatal(error);
  return exitCodeOfError(error);
}
