// How validate reports data/invalid_output/ and data/valid_output/: a line per case (✓ as
// expected, ✗ the other answer, CRASH the output validator failed), a part of the summary
// line that counts them or names the failures, and their --json form.

import type { OutputCaseResult } from '../verify/output-case-verdict.js';
import { caseLines, type CaseLine, type CaseLineOptions } from './case-lines.js';
import { plural } from '../common/format-units.js';

/**
 * One case in --json: {test, output (NAME.out), expected: 'invalid' | 'valid', verdict:
 * 'rejected' | 'accepted' | 'crash' (what the output validator said), ok (the verdict is
 * the expected one), message}. Named fields, so the result type can grow without this.
 */
export type OutputCaseJson = Pick<OutputCaseResult, 'test' | 'output' | 'expected' | 'verdict' | 'ok' | 'message'>;

export function toOutputCaseJson({ test, output, expected, verdict, ok, message }: OutputCaseResult): OutputCaseJson {
  return { test, output, expected, verdict, ok, message };
}

export function outputCaseLines(cases: readonly OutputCaseResult[], options: CaseLineOptions, more: string): string[] {
  const lines = cases.map((item): CaseLine => ({ name: caseName(item), mark: item.ok ? 'pass' : item.verdict === 'crash' ? 'crash' : 'fail', message: item.message }));
  return caseLines(lines, options, 'passing output case', more);
}

/** How the summary's lists name a case: its .out file. */
export function caseName(item: Pick<OutputCaseResult, 'output' | 'test'>): string {
  return item.output ?? item.test;
}

/** The words each folder's cases are counted in. */
const KINDS = {
  invalid: { noun: 'invalid output', passed: 'rejected', failed: 'accepted' },
  valid: { noun: 'valid output', passed: 'accepted', failed: 'rejected' },
} as const;

/**
 * "; 2 invalid outputs rejected; 1 valid output accepted", or the failures by folder
 * ("; 1 of 2 invalid outputs accepted: data/invalid_output/x.out"); nothing without cases.
 * `listNames` shortens a long list of files.
 */
export function outputCasesPart(cases: readonly OutputCaseResult[], listNames: (names: readonly string[]) => string): string {
  const parts = (['invalid', 'valid'] as const).flatMap((expected) => {
    const ofKind = cases.filter((item) => item.expected === expected);
    if (ofKind.length === 0) return [];
    const { noun, passed, failed } = KINDS[expected];
    const wrong = ofKind.filter((item) => !item.ok && item.verdict !== 'crash');
    if (wrong.length > 0) return [`${wrong.length} of ${plural(ofKind.length, noun)} ${failed}: ${listNames(wrong.map(caseName))}`];
    const good = ofKind.filter((item) => item.ok).length;
    // The rest crashed: the summary names those on its own.
    if (good === 0) return [];
    return [`${good === ofKind.length ? plural(good, noun) : `${good} of ${plural(ofKind.length, noun)}`} ${passed}`];
  });
  return parts.map((part) => `; ${part}`).join('');
}

/** The cases the output validator crashed on. */
export function crashedOutputCases(cases: readonly OutputCaseResult[]): string[] {
  return cases.filter((item) => item.verdict === 'crash').map(caseName);
}
