// How an error that ends the program is shown: errors the user can fix get one line, anything
// else is a bug in letscode and gets its stack trace. Called by the CLI's error boundary.

import { UserFacingError } from '../errors.js';
import { sanitize } from './format.js';
import { colorLevel, type TextStream } from './terminal.js';
import { Chalk } from 'chalk';

export interface FatalOptions {
  stream?: TextStream;
  env?: Record<string, string | undefined>;
}

export function printFatal(error: unknown, options: FatalOptions = {}): void {
  const stream = options.stream ?? process.stderr;
  const chalk = new Chalk({ level: colorLevel(stream, options.env ?? process.env) });
  stream.write(`${fatalLines(error, chalk).join('\n')}\n`);
}

export function fatalLines(error: unknown, chalk = new Chalk({ level: 0 })): string[] {
  if (error instanceof UserFacingError) return [`${chalk.red.bold('error:')} ${sanitize(error.message)}`];
  const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return [
    `${chalk.red.bold('internal error:')} this is a bug in letscode, please report it with the trace below.`,
    chalk.dim(stack),
  ];
}
