// What a submission folder promises about its submissions, as data: the verdicts its tests
// may get (permitted) and the verdicts at least one test must get (required), in the
// shape the 2025-09 package format gives its default folders; submissions.yaml may
// override them and add more (rules.ts). A compile error is the whole submission's
// verdict: only compile_error/ permits it.
//
// The format's RTE is letscode's RE, MLE or OLE (letscode tells them apart, a judge that
// follows the format does not), in run_time_error/ as in a submissions.yaml that says RTE:
// problemtools' own hello example keeps a memory hog in run_time_error/. The folders
// letscode adds, memory_limit_exceeded/ and output_limit_exceeded/, ask for MLE or OLE
// alone. One deliberate difference from 2025-09: time_limit_exceeded/ and run_time_error/
// also permit WA on other tests (2025-09 allows only AC there).

import { type Verdict } from '../../common/verdicts.js';

/**
 * How a folder's submissions bound the time limit. 'lower': they must run well inside it
 * (warned when they come within 20%). 'upper': they must be too slow, and still too slow
 * with 20% more time. 'none': no timing promise.
 */
export type TimeBound = 'lower' | 'upper' | 'none';

export interface Expectation {
  folder: string;
  /** What the folder promises, in words, for reports: "every test AC". */
  description: string;
  permitted: readonly Verdict[];
  /** At least one test must get one of these; empty means no such requirement. */
  required: readonly Verdict[];
  timeBound: TimeBound;
  /** Where the folder comes from: the Kattis package format, DOMjudge's archives, or letscode's own extras. */
  origin: 'kattis' | 'domjudge' | 'letscode';
  /** On a scoring problem, what the score must be as well: all of it, or some but not all. */
  score?: 'full' | 'partial';
}

const FAILURES: readonly Verdict[] = ['WA', 'PE', 'TLE', 'MLE', 'OLE', 'RE'];

/** Every folder letscode knows, in the order verify judges and reports them. */
export const EXPECTATIONS: readonly Expectation[] = [
  { folder: 'accepted', description: 'every test AC', permitted: ['AC'], required: [], timeBound: 'lower', origin: 'kattis', score: 'full' },
  { folder: 'wrong_answer', description: 'some test WA, every other AC', permitted: ['AC', 'WA'], required: ['WA'], timeBound: 'lower', origin: 'kattis' },
  { folder: 'time_limit_exceeded', description: 'some test TLE, the others AC or WA', permitted: ['AC', 'WA', 'TLE'], required: ['TLE'], timeBound: 'upper', origin: 'kattis' },
  { folder: 'run_time_error', description: 'some test RE, MLE or OLE (the format\'s RTE), the others AC or WA', permitted: ['AC', 'WA', 'RE', 'MLE', 'OLE'], required: ['RE', 'MLE', 'OLE'], timeBound: 'lower', origin: 'kattis' },
  { folder: 'brute_force', description: 'never WA, but some test TLE or RE (or MLE, OLE)', permitted: ['AC', 'TLE', 'RE', 'MLE', 'OLE'], required: ['TLE', 'RE', 'MLE', 'OLE'], timeBound: 'none', origin: 'kattis' },
  { folder: 'rejected', description: 'some test not AC', permitted: ['AC', ...FAILURES], required: FAILURES, timeBound: 'none', origin: 'kattis' },
  { folder: 'presentation_error', description: 'some test PE, every other AC', permitted: ['AC', 'PE'], required: ['PE'], timeBound: 'lower', origin: 'letscode' },
  { folder: 'memory_limit_exceeded', description: 'some test MLE, the others AC or WA', permitted: ['AC', 'WA', 'MLE'], required: ['MLE'], timeBound: 'none', origin: 'letscode' },
  { folder: 'output_limit_exceeded', description: 'some test OLE, the others AC or WA', permitted: ['AC', 'WA', 'OLE'], required: ['OLE'], timeBound: 'none', origin: 'letscode' },
  { folder: 'compile_error', description: 'does not compile', permitted: ['CE'], required: ['CE'], timeBound: 'none', origin: 'letscode' },
  // DOMjudge reads a folder's name as a result (SubmissionService::PROBLEM_RESULT_REMAP), so
  // its archives sort submissions into these too.
  { folder: 'compiler_error', description: 'does not compile', permitted: ['CE'], required: ['CE'], timeBound: 'none', origin: 'domjudge' },
  { folder: 'output_limit', description: 'some test OLE, the others AC or WA', permitted: ['AC', 'WA', 'OLE'], required: ['OLE'], timeBound: 'none', origin: 'domjudge' },
  { folder: 'no_output', description: 'some test WA (no output), every other AC', permitted: ['AC', 'WA'], required: ['WA'], timeBound: 'lower', origin: 'domjudge' },
];

/**
 * Folders only scoring problems have (legacy packages): partially_accepted/ gets some of
 * the score but not all of it; on a pass-fail problem it is an unknown folder.
 */
export const SCORING_EXPECTATIONS: readonly Expectation[] = [
  { folder: 'partially_accepted', description: 'a score above 0 and below full', permitted: ['AC', ...FAILURES], required: [], timeBound: 'none', origin: 'kattis', score: 'partial' },
];

const BY_FOLDER = new Map(EXPECTATIONS.map((expectation) => [expectation.folder, expectation]));
const SCORING_BY_FOLDER = new Map([...EXPECTATIONS, ...SCORING_EXPECTATIONS].map((expectation) => [expectation.folder, expectation]));

export function expectationFor(folder: string, options: { scoring: boolean } = { scoring: false }): Expectation | undefined {
  return (options.scoring ? SCORING_BY_FOLDER : BY_FOLDER).get(folder);
}

/** The folders a problem knows, in the order verify judges them. */
export function knownFolders(options: { scoring: boolean }): string[] {
  const scoringOnly = options.scoring ? SCORING_EXPECTATIONS : [];
  return [EXPECTATIONS[0]!, ...scoringOnly, ...EXPECTATIONS.slice(1)].map((expectation) => expectation.folder);
}
