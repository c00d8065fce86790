// Which reporters a run gets, chosen by name from one registry (as vitest does): `pretty`
// for people, `json` for scripts (stdout holds only the JSON document), `progress` for a
// spinner on stderr next to the JSON, and `junit` writing a file for CI next to either.

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

export type ReporterName = 'pretty' | 'progress' | 'json' | 'junit';

type ResolvedOptions = ReporterOptions & { spinner: SpinnerFactory };

/** name -> factory. */
export const REPORTERS: Record<ReporterName, (options: ResolvedOptions) => Reporter> = {
  pretty: (o) => new PrettyReporter(o.terminal, { verbose: o.verbose, spinner: o.spinner }),
  progress: (o) => new PrettyReporter(o.terminal, { progressOnly: true, spinner: o.spinner }),
  json: (o) => new JsonReporter(o.terminal),
  junit: (o) => new JunitReporter(o.junitFile!),
};

/**
 * The reporters a run's options ask for. In JSON mode stdout carries the JSON document
 * only; progress still shows as a spinner on stderr when stderr is a TTY, and nothing is
 * printed otherwise.
 */
export function reporterNames(options: Pick<ReporterOptions, 'json' | 'junitFile' | 'terminal'>): ReporterName[] {
  const names: ReporterName[] = options.json ? ['json', ...(options.terminal.spinnerStream ? (['progress'] as const) : [])] : ['pretty'];
  return options.junitFile === undefined ? names : [...names, 'junit'];
}

export async function createReporters(requested: ReporterOptions): Promise<Reporter[]> {
  const options = { ...requested, spinner: requested.spinner ?? (await loadSpinnerFactory(requested.terminal)) };
  return reporterNames(options).map((name) => REPORTERS[name](options));
}

/** Closes every reporter (stops spinners, writes files), even if one of them fails. */
export async function closeReporters(reporters: readonly Reporter[]): Promise<void> {
  const results = await Promise.allSettled(reporters.map((r) => r.close()));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

export { fanOut, type Reporter } from './events.js';
export { createTerminal, type Terminal } from './terminal.js';
