// Machine-readable output: exactly one JSON object (judge/judge-json.ts) and a newline on
// stdout, written when the judge is done. Nothing else ever goes to stdout.

import { toJsonReport } from '../judge/judge-json.js';
import type { Reporter } from './events.js';
import type { JudgeEvent } from '../judge/events.js';
import type { Terminal } from './terminal.js';

export class JsonReporter implements Reporter {
  readonly #terminal: Terminal;
  #written = false;

  constructor(terminal: Terminal) {
    this.#terminal = terminal;
  }

  onEvent(event: JudgeEvent): void {
    if (event.type !== 'judge-done' || this.#written) return;
    this.#written = true;
    this.#terminal.stdout.write(`${JSON.stringify(toJsonReport(event.report))}\n`);
  }

  async close(): Promise<void> {}
}
