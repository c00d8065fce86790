// A package without a time limit gets one from its accepted submissions, as the format
// specifies: run them all with a generous limit, take the slowest test's CPU time, scale
// and round it (problem/time-limit.ts). The result is cached per package and inputs.
// Every way of judging a problem passes through here (judge-problem.ts), since the judge
// only takes a problem whose time limit is known.

import { basename, relative } from 'node:path';
import { ProblemFileError, UsageError } from '../errors.js';
import { readProgram } from '../languages/read-program.js';
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
  submissions: number;
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
  const submissions = source.acceptedSubmissions.filter(yaml.boundsTimeLimitFromBelow);
  if (submissions.length === 0 && yaml.file !== null && source.acceptedSubmissions.length > 0) {
    throw new ProblemFileError(yaml.file, undefined, 'leaves no accepted submission to derive the time limit from (use_for_time_limit: false)', 'let one bound the time limit, give the limit in problem.yaml, or pass --time-limit');
  }
  const used = { ...source, acceptedSubmissions: submissions };
  // A file without a yaml `language` is run as the format says (PyPy for Kattis Python): that is part of the key too.
  const formatDefault = `format default ${JSON.stringify(FORMAT_LANGUAGES[problem.format])}`;
  const key = await timeLimitCacheKey(used, problem.tests, problem.includedFiles, (path) => yaml.languageFor(path) ?? formatDefault);
  const known = await cachedTimeLimit(problem.dir, key);
  if (known) return { ...known, cached: true, submissions: submissions.length };

  const generous = withTimeLimit(problem, DERIVATION_TIME_LIMIT_MS);
  // The submissions' own events would print a report each; only the result matters here.
  const quiet: JudgeServices = { ...services, emit: () => undefined };
  let slowestAcceptedMs = 0;
  for (const [index, path] of submissions.entries()) {
    const shown = relative(problem.dir, path);
    const read = await readProgram(path, shown, yaml.languageFor(path), { role: 'accepted submission' }).catch((error: unknown) => {
      // A README or notes file in submissions/accepted/ is not a submission.
      if (error instanceof UsageError) return null;
      throw error;
    });
    if (!read) continue;
    const { source: code } = read;
    const language = yaml.languageFor(path) === undefined ? languageJudgedAs(problem.format, read.language) : read.language;
    observer.judging?.(path, index, submissions.length);
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
  return { timeLimitMs, slowestAcceptedMs, cached: false, submissions: submissions.length };
}
