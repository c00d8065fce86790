// Live progress of validate and verify on stderr: one spinner on a TTY ("Judging
// submissions/accepted/a.cpp (3/8) · test 4/9"), a plain line per step otherwise, nothing
// in JSON mode off a TTY. Image builds and a derived time limit are shown by the judge's
// own pretty reporter, sharing the same spinner so the two never draw over each other.

import { formatVerdictCounts, verdictCounts } from '../judge/judge-report.js';
import { validationStatus, type ValidationReport } from '../verify/validation-report.js';
import type { Reporter } from './events.js';
import type { JudgeEvent } from '../judge/events.js';
import { plural } from '../common/format-units.js';
import { PrettyReporter } from './pretty.js';
import { loadSpinnerFactory, type Spinner } from './spinner.js';
import type { ToolkitEvent } from '../verify/events.js';
import type { Terminal } from './terminal.js';

export class ToolkitProgress {
  readonly #terminal: Terminal;
  readonly #spinner: Spinner | undefined;
  /** Plain lines when there is no spinner (off a TTY), unless quiet. */
  readonly #plain: boolean;
  readonly #judge: Reporter;
  #current = '';
  #testCount = 0;
  #testsDone = 0;
  #checked = 0;
  #invalid = 0;
  #inputRuns = 0;

  private constructor(terminal: Terminal, spinner: Spinner | undefined, quiet: boolean) {
    this.#terminal = terminal;
    this.#spinner = spinner;
    this.#plain = !spinner && !quiet;
    this.#judge = new PrettyReporter(terminal, { progressOnly: true, spinner: () => spinner });
  }

  /** `quiet`: JSON mode, where only a spinner (never a plain line) may show progress. */
  static async create(terminal: Terminal, options: { quiet: boolean }): Promise<ToolkitProgress> {
    const spinner = (await loadSpinnerFactory(terminal))(terminal);
    return new ToolkitProgress(terminal, spinner, options.quiet);
  }

  /** Events of the judge runs inside validate and verify. */
  onJudgeEvent(event: JudgeEvent): void {
    switch (event.type) {
      case 'image-build-start':
      case 'image-build-progress':
      case 'image-build-done':
      case 'time-limit-derived':
        if (this.#spinner || this.#plain) this.#judge.onEvent(event);
        break;
      case 'test-done':
        this.#testsDone++;
        this.#spinner?.spin(`${this.#current} · test ${this.#testsDone}/${this.#testCount}`);
        break;
      default:
        break;
    }
  }

  onEvent(event: ToolkitEvent): void {
    const { chalk } = this.#terminal;
    switch (event.type) {
      case 'validate-start':
        this.#inputRuns = event.validators * event.tests;
        this.#step(`Validating ${plural(event.tests, 'input')} with ${plural(event.validators, 'input validator')}`);
        break;
      case 'input-checked':
      case 'invalid-input-checked':
      case 'junk-input-checked':
        this.#checked++;
        // An invalid input is meant to be rejected: only the whole report can say it was not.
        if (event.type === 'input-checked' && event.result.result !== 'valid') this.#invalid++;
        this.#spinner?.spin(`Validating inputs ${this.#checked}/${this.#inputRuns}${this.#invalid > 0 ? ` · ${chalk.red(`${this.#invalid} not valid`)}` : ''}`);
        break;
      case 'output-check-start': {
        const what = [...(event.cases > 0 ? [plural(event.cases, 'output case')] : []), ...(event.answers > 0 ? [plural(event.answers, 'answer')] : [])].join(' and ');
        this.#start(`Checking ${what} with the output validator`, event.cases + event.answers);
        break;
      }
      case 'output-case-checked':
      case 'answer-checked':
        this.#testsDone++;
        this.#spinner?.spin(`${this.#current} · ${this.#testsDone}/${this.#testCount}`);
        break;
      case 'validate-done': {
        const text = `Validated: ${this.#validatedText(event.report)}`;
        if (validationStatus(event.report) === 'invalid') this.#spinner?.fail(text);
        else this.#spinner?.succeed(text);
        break;
      }
      case 'derive-judging':
        this.#start(`Deriving the time limit: judging ${event.path} (${event.index + 1}/${event.total})`, 0);
        break;
      case 'submission-start':
        this.#start(`Judging ${event.path} (${event.index + 1}/${event.total})`, event.testCount);
        break;
      case 'submission-done': {
        const { outcome } = event;
        const counts = outcome.report ? formatVerdictCounts(verdictCounts(outcome.report)) : outcome.check.kind === 'skipped' ? 'skipped' : 'not judged';
        const text = `${outcome.path}  ${chalk.dim(counts)}`;
        if (outcome.check.kind === 'met') this.#spinner?.succeed(text);
        else if (outcome.check.kind === 'skipped' && this.#spinner?.skip) this.#spinner.skip(text);
        else if (outcome.check.kind === 'skipped') this.#spinner?.succeed(text);
        else this.#spinner?.fail(text);
        break;
      }
    }
  }

  /** "every input valid, 5 invalid inputs rejected, 4 output cases as expected", or what is not. */
  #validatedText(report: ValidationReport): string {
    const { invalidInputs, outputCases } = report;
    const rejected = invalidInputs.filter((invalid) => invalid.verdict === 'rejected').length;
    const asExpected = outputCases.filter((item) => item.ok).length;
    const of = (count: number, total: number, noun: string) => (count === total ? plural(total, noun) : `${count} of ${plural(total, noun)}`);
    return [
      report.validators.length === 0 ? 'no input validators' : this.#invalid > 0 ? `${this.#invalid} of ${this.#inputRuns} runs not valid` : 'every input valid',
      ...(invalidInputs.length > 0 ? [`${of(rejected, invalidInputs.length, 'invalid input')} rejected`] : []),
      ...(outputCases.length > 0 ? [`${of(asExpected, outputCases.length, 'output case')} as expected`] : []),
    ].join(', ');
  }

  async close(): Promise<void> {
    this.#spinner?.stop();
    await this.#judge.close();
  }

  #start(text: string, testCount: number): void {
    this.#current = text;
    this.#testCount = testCount;
    this.#testsDone = 0;
    this.#step(text);
  }

  #step(text: string): void {
    if (this.#spinner) this.#spinner.spin(text);
    else if (this.#plain) this.#terminal.stderr.write(`${text} ...\n`);
  }
}
