// Which reporters a run gets. `pretty` is for people, `json` for scripts (stdout holds only
// the JSON document), `junit` writes a file for CI next to either of them.

import type { Reporter } from './events.js';
import { JsonReporter } from './json.js';
import { JunitReporter } from './junit.js';
import { PrettyReporter } from './pretty.js';
import { loadSpinnerFactory, type SpinnerFactory } from './spinner.js';
import type { Terminal } from './terminal.js';

export interface ReporterOptions {
  /** Print one JSON object on stdout instead of the human report. */
  json: boolean;
  /** Also write a JUnit XML report to this path. */
  junitFile?: string;
  terminal: Terminal;
  verbose?: boolean;
  /** Replaces the ora spinner (tests); default: ora on a TTY, none otherwise. */
  spinner?: SpinnerFactory;
}

export type ReporterName = 'pretty' | 'json' | 'junit';

/** name -> factory, as in vitest's reporter registry. */
export const REPORTERS: Record<ReporterName, (options: ReporterOptions) => Reporter | undefined> = {
  pretty: (o) => new PrettyReporter(o.terminal, { verbose: o.verbose, spinner: o.spinner }),
  json: (o) => new JsonReporter(o.terminal),
  junit: (o) => (o.junitFile === undefined ? undefined : new JunitReporter(o.junitFile)),
};

/**
 * The reporters for a run. In JSON mode stdout carries the JSON document only; progress
 * still shows as a spinner on stderr when stderr is a TTY, and nothing is printed otherwise.
 */
export async function createReporters(requested: ReporterOptions): Promise<Reporter[]> {
  const options = { ...requested, spinner: requested.spinner ?? (await loadSpinnerFactory(requested.terminal)) };
  const reporters: Reporter[] = [];
  if (options.json) {
    reporters.push(new JsonReporter(options.terminal));
    if (options.terminal.spinnerStream) {
      reporters.push(new PrettyReporter(options.terminal, { progressOnly: true, spinner: options.spinner }));
    }
  } else {
    reporters.push(new PrettyReporter(options.terminal, { verbose: options.verbose, spinner: options.spinner }));
  }
  if (options.junitFile !== undefined) reporters.push(new JunitReporter(options.junitFile));
  return reporters;
}

/** Closes every reporter (stops spinners, writes files), even if one of them fails. */
export async function closeReporters(reporters: readonly Reporter[]): Promise<void> {
  const results = await Promise.allSettled(reporters.map((r) => r.close()));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

export { fanOut, type EventSink, type JudgeEvent, type Reporter } from './events.js';
export { captureTerminal, type CapturedTerminal } from './testing.js';
export { createTerminal, type Terminal, type TerminalOptions, type TextStream } from './terminal.js';
export { diffView } from './diff-view.js';
export { formatBytes, formatMs } from './format.js';
export { JsonReporter, toJsonReport, type JsonReport } from './json.js';
export { JunitReporter, renderJunit } from './junit.js';
export { PrettyReporter } from './pretty.js';
