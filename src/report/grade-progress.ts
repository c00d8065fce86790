// Live progress of `letscode grade` on stderr. On a TTY: a line per finished submission
// above a progress bar with counts per verdict and an ETA. Elsewhere: one plain line per
// submission (nothing with --json, whose stdout is for the JSON object and whose stderr
// stays quiet off a TTY, like verify's). Image builds show through the judge's own
// pretty reporter, sharing the spinner so they never draw over each other.

import type { GradeEvent } from '../grade/events.js';
import { storedVerdict, type GradeVerdict, type StoredResult } from '../grade/model.js';
import { VERDICTS, type Verdict } from '../common/verdicts.js';
import type { Reporter } from './events.js';
import type { JudgeEvent } from '../judge/events.js';
import { colorVerdict, sanitize } from './format.js';
import { formatMs, plural } from '../common/format-units.js';
import { PrettyReporter } from './pretty.js';
import { loadSpinnerFactory, type Spinner } from './spinner.js';
import type { Terminal } from './terminal.js';

const BAR_WIDTH = 20;
/** Past this, the bar says how many more are in flight (a queue has all of them in flight). */
const MAX_NAMES_SHOWN = 4;

export class GradeProgress {
  readonly #terminal: Terminal;
  readonly #spinner: Spinner | undefined;
  readonly #plain: boolean;
  readonly #judge: Reporter;
  readonly #now: () => number;
  readonly #counts = new Map<GradeVerdict, number>();
  #toJudge = 0;
  #done = 0;
  #startedMs = 0;
  #running: string[] = [];

  constructor(terminal: Terminal, spinner: Spinner | undefined, options: { quiet: boolean; now?: () => number }) {
    this.#terminal = terminal;
    this.#spinner = spinner;
    this.#plain = !spinner && !options.quiet;
    this.#now = options.now ?? Date.now;
    this.#judge = new PrettyReporter(terminal, { progressOnly: true, spinner: () => spinner });
  }

  static async create(terminal: Terminal, options: { quiet: boolean }): Promise<GradeProgress> {
    return new GradeProgress(terminal, (await loadSpinnerFactory(terminal))(terminal), options);
  }

  /** The judge's own events: only image builds and a derived time limit are worth showing. */
  onJudgeEvent(event: JudgeEvent): void {
    if (event.type.startsWith('image-build') || event.type === 'time-limit-derived') {
      if (this.#spinner || this.#plain) this.#judge.onEvent(event);
      if (this.#spinner && this.#toJudge > 0) this.#spinner.spin(this.#barText());
    }
  }

  onEvent(event: GradeEvent): void {
    switch (event.type) {
      case 'grade-start': {
        this.#toJudge = event.toJudge;
        this.#startedMs = this.#now();
        const parts = [`${plural(event.toJudge, 'submission')} to judge`];
        if (event.skipped > 0) parts.push(`${event.skipped} already graded (skipped)`);
        if (event.notJudgeable > 0) parts.push(`${event.notJudgeable} not judgeable`);
        this.#line(`Grading ${plural(event.submissions, 'submission')}: ${parts.join(', ')}`);
        if (event.damagedLines > 0) this.#line(`Ignored ${plural(event.damagedLines, 'damaged line')} in the results store (a run killed while writing)`);
        if (event.toJudge > 0) this.#spinner?.spin(this.#barText());
        break;
      }
      case 'submission-start':
        this.#running.push(`${event.student}`);
        this.#spinner?.spin(this.#barText());
        break;
      case 'submission-done':
        this.#finished(event.result, event.index, event.toJudge);
        break;
      case 'grade-stopped':
        this.#spinner?.stop();
        // The reason itself is the command's error line, printed once by the error boundary.
        this.#line('Stopped early: the results so far are stored, and the same command goes on from them');
        break;
      case 'grade-done':
        this.#spinner?.stop();
        break;
    }
  }

  /** A line about the run itself (a queue's Redis lost and back). */
  note(text: string): void {
    this.#line(text);
    if (this.#spinner && this.#done < this.#toJudge) this.#spinner.spin(this.#barText());
  }

  async close(): Promise<void> {
    this.#spinner?.stop();
    await this.#judge.close();
  }

  #finished(result: StoredResult, index: number, toJudge: number): void {
    const verdict = storedVerdict(result);
    this.#done = index;
    this.#counts.set(verdict, (this.#counts.get(verdict) ?? 0) + 1);
    const running = this.#running.indexOf(result.student);
    if (running >= 0) this.#running.splice(running, 1);
    const text = `[${index}/${toJudge}] ${sanitize(result.student)} (${sanitize(result.problem)}): ${this.#verdict(verdict)} ${testsText(result)}`;
    if (this.#spinner) {
      if (verdict === 'AC') this.#spinner.succeed(text);
      else this.#spinner.fail(text);
      if (index < toJudge) this.#spinner.spin(this.#barText());
    } else if (this.#plain) this.#terminal.stderr.write(`${text}\n`);
  }

  #barText(): string {
    const { chalk } = this.#terminal;
    const filled = this.#toJudge === 0 ? BAR_WIDTH : Math.round((this.#done / this.#toJudge) * BAR_WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    const counts = [...this.#counts].map(([verdict, count]) => `${this.#verdict(verdict)} ${count}`).join(' ');
    const eta = this.#eta();
    const shown = this.#running.slice(0, MAX_NAMES_SHOWN).map(sanitize).join(', ');
    const more = this.#running.length > MAX_NAMES_SHOWN ? ` and ${this.#running.length - MAX_NAMES_SHOWN} more` : '';
    const running = this.#running.length > 0 ? chalk.dim(` · judging ${shown}${more}`) : '';
    return `${bar} ${this.#done}/${this.#toJudge}${counts ? ` · ${counts}` : ''}${eta ? ` · ETA ${eta}` : ''}${running}`;
  }

  /** Time left at the pace so far (finished submissions per wall-clock ms, concurrency included). */
  #eta(): string | undefined {
    if (this.#done === 0 || this.#done >= this.#toJudge) return undefined;
    const elapsedMs = this.#now() - this.#startedMs;
    return formatMs((elapsedMs / this.#done) * (this.#toJudge - this.#done));
  }

  #verdict(verdict: GradeVerdict): string {
    const { chalk } = this.#terminal;
    return (VERDICTS as readonly string[]).includes(verdict) ? colorVerdict(chalk, verdict as Verdict) : chalk.dim(verdict);
  }

  #line(text: string): void {
    if (this.#spinner) this.#spinner.succeed(text);
    else if (this.#plain) this.#terminal.stderr.write(`${text}\n`);
  }
}

function testsText(result: StoredResult): string {
  const { outcome } = result;
  if (outcome.kind !== 'judged') return '';
  const passed = outcome.report.tests.filter((test) => test.verdict === 'AC').length;
  return `${passed}/${outcome.testCount} tests`;
}
