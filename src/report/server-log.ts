// What `letscode serve` and `letscode listen` print: all on stderr, one line per event,
// never a spinner (a server's log is read later, often from a file).

import { Chalk, type ChalkInstance } from 'chalk';
import type { RequestLog } from '../server/http-server.js';
import type { JudgeEvent } from '../judge/events.js';
import { fatalLines } from './fatal.js';
import { sanitize } from './format.js';
import { formatMs } from '../common/format-units.js';
import { PrettyReporter } from './pretty.js';
import { colorLevel, type Terminal } from './terminal.js';

/** "POST /api/execute 200 41 ms". */
export function requestLine(log: RequestLog, chalk: ChalkInstance = new Chalk({ level: 0 })): string {
  const status = log.status >= 500 ? chalk.red(String(log.status)) : log.status >= 400 ? chalk.yellow(String(log.status)) : chalk.green(String(log.status));
  return `${log.method} ${sanitize(log.path)} ${status} ${formatMs(log.ms)}`;
}

export class ServerLog {
  readonly #terminal: Terminal;
  readonly #chalk: ChalkInstance;
  readonly #images: PrettyReporter;

  constructor(terminal: Terminal, env: Record<string, string | undefined> = process.env) {
    this.#terminal = terminal;
    this.#chalk = new Chalk({ level: colorLevel(terminal.stderr, env) });
    // Plain lines: a server's log has no place for a spinner.
    this.#images = new PrettyReporter(terminal, { progressOnly: true });
  }

  /** "letscode serve: listening on http://127.0.0.1:8765 (2 jobs at once)". */
  listening(command: string, url: string, details: string): void {
    this.#line(`letscode ${command}: listening on ${this.#chalk.bold(url)}${details ? ` (${details})` : ''}; Ctrl-C stops`);
  }

  request(log: RequestLog): void {
    this.#line(requestLine(log, this.#chalk));
  }

  /** Only image builds are worth a line; everything else is in the responses. */
  onEvent(event: JudgeEvent): void {
    if (event.type.startsWith('image-build')) this.#images.onEvent(event);
  }

  /** A 500: a bug, with its stack. */
  internalError(error: unknown): void {
    this.#line(fatalLines(error, this.#chalk).join('\n'));
  }

  line(text: string): void {
    this.#line(text);
  }

  #line(text: string): void {
    this.#terminal.stderr.write(`${text}\n`);
  }
}
