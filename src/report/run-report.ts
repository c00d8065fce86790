// What `letscode run` shows: image builds and a compile spinner while it prepares, then the
// program's own stdout and stderr, byte for byte and as they come, then one status line on
// stderr. With --json, stdout holds only the run's JSON document.

import { Chalk, type ChalkInstance } from 'chalk';
import type { Verdict } from '../common/verdicts.js';
import { terminationText } from '../execution/run-ending.js';
import type { RunOutcome, RunStatus } from '../run/outcome.js';
import type { LiveOutput } from '../run/run-once.js';
import type { Reporter } from './events.js';
import type { JudgeEvent } from '../judge/events.js';
import { colorVerdict, sanitize } from './format.js';
import { formatBytes, formatMs } from '../common/format-units.js';
import { PrettyReporter } from './pretty.js';
import { toRunJson } from '../run/run-json.js';
import { noSpinner, type Spinner, type SpinnerFactory } from './spinner.js';
import { colorLevel, type Terminal } from './terminal.js';

export interface RunReporterOptions {
  json: boolean;
  /** Shown while compiling, e.g. "sol.cpp". */
  solution: string;
  spinner?: SpinnerFactory;
  /** Where the program's bytes go (default: the process's own streams). */
  raw?: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
  env?: Record<string, string | undefined>;
}

/** Statuses share the verdicts' colours; OK looks like AC. */
const STATUS_COLORS: Record<RunStatus, Verdict> = { OK: 'AC', RE: 'RE', TLE: 'TLE', MLE: 'MLE', OLE: 'OLE', CE: 'CE', JE: 'JE' };

/** "OK · exit code 0 · CPU 3 ms · wall 4 ms · memory 1.4 MiB", "TLE · CPU time over ... · killed by SIGKILL · ...". */
export function runStatusLine(outcome: RunOutcome, chalk: ChalkInstance = new Chalk({ level: 0 })): string {
  const status = colorVerdict(chalk, STATUS_COLORS[outcome.status], outcome.status);
  const { run } = outcome;
  if (outcome.status === 'CE') return `${status} · compilation failed`;
  if (!run) return `${status} · ${sanitize(outcome.detail)}`;
  const ending = terminationText(run.termination);
  const parts = [
    status,
    // RE's detail is the ending itself, with the signal explained.
    ...(outcome.status === 'OK' ? [ending] : outcome.status === 'RE' ? [outcome.detail] : [outcome.detail, ending]),
    `CPU ${formatMs(run.cpuTimeMs)}`,
    `wall ${formatMs(run.wallTimeMs)}`,
    `memory ${formatBytes(run.memoryPeakBytes)}`,
  ];
  return parts.join(chalk.dim(' · '));
}

export class RunReporter implements Reporter {
  readonly #terminal: Terminal;
  readonly #options: RunReporterOptions;
  readonly #progress: PrettyReporter;
  readonly #spinner: Spinner | undefined;
  readonly #chalk: ChalkInstance;
  readonly #raw: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
  /** The last byte the program wrote to the terminal stderr shows on: the status line starts on a line of its own. */
  #lastByte: number | undefined;

  constructor(terminal: Terminal, options: RunReporterOptions) {
    this.#terminal = terminal;
    this.#options = options;
    const spinner = options.spinner ?? noSpinner;
    this.#progress = new PrettyReporter(terminal, { progressOnly: true, spinner });
    this.#spinner = spinner(terminal);
    this.#chalk = new Chalk({ level: colorLevel(terminal.stderr, options.env ?? process.env) });
    this.#raw = options.raw ?? { stdout: process.stdout, stderr: process.stderr };
    // `letscode run sol | head -1`: a reader that goes away is not an error.
    this.#raw.stdout.on('error', () => undefined);
  }

  onEvent(event: JudgeEvent): void {
    if (event.type.startsWith('image-build')) this.#progress.onEvent(event);
    else if (event.type === 'compile-start') this.#spinner?.spin(`Compiling ${this.#options.solution} (${event.language})`);
    else if (event.type === 'compile-done') this.#spinner?.stop();
  }

  /** The program's output, passed on as it comes (not used with --json). */
  readonly live: LiveOutput = {
    stdout: (chunk) => {
      this.#raw.stdout.write(chunk);
      if (this.#terminal.stdout.isTTY && this.#terminal.stderr.isTTY) this.#remember(chunk);
    },
    stderr: (chunk) => {
      this.#raw.stderr.write(chunk);
      this.#remember(chunk);
    },
  };

  /** The status line on stderr (with the compiler's message for CE), or the JSON document on stdout. */
  finish(outcome: RunOutcome): void {
    this.#spinner?.stop();
    if (this.#options.json) {
      this.#terminal.stdout.write(`${JSON.stringify(toRunJson(outcome))}\n`);
      return;
    }
    const lines: string[] = [];
    if (outcome.status === 'CE') lines.push(sanitize(outcome.detail));
    lines.push(runStatusLine(outcome, this.#chalk));
    const newline = this.#lastByte !== undefined && this.#lastByte !== 0x0a ? '\n' : '';
    this.#terminal.stderr.write(`${newline}${lines.join('\n')}\n`);
  }

  async close(): Promise<void> {
    this.#spinner?.stop();
    await this.#progress.close();
  }

  #remember(chunk: Buffer): void {
    if (chunk.length > 0) this.#lastByte = chunk[chunk.length - 1];
  }
}
