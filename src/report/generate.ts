// How `letscode generate` talks: progress on stderr (a spinner on a TTY: generating, then
// validating; a plain line per step otherwise), then on stdout a line per case it made or
// could not make (only the failures when there are many), what it left alone in data/,
// the validation of the result, and one summary line.

import { formatMs, plural } from '../common/format-units.js';
import type { GenerateEvent } from '../generate/events.js';
import type { JudgeEvent } from '../judge/events.js';
import { generateStatus, type CaseReport, type CaseStatus, type GenerateReport } from '../generate/report.js';
import { caseLines, type CaseMark } from './case-lines.js';
import { sanitize } from './format.js';
import { PrettyReporter } from './pretty.js';
import { loadSpinnerFactory, type Spinner } from './spinner.js';
import type { Terminal } from './terminal.js';
import { validationStatus } from '../verify/validation-report.js';
import { renderValidationTable, validationSummary } from './validate.js';

const MARKS: Record<CaseStatus, CaseMark> = { generated: 'pass', 'up-to-date': 'pass', failed: 'fail', blocked: 'fail', nondeterministic: 'fail' };
/** Files named in one line before the rest is counted. */
const NAMED_FILES = 5;

export class GenerateReporter {
  readonly #terminal: Terminal;
  readonly #spinner: Spinner | undefined;
  readonly #images: PrettyReporter;
  readonly #verbose: boolean;
  readonly #started = Date.now();
  #toMake = 0;
  #made = 0;
  #checked = 0;
  #inputRuns = 0;

  private constructor(terminal: Terminal, spinner: Spinner | undefined, verbose: boolean) {
    this.#terminal = terminal;
    this.#spinner = spinner;
    this.#verbose = verbose;
    this.#images = new PrettyReporter(terminal, { progressOnly: true, spinner: () => spinner });
  }

  static async create(terminal: Terminal, options: { verbose: boolean }): Promise<GenerateReporter> {
    return new GenerateReporter(terminal, (await loadSpinnerFactory(terminal))(terminal), options.verbose);
  }

  onEvent(event: GenerateEvent | JudgeEvent): void {
    switch (event.type) {
      case 'image-build-start':
      case 'image-build-progress':
      case 'image-build-done':
        this.#images.onEvent(event);
        break;
      case 'generate-start':
        this.#toMake = event.cases - event.upToDate;
        this.#step(`Generating ${event.problem}: ${plural(this.#toMake, 'case')} to make, ${event.upToDate} up to date`);
        break;
      case 'case-done':
        if (event.result.status !== 'up-to-date') this.#made++;
        this.#spinner?.spin(`Generating: ${this.#made}/${this.#toMake}`);
        break;
      case 'validate-start':
        this.#inputRuns = event.validators * event.tests;
        this.#step(`Validating ${plural(event.tests, 'input')} with ${plural(event.validators, 'input validator')}`);
        break;
      case 'input-checked':
      case 'invalid-input-checked':
        this.#checked++;
        this.#spinner?.spin(`Validating inputs ${this.#checked}/${this.#inputRuns}`);
        break;
      case 'generate-done':
        this.#spinner?.stop();
        this.#terminal.stdout.write(`${this.#result(event.report).join('\n')}\n`);
        break;
      default:
        break;
    }
  }

  async close(): Promise<void> {
    this.#spinner?.stop();
    await this.#images.close();
  }

  #result(report: GenerateReport): string[] {
    const { chalk } = this.#terminal;
    const changed = report.cases.filter((item) => item.status !== 'up-to-date' || this.#verbose || item.message.startsWith('edited'));
    const sections: string[][] = [
      caseLines(changed.map((item) => ({ name: item.path, mark: MARKS[item.status], message: caseMessage(item) })), { chalk, showAll: this.#verbose }, 'generated case', ' (--verbose shows every case)'),
      [
        ...filesLine(report.removed, 'removed', 'of cases no longer in generators.yaml'),
        ...filesLine(report.keptEdited, 'kept', 'edited by hand, although their cases are no longer in generators.yaml'),
        ...filesLine(report.notOwned, 'kept', 'in data/ that generators.yaml does not own (letscode never overwrites them)'),
        ...report.notes.map((note) => `- ${sanitize(note)}`),
      ].map((line) => chalk.dim(line)),
    ];
    if (report.loadError !== null) {
      sections.push([`${chalk.red.bold('NOT LOADED')}  the package does not load with this data/: ${sanitize(report.loadError)}`]);
    } else if (report.validation) {
      const valid = validationStatus(report.validation) === 'valid';
      const table = valid ? [] : renderValidationTable(report.validation, { chalk, failuresOnly: true, columns: this.#terminal.columns });
      sections.push([...table, ...(table.length > 0 ? [''] : []), validationSummary(report.validation, chalk)]);
    } else {
      sections.push([chalk.dim('no input validators: the inputs were not checked')]);
    }
    sections.push([this.#summary(report)]);
    return sections.filter((section) => section.length > 0).flatMap((section, i) => (i === 0 ? section : ['', ...section]));
  }

  #summary(report: GenerateReport): string {
    const { chalk } = this.#terminal;
    const count = (status: CaseStatus) => report.cases.filter((item) => item.status === status).length;
    const made = `${plural(report.cases.length, 'case')}: ${count('generated')} generated, ${count('up-to-date')} up to date`;
    const took = formatMs(Date.now() - this.#started);
    const failed = report.cases.filter((item) => MARKS[item.status] === 'fail');
    switch (generateStatus(report)) {
      case 'ok':
        return `${chalk.green.bold('OK')}  ${made} · ${took}`;
      case 'judge-error':
        return `${chalk.magenta.bold('CRASH')}  ${made}; a validator crashed · ${took}`;
      case 'failed': {
        const problem = report.loadError !== null ? 'the package does not load' : 'the inputs are not valid';
        const what = failed.length > 0 ? `${failed.length} of ${plural(report.cases.length, 'case')} not made: ${failed.slice(0, NAMED_FILES).map((item) => item.path).join(', ')}${failed.length > NAMED_FILES ? ', …' : ''}` : `${made}, but ${problem}`;
        return `${chalk.red.bold('FAILED')}  ${what} · ${took}`;
      }
    }
  }

  #step(text: string): void {
    if (this.#spinner) this.#spinner.spin(text);
    else this.#terminal.stderr.write(`${text} ...\n`);
  }
}

function caseMessage(item: CaseReport): string {
  switch (item.status) {
    case 'generated':
      return `generated: ${item.message}`;
    case 'up-to-date':
      return `up to date: ${item.message}`;
    case 'nondeterministic':
      return `NOT DETERMINISTIC: ${item.message}`;
    default:
      return item.message;
  }
}

/** "- kept 3 files in data/ ...: data/secret/a.in, ...", or nothing. */
function filesLine(files: readonly string[], verb: string, what: string): string[] {
  if (files.length === 0) return [];
  const named = files.slice(0, NAMED_FILES).map((file) => `data/${sanitize(file)}`).join(', ');
  return [`- ${verb} ${plural(files.length, 'file')} ${what}: ${named}${files.length > NAMED_FILES ? `, … (${files.length - NAMED_FILES} more)` : ''}`];
}
