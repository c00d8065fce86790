// `@EXPECTED_RESULTS@: WRONG-ANSWER, TIMELIMIT` in a submission's source: the DOMjudge
// convention (also read by BAPCtools) that problem archives (NWERC, BAPC, ...) use to say
// which final verdict a submission must get, whatever folder it sits in. The final verdict
// is the submission's overall one: its first failing test's, or CE.
//
// Read as DOMjudge reads it (webapp SubmissionService::parseExpectedAnnotation): the
// names are its results, in any case, plus the aliases it remaps (WRONG_ANSWER,
// TIME_LIMIT_EXCEEDED, ...). DOMjudge reports a submission that runs out of memory as
// RUN-ERROR (its memory-limit result is "not in use internally"), so RUN-ERROR also
// allows letscode's MLE. CHECK-MANUALLY marks a submission DOMjudge leaves to a person,
// and a file with two tags is one DOMjudge refuses: neither can be checked here. Nor can
// NONE-SUBMIT-FAILS, which DOMjudge's own example problems put on files its submit step must
// refuse (a bogus file name): there is no verdict to compare.

import type { Verdict } from '../../common/verdicts.js';
import type { ProgramSource } from '../../languages/prepare.js';

export const EXPECTED_RESULTS_TAG = '@EXPECTED_RESULTS@';

const RESULT_NAMES: Record<string, readonly Verdict[]> = {
  CORRECT: ['AC'],
  'WRONG-ANSWER': ['WA'],
  'NO-OUTPUT': ['WA'],
  TIMELIMIT: ['TLE'],
  'RUN-ERROR': ['RE', 'MLE'],
  'MEMORY-LIMIT': ['MLE'],
  'OUTPUT-LIMIT': ['OLE'],
  'COMPILER-ERROR': ['CE'],
};

/** DOMjudge's PROBLEM_RESULT_REMAP: the Kattis-style names it takes for its own. */
const ALIASES: Record<string, string> = {
  ACCEPTED: 'CORRECT',
  WRONG_ANSWER: 'WRONG-ANSWER',
  TIME_LIMIT_EXCEEDED: 'TIMELIMIT',
  RUN_TIME_ERROR: 'RUN-ERROR',
  COMPILER_ERROR: 'COMPILER-ERROR',
  NO_OUTPUT: 'NO-OUTPUT',
  OUTPUT_LIMIT: 'OUTPUT-LIMIT',
};

const CHECK_MANUALLY = 'CHECK-MANUALLY';
const SUBMIT_FAILS = 'NONE-SUBMIT-FAILS';

/** Only the start of a file is searched: the tag sits in a header comment. */
const SEARCHED_BYTES = 16 * 1024;

export type ExpectedResults =
  | { kind: 'none' }
  | { kind: 'results'; verdicts: Verdict[] }
  /** A tag that cannot be checked automatically: CHECK-MANUALLY, or two tags in one file. */
  | { kind: 'unjudgeable'; reason: string }
  /** A tag with a name DOMjudge does not define: said, rather than silently ignored. */
  | { kind: 'unknown'; name: string; known: string[] };

/** The tag in a program's source (any of a folder's files); the first one found counts. */
export function expectedResultsIn(source: ProgramSource): ExpectedResults {
  const texts = Buffer.isBuffer(source) ? [source] : source.files.map((file) => file.data);
  for (const data of texts) {
    const found = parseExpectedResults(data.subarray(0, SEARCHED_BYTES).toString('utf8'));
    if (found.kind !== 'none') return found;
  }
  return { kind: 'none' };
}

/** What DOMjudge searches for, case-insensitively: the tag, a colon and a space ("the @EXPECTED_RESULTS@ tag" in prose is not one). */
const TAG_PATTERN = `${EXPECTED_RESULTS_TAG}: `.toLowerCase();

export function parseExpectedResults(text: string): ExpectedResults {
  const lower = text.toLowerCase();
  const at = lower.indexOf(TAG_PATTERN);
  if (at < 0) return { kind: 'none' };
  if (lower.includes(TAG_PATTERN, at + TAG_PATTERN.length)) {
    return { kind: 'unjudgeable', reason: `two ${EXPECTED_RESULTS_TAG} tags in one file, which DOMjudge refuses` };
  }
  const line = text.slice(at + TAG_PATTERN.length).split('\n')[0]!;
  // "@EXPECTED_RESULTS@: A, B"; a comment closer may follow.
  const names = line.replace(/\*\/.*$/, '').split(/[\s,]+/).filter(Boolean).map((name) => name.toUpperCase());
  if (names.includes(CHECK_MANUALLY)) return { kind: 'unjudgeable', reason: `${EXPECTED_RESULTS_TAG}: ${CHECK_MANUALLY}, a submission DOMjudge leaves to be checked by hand` };
  if (names.includes(SUBMIT_FAILS)) return { kind: 'unjudgeable', reason: `${EXPECTED_RESULTS_TAG}: ${SUBMIT_FAILS}, a file DOMjudge expects to be refused when submitted` };
  const verdicts: Verdict[] = [];
  for (const name of names) {
    const found = RESULT_NAMES[ALIASES[name] ?? name];
    if (!found) return { kind: 'unknown', name, known: Object.keys(RESULT_NAMES) };
    for (const verdict of found) if (!verdicts.includes(verdict)) verdicts.push(verdict);
  }
  return verdicts.length > 0 ? { kind: 'results', verdicts } : { kind: 'unknown', name: '(nothing)', known: Object.keys(RESULT_NAMES) };
}
