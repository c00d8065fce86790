// How `letscode stress` talks: a header line, progress on stderr (a spinner with the
// iteration count and rate on a TTY; plain lines for the steps otherwise), then what was
// found and one summary line on stdout. Image builds and a derived time limit are the
// judge's pretty reporter's, sharing the spinner.

import { relative } from 'node:path';
import { formatBytes, formatMs, plural } from '../common/format-units.js';
import type { JudgeEvent } from '../judge/events.js';
import type { StressEvent } from '../stress/events.js';
import type { StressReport } from '../stress/outcome.js';
import { sanitize } from './format.js';
import { PrettyReporter } from './pretty.js';
import { loadSpinnerFactory, type Spinner } from './spinner.js';
import { outcomeLines, summaryLine } from './stress-text.js';
import type { Terminal } from './terminal.js';

/** Spinner text is redrawn at most this often: the loop reports every iteration. */
const REDRAW_MS = 100;

export class StressReporter {
  readonly #terminal: Terminal;
  readonly #spinner: Spinner | undefined;
  readonly #judge: PrettyReporter;
  #lastDrawMs = 0;
  #iterations = 0;
  #firstSeed: number | null = null;
  #done = false;

  private constructor(terminal: Terminal, spinner: Spinner | undefined) {
    this.#terminal = terminal;
    this.#spinner = spinner;
    this.#judge = new PrettyReporter(terminal, { progressOnly: true, spinner: () => spinner });
  }

  static async create(terminal: Terminal): Promise<StressReporter> {
    return new StressReporter(terminal, (await loadSpinnerFactory(terminal))(terminal));
  }

  onEvent(event: StressEvent | JudgeEvent): void {
    const { chalk } = this.#terminal;
    switch (event.type) {
      case 'image-build-start':
      case 'image-build-progress':
      case 'image-build-done':
      case 'time-limit-derived':
        this.#judge.onEvent(event);
        break;
      case 'stress-start': {
        this.#firstSeed = event.firstSeed;
        const limits = `limits ${formatMs(event.timeLimitMs)} / ${formatBytes(event.memoryLimitBytes)}`;
        const on = event.problem === null ? 'without a problem' : `on ${event.problem}`;
        const judge = event.interactive ? 'the interactor' : `${event.checker} checker`;
        this.#out([
          chalk.dim(`Stress testing ${event.solution} ${on} (${limits}, ${judge}, ${plural(event.jobs, 'slot')})`),
          chalk.dim(`  generator ${event.generator}${event.brute ? `, brute force ${event.brute}` : ''}; seeds from ${event.firstSeed}`),
        ]);
        break;
      }
      case 'stress-compiling':
        this.#step(`Compiling ${event.programs.join(', ')}`);
        break;
      case 'stress-running':
        this.#step('Running');
        break;
      case 'stress-progress': {
        this.#iterations = event.iterations;
        if (!this.#spinner || event.elapsedMs - this.#lastDrawMs < REDRAW_MS) break;
        this.#lastDrawMs = event.elapsedMs;
        const rate = Math.round((event.iterations * 1000) / Math.max(1, event.elapsedMs));
        this.#spinner.spin(`Running: ${plural(event.iterations, 'iteration')} · ${rate}/s · ${formatMs(event.elapsedMs)}`);
        break;
      }
      case 'stress-found':
        this.#step(`Seed ${event.seed} fails: checking the generator and the input`);
        break;
      case 'shrink-progress':
        this.#spinner?.spin(`Shrinking: ${plural(event.tried, 'candidate')} tried · smallest so far ${plural(event.inputLines, 'line')}, ${formatBytes(event.inputBytes)}`);
        break;
      case 'stress-done':
        this.#done = true;
        this.#spinner?.stop();
        this.#out(this.#result(event.report));
        break;
      default:
        break;
    }
  }

  /** Ctrl-C: what was covered until then, since a run without --count or --time ends this way. */
  interrupted(): void {
    if (this.#done || this.#firstSeed === null) return;
    this.#spinner?.stop();
    const seeds = this.#iterations === 0 ? '' : ` (seeds from ${this.#firstSeed})`;
    this.#out([`Interrupted after ${plural(this.#iterations, 'iteration')}${seeds}: no difference found so far`]);
  }

  async close(): Promise<void> {
    this.#spinner?.stop();
    await this.#judge.close();
  }

  #result(report: StressReport): string[] {
    const { chalk } = this.#terminal;
    const lines = outcomeLines(report.outcome, chalk);
    if (report.saved) {
      const files = report.saved.files.map((file) => sanitize(relative(process.cwd(), file) || file)).join(', ');
      lines.push('', `Saved as test ${chalk.bold(sanitize(report.saved.name))}: ${files}`);
    }
    return [...(lines.length > 0 ? ['', ...lines, ''] : ['']), summaryLine(report, chalk)];
  }

  /** A step: the spinner's text, or a plain line on stderr without one. */
  #step(text: string): void {
    if (this.#spinner) this.#spinner.spin(text);
    else this.#terminal.stderr.write(`${text} ...\n`);
  }

  #out(lines: readonly string[]): void {
    this.#terminal.stdout.write(`${lines.join('\n')}\n`);
  }
}
