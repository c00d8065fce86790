// `@EXPECTED_RESULTS@: WRONG-ANSWER, TIMELIMIT` in a submission's source: the DOMjudge
// convention (also read by BAPCtools) that problem archives (NWERC, BAPC, ...) use to say
// which final verdict a submission must get, whatever folder it sits in. The final verdict
// is the submission's overall one: its first failing test's, or CE.

import type { Verdict } from '../../common/verdicts.js';
import type { ProgramSource } from '../../languages/prepare.js';

export const EXPECTED_RESULTS_TAG = '@EXPECTED_RESULTS@';

const RESULT_NAMES: Record<string, Verdict> = {
  CORRECT: 'AC',
  'WRONG-ANSWER': 'WA',
  'NO-OUTPUT': 'WA',
  TIMELIMIT: 'TLE',
  'RUN-ERROR': 'RE',
  'MEMORY-LIMIT': 'MLE',
  'OUTPUT-LIMIT': 'OLE',
  'COMPILER-ERROR': 'CE',
};

/** Only the start of a file is searched: the tag sits in a header comment. */
const SEARCHED_BYTES = 16 * 1024;

export type ExpectedResults =
  | { kind: 'none' }
  | { kind: 'results'; verdicts: Verdict[] }
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

export function parseExpectedResults(text: string): ExpectedResults {
  const at = text.indexOf(EXPECTED_RESULTS_TAG);
  if (at < 0) return { kind: 'none' };
  const line = text.slice(at + EXPECTED_RESULTS_TAG.length).split('\n')[0]!;
  // "@EXPECTED_RESULTS@: A, B" — the colon is customary; a comment closer may follow.
  const names = line.replace(/^\s*:?/, '').replace(/\*\/.*$/, '').split(/[\s,]+/).filter(Boolean);
  const verdicts: Verdict[] = [];
  for (const name of names) {
    const verdict = RESULT_NAMES[name.toUpperCase()];
    if (!verdict) return { kind: 'unknown', name, known: Object.keys(RESULT_NAMES) };
    if (!verdicts.includes(verdict)) verdicts.push(verdict);
  }
  return verdicts.length > 0 ? { kind: 'results', verdicts } : { kind: 'unknown', name: '(nothing)', known: Object.keys(RESULT_NAMES) };
}
