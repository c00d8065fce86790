// The human reporter. Live progress goes to stderr: a spinner on a TTY, otherwise a few
// plain lines. The result (table, details, summary) goes to stdout once the judge is done.

import path from 'node:path';
import type { JudgeReport, TestResult } from '../judge/judge-report.js';
import type { Reporter } from './events.js';
import type { JudgeEvent } from '../judge/events.js';
import { renderDetails } from './details.js';
import { colorVerdict, leftOutText, sanitize, truncate } from './format.js';
import { formatBytes, formatMs, plural } from '../common/format-units.js';
import { noSpinner, type Spinner, type SpinnerFactory } from './spinner.js';
import { renderTable, summaryLine } from './table.js';
import { renderScoreTable } from './score-table.js';
import type { Terminal } from './terminal.js';

export interface PrettyOptions {
  /** Every test in the table, a line per finished test and the image build log. */
  verbose?: boolean;
  /** Progress on stderr only, nothing on stdout (used next to the JSON reporter). */
  progressOnly?: boolean;
  spinner?: SpinnerFactory;
}

type JudgeStart = Extract<JudgeEvent, { type: 'judge-start' }>;

export class PrettyReporter implements Reporter {
  readonly #terminal: Terminal;
  readonly #options: PrettyOptions;
  readonly #spinner: Spinner | undefined;
  #start: JudgeStart | undefined;
  #image: string | undefined;
  #imageLabel = '';
  #testsDone = 0;
  #testsFailed = 0;

  constructor(terminal: Terminal, options: PrettyOptions = {}) {
    this.#terminal = terminal;
    this.#options = options;
    this.#spinner = (options.spinner ?? noSpinner)(terminal);
  }

  onEvent(event: JudgeEvent): void {
    const { chalk } = this.#terminal;
    switch (event.type) {
      case 'judge-start': {
        this.#start = event;
        const limits = `limits ${formatMs(event.timeLimitMs)} / ${formatBytes(event.memoryLimitBytes)}`;
        const what = `${path.basename(event.solution)} on ${event.problem} (${event.language}, ${plural(event.testCount, 'test')}, ${limits})`;
        this.#out([chalk.dim(`Judging ${what}`)]);
        break;
      }
      case 'image-build-start':
        this.#imageStep(event.image, 'Building');
        break;
      case 'image-build-progress': {
        const line = sanitize(event.line).trim();
        if (line === '') break;
        // The base image is fetched before the build of the image that needs it starts.
        if (event.image !== this.#image) this.#imageStep(event.image, 'Preparing');
        if (this.#spinner) this.#spinner.spin(`${this.#imageLabel} ${chalk.dim(truncate(line, this.#lineWidth()))}`);
        if (this.#options.verbose) this.#err(chalk.dim(`  ${line}`));
        break;
      }
      case 'image-build-done':
        this.#image = undefined;
        this.#done(`Built image ${event.image} in ${formatMs(event.durationMs)}`, true);
        break;
      case 'time-limit-derived': {
        const how = event.cached
          ? 'derived earlier (cached)'
          : `from ${plural(event.submissions, 'accepted submission')}, slowest ${formatMs(event.slowestAcceptedMs)}`;
        this.#done(`Time limit ${formatMs(event.timeLimitMs)}: ${how}${leftOutText(event.skipped ?? [])}`, true);
        break;
      }
      case 'compile-start':
        this.#progress(`Compiling ${this.#solutionName()}(${event.language})`, false);
        break;
      case 'compile-done': {
        const { result } = event;
        const name = this.#solutionName();
        if (!result.ok) this.#failed(name ? `Compilation of ${name.trim()} failed` : 'Compilation failed');
        else this.#done(`Compiled ${name}${result.cached ? '(cached)' : `in ${formatMs(result.wallMs)}`}`, false);
        break;
      }
      case 'test-start':
        this.#spinner?.spin(this.#testsText());
        break;
      case 'test-done':
        this.#testsDone++;
        if (event.result.verdict !== 'AC') this.#testsFailed++;
        this.#spinner?.spin(this.#testsText());
        if (this.#options.verbose) this.#err(this.#testLine(event.result));
        break;
      case 'judge-done':
        this.#spinner?.stop();
        this.#out(this.#result(event.report));
        break;
    }
  }

  async close(): Promise<void> {
    this.#spinner?.stop();
  }

  #result(report: JudgeReport): string[] {
    const { chalk } = this.#terminal;
    const detailWidth = Math.max(30, this.#terminal.columns - 60);
    const sections = [
      renderTable(report.tests, { chalk, showAll: this.#options.verbose, detailWidth }),
      renderScoreTable(report.score, chalk),
      renderDetails(report, chalk),
      [summaryLine(report, chalk, this.#start?.testCount)],
    ];
    return sections.filter((s) => s.length > 0).flatMap((s, i) => (i === 0 ? s : ['', ...s]));
  }

  #imageStep(image: string, verb: string): void {
    this.#image = image;
    this.#imageLabel = `${verb} image ${image} (first run only)`;
    this.#progress(this.#imageLabel, true);
  }

  /** Starts a step: the spinner, or (for steps worth announcing) one plain line. */
  #progress(text: string, announce: boolean): void {
    if (this.#spinner) this.#spinner.spin(text);
    else if (announce || this.#options.verbose) this.#err(`${text} ...`);
  }

  #done(text: string, announce: boolean): void {
    if (this.#spinner) this.#spinner.succeed(text);
    else if (announce || this.#options.verbose) this.#err(text);
  }

  #failed(text: string): void {
    if (this.#spinner) this.#spinner.fail(text);
    else if (this.#options.verbose) this.#err(text);
  }

  #testsText(): string {
    const total = this.#start?.testCount;
    const failed = this.#testsFailed > 0 ? ` · ${this.#terminal.chalk.red(`${this.#testsFailed} failed`)}` : '';
    return `Running tests ${this.#testsDone}${total === undefined ? '' : `/${total}`}${failed}`;
  }

  #testLine(test: TestResult): string {
    const { chalk } = this.#terminal;
    const detail = test.detail ? `  ${chalk.dim(truncate(sanitize(test.detail), 80))}` : '';
    const name = truncate(sanitize(test.name), 32);
    return `${String(test.index + 1).padStart(4)} ${colorVerdict(chalk, test.verdict, test.verdict.padEnd(3))}  ${name}  ${formatMs(test.cpuMs)}${detail}`;
  }

  /** "solution.cpp " or "" before the judge-start event. */
  #solutionName(): string {
    return this.#start ? `${path.basename(this.#start.solution)} ` : '';
  }

  #lineWidth(): number {
    return Math.max(20, this.#terminal.columns - this.#imageLabel.length - 6);
  }

  #out(lines: readonly string[]): void {
    if (!this.#options.progressOnly) this.#terminal.stdout.write(`${lines.join('\n')}\n`);
  }

  #err(line: string): void {
    this.#terminal.stderr.write(`${line}\n`);
  }
}
