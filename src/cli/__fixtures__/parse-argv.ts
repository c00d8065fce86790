// For the argv tests: what the program factory makes of a command line, without running it.

import { createProgram } from '../program.js';
import type { CommandRequest } from '../requests.js';

export async function parseArgv(args: string[]): Promise<CommandRequest> {
  let seen: CommandRequest | undefined;
  const { program } = createProgram(async (request) => {
    seen = request;
    return 0;
  }, '0.0.0');
  program.configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  await program.parseAsync(['node', 'letscode', ...args]);
  if (!seen) throw new Error('no command ran');
  return seen;
}
