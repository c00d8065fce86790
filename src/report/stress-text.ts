// The pieces of stress's report, as plain lines: an input shown (cut when big), the
// solution's failing run with the judge's diff view, and one summary line per outcome.
// Pure, so the wording is unit-tested; report/stress.ts puts them on the terminal.

import type { ChalkInstance } from 'chalk';
import { formatBytes, formatMs, plural } from '../common/format-units.js';
import type { TestResult } from '../judge/judge-report.js';
import type { StressOutcome, StressReport } from '../stress/outcome.js';
import { compileMessageLines, testDetailBody, STDERR_TAIL_LINES } from './details.js';
import { diffView, visible } from './diff-view.js';
import { colorVerdict, sanitize, splitLines, tailLines } from './format.js';

/** Lines of an input shown in full; a longer one shows its start. */
export const INPUT_LINES = 20;
const INPUT_WIDTH = 100;

/** "Input (3 lines, 12 B):" and the lines, indented; the first INPUT_LINES of a long one. */
export function inputLines(title: string, input: string, chalk: ChalkInstance, maxLines = INPUT_LINES): string[] {
  const lines = splitLines(input);
  const size = `${plural(lines.length, 'line')}, ${formatBytes(Buffer.byteLength(input))}`;
  const shown = lines.slice(0, maxLines).map((line) => `  ${visible(sanitize(line), undefined, INPUT_WIDTH, chalk)}`);
  if (lines.length === 0) shown.push(chalk.dim('  (empty)'));
  if (lines.length > maxLines) shown.push(chalk.dim(`  ... ${plural(lines.length - maxLines, 'more line')}`));
  return [chalk.bold(`${title} (${size}):`), ...shown];
}

/** The solution's verdict on an input, and why: the diff against the brute force, or stderr. */
export function failureLines(result: TestResult, chalk: ChalkInstance): string[] {
  const body = testDetailBody(result, chalk);
  const detail = sanitize(result.detail).replace(/\s+/g, ' ').trim();
  return [`${colorVerdict(chalk, result.verdict)}  ${detail}`, ...body.map((line) => `  ${line}`)];
}

/** What stress found, in the lines between the header and the summary. */
export function outcomeLines(outcome: StressOutcome, chalk: ChalkInstance): string[] {
  switch (outcome.kind) {
    case 'passed':
      return [];
    case 'compile-error':
      return [chalk.bold(`Compilation of the ${outcome.role} failed`), ...compileMessageLines(outcome.message).map((line) => `  ${line}`)];
    case 'solution-failed': {
      const lines = [...inputLines(`Seed ${outcome.seed}, input`, outcome.input, chalk, outcome.shrunk ? 5 : INPUT_LINES)];
      if (!outcome.shrunk) return [...lines, '', ...failureLines(outcome.result, chalk)];
      const { shrunk } = outcome;
      const how = shrunk.validated ? 'every kept candidate accepted by the input validator' : 'unvalidated: no input validator, only edits that keep the first line’s counts right';
      lines.push('', `Shrunk in ${plural(shrunk.tried, 'candidate')} (${how})`);
      if (shrunk.note) lines.push(chalk.dim(shrunk.note));
      return [...lines, ...inputLines('Smallest failing input', shrunk.input, chalk), '', ...failureLines(shrunk.result, chalk)];
    }
    case 'program-failed': {
      const lines = [`${chalk.bold(`The ${outcome.role} failed on seed ${outcome.seed}`)}  ${colorVerdict(chalk, outcome.verdict)}  ${sanitize(outcome.detail)}`];
      if (outcome.input !== null) lines.push(...inputLines('Input', outcome.input, chalk));
      if (outcome.stderr.trim() !== '') lines.push(chalk.dim('stderr:'), ...tailLines(sanitize(outcome.stderr), STDERR_TAIL_LINES).map((line) => `  ${line}`));
      return lines;
    }
    case 'nondeterministic':
      return [
        chalk.bold(`The generator printed two different inputs for seed ${outcome.seed}`),
        chalk.dim('- first run   + second run'),
        ...diffView(outcome.first, outcome.second, { chalk }).map((line) => `  ${line}`),
      ];
    case 'invalid-input':
      return [chalk.bold(`${outcome.validator} rejects the generator's input for seed ${outcome.seed}: ${sanitize(outcome.message)}`), ...inputLines('Input', outcome.input, chalk)];
    case 'judge-error':
      return [`${colorVerdict(chalk, 'JE')}  ${sanitize(outcome.detail)}`, ...(outcome.input === null ? [] : inputLines(`Seed ${outcome.seed}, input`, outcome.input, chalk))];
  }
}

/** The last line: what was found, after how many iterations, how fast. */
export function summaryLine(report: StressReport, chalk: ChalkInstance): string {
  const { outcome, iterations, elapsedMs } = report;
  const pace = `${plural(iterations, 'iteration')} · ${formatMs(elapsedMs)}`;
  switch (outcome.kind) {
    case 'passed': {
      const rate = elapsedMs > 0 ? ` · ${Math.round((iterations * 1000) / elapsedMs)}/s` : '';
      const seeds = iterations === 1 ? `seed ${report.firstSeed}` : `seeds ${report.firstSeed}..${report.firstSeed + iterations - 1}`;
      return `${chalk.green('OK')}  no difference in ${plural(iterations, 'iteration')} (${seeds}) · ${formatMs(elapsedMs)}${rate}`;
    }
    case 'solution-failed':
      return `${chalk.red('FAILED')}  ${outcome.result.verdict} on seed ${outcome.seed} · ${pace} · run again with --seed ${outcome.seed}`;
    case 'compile-error':
      return `${chalk.red('CE')}  the ${outcome.role} does not compile`;
    case 'program-failed':
      return `${chalk.magenta(`${outcome.role.toUpperCase()} FAILED`)}  on seed ${outcome.seed}: the solution was not judged · ${pace}`;
    case 'nondeterministic':
      return `${chalk.magenta('GENERATOR NOT DETERMINISTIC')}  seed ${outcome.seed} cannot be reproduced: make the output depend only on the seed and the arguments`;
    case 'invalid-input':
      return `${chalk.magenta('INVALID INPUT')}  the generator broke the input format on seed ${outcome.seed}: the solution was not judged`;
    case 'judge-error':
      return `${chalk.red('JE')}  on seed ${outcome.seed}: the checker, interactor or sandbox failed · ${pace}`;
  }
}
