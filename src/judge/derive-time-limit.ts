// A package without a time limit gets one from its accepted submissions, as the format
// specifies: run them all with a generous limit, take the slowest test's CPU time, scale
// and round it (problem/time-limit.ts). The result is cached per package and inputs.
// Every way of judging a problem passes through here (judge-problem.ts), since the judge
// only takes a problem whose time limit is known. An accepted submission in a language
// letscode does not run (Python 2, Haskell, ...) is left out, with a note: it must never
// make judging another solution of the problem fail.

import { basename, relative } from 'node:path';
import { ProblemFileError } from '../errors.js';
import type { Language } from '../languages/language.js';
import type { ProgramSource } from '../languages/prepare.js';
import { readProgramOrSkip } from '../languages/program-reading.js';
import { FORMAT_LANGUAGES, languageJudgedAs } from '../problem/format-languages.js';
import type { Problem, TimedProblem } from '../problem/model.js';
import { cachedTimeLimit, deriveTimeLimitMs, type DeriveTimeLimit, storeTimeLimit, timeLimitCacheKey, withTimeLimit } from '../problem/time-limit.js';
import { submissionsYamlView } from '../problem/submissions/submissions-yaml-view.js';
import { judgeSolution } from './judge-solution.js';
import { type JudgeServices } from './events.js';
import type { JudgeReport } from './judge-report.js';

/** The limit the accepted submissions run under while the real one is being found. */
export const DERIVATION_TIME_LIMIT_MS = 10_000;

export interface KnownTimeLimit {
  problem: TimedProblem;
  /** How the limit was derived; null when the problem (or --time-limit) gave it. */
  derived: DerivedTimeLimit | null;
}

export interface DerivedTimeLimit {
  timeLimitMs: number;
  slowestAcceptedMs: number;
  cached: boolean;
  /** How many accepted submissions it was derived from. */
  submissions: number;
  /** Accepted submissions left out: in a language letscode does not run. */
  skipped: SkippedSubmission[];
}

export interface SkippedSubmission {
  /** Relative to the problem folder. */
  path: string;
  reason: string;
}

/** Lets a caller follow the derivation (verify shows progress and reuses the reports). */
export interface DerivationObserver {
  judging?(path: string, index: number, total: number): void;
  /** An accepted submission's report, judged under DERIVATION_TIME_LIMIT_MS. */
  judged?(path: string, report: JudgeReport): void;
}

/** The problem with its time limit known: as given, or derived (and announced with a time-limit-derived event). */
export async function withKnownTimeLimit(problem: Problem, services: JudgeServices, jobs: number, observer: DerivationObserver = {}): Promise<KnownTimeLimit> {
  const source = problem.timeLimitSource;
  if (source.kind === 'given') return { problem: { ...problem, timeLimitSource: source }, derived: null };
  const derived = await deriveTimeLimit(problem, source, services, jobs, observer);
  services.emit({ type: 'time-limit-derived', ...derived });
  return { problem: withTimeLimit(problem, derived.timeLimitMs), derived };
}

async function deriveTimeLimit(problem: Problem, source: DeriveTimeLimit, services: JudgeServices, jobs: number, observer: DerivationObserver): Promise<DerivedTimeLimit> {
  const yaml = await submissionsYamlView(problem);
  const bounding = source.acceptedSubmissions.filter(yaml.boundsTimeLimitFromBelow);
  if (bounding.length === 0 && yaml.file !== null && source.acceptedSubmissions.length > 0) {
    throw new ProblemFileError(yaml.file, undefined, 'leaves no accepted submission to derive the time limit from (use_for_time_limit: false)', 'let one bound the time limit, give the limit in problem.yaml, or pass --time-limit');
  }
  const { runnable, skipped } = await readAccepted(problem, bounding, yaml.languageFor);
  if (runnable.length === 0 && skipped.length > 0) {
    const languages = [...new Set(skipped.map((entry) => entry.reason))].join('; ');
    throw new ProblemFileError(problem.sourceFile, 'limits.time_limit', `is not set, and no accepted submission is in a language letscode runs (${languages})`, 'set limits.time_limit, add an accepted submission letscode can run, or pass --time-limit');
  }
  const used = { ...source, acceptedSubmissions: runnable.map((entry) => entry.path) };
  // A file without a yaml `language` is run as the format says (PyPy for Kattis Python): that is part of the key too.
  const formatDefault = `format default ${JSON.stringify(FORMAT_LANGUAGES[problem.format])}`;
  const key = await timeLimitCacheKey(used, problem.tests, problem.includedFiles, (path) => yaml.languageFor(path) ?? formatDefault);
  const known = await cachedTimeLimit(problem.dir, key);
  if (known) return { ...known, cached: true, submissions: runnable.length, skipped };

  const generous = withTimeLimit(problem, DERIVATION_TIME_LIMIT_MS);
  // The submissions' own events would print a report each; only the result matters here.
  const quiet: JudgeServices = { ...services, emit: () => undefined };
  let slowestAcceptedMs = 0;
  for (const [index, { path, language, source: code }] of runnable.entries()) {
    observer.judging?.(path, index, runnable.length);
    const report = await judgeSolution({ problem: generous, language, solution: { name: basename(path), source: code }, jobs }, quiet);
    observer.judged?.(path, report);
    const failed = report.verdict === 'CE' ? undefined : report.tests.find((test) => test.verdict !== 'AC');
    if (report.verdict !== 'AC') {
      const why = failed ? `${failed.verdict} on test ${failed.name}${failed.detail ? ` (${failed.detail})` : ''}` : report.verdict;
      throw new ProblemFileError(path, undefined, `this accepted submission gets ${why}, so no time limit can be derived`, 'fix it or pass --time-limit');
    }
    slowestAcceptedMs = Math.max(slowestAcceptedMs, ...report.tests.map((test) => test.cpuMs));
  }
  const timeLimitMs = deriveTimeLimitMs(slowestAcceptedMs, source.acToTimeLimit, source.resolutionMs);
  await storeTimeLimit(problem.dir, key, { timeLimitMs, slowestAcceptedMs });
  return { timeLimitMs, slowestAcceptedMs, cached: false, submissions: runnable.length, skipped };
}

interface RunnableSubmission {
  path: string;
  language: Language;
  source: ProgramSource;
}

/** The accepted submissions letscode can run, and those it cannot; a README or notes file in accepted/ is neither. */
async function readAccepted(problem: Problem, paths: readonly string[], languageFor: (path: string) => string | undefined): Promise<{ runnable: RunnableSubmission[]; skipped: SkippedSubmission[] }> {
  const runnable: RunnableSubmission[] = [];
  const skipped: SkippedSubmission[] = [];
  for (const path of paths) {
    const shown = relative(problem.dir, path);
    const read = await readProgramOrSkip(path, shown, languageFor(path), { role: 'accepted submission' });
    // Without a yaml `language`, the format may run it as another language (PyPy for Kattis Python).
    const language = read.kind === 'program' && languageFor(path) === undefined ? languageJudgedAs(problem.format, read.language) : undefined;
    if (read.kind === 'program') runnable.push({ path, language: language ?? read.language, source: read.source });
    else if (read.kind === 'unsupported') skipped.push({ path: shown, reason: read.reason });
  }
  return { runnable, skipped };
}
