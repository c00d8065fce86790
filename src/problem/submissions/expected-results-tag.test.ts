import { describe, expect, it } from 'vitest';
import { expectedResultsIn, parseExpectedResults } from './expected-results-tag.js';

describe('parseExpectedResults', () => {
  const cases: [text: string, expected: ReturnType<typeof parseExpectedResults>][] = [
    ['// @EXPECTED_RESULTS@: CORRECT\nint main() {}', { kind: 'results', verdicts: ['AC'] }],
    ['# @EXPECTED_RESULTS@: WRONG-ANSWER, TIMELIMIT\n', { kind: 'results', verdicts: ['WA', 'TLE'] }],
    ['/* @EXPECTED_RESULTS@: TIMELIMIT */\n', { kind: 'results', verdicts: ['TLE'] }],
    [' * @EXPECTED_RESULTS@: run-error memory-limit, OUTPUT-LIMIT\n', { kind: 'results', verdicts: ['RE', 'MLE', 'OLE'] }],
    // DOMjudge reports running out of memory as RUN-ERROR.
    [' * @EXPECTED_RESULTS@: RUN-ERROR\n', { kind: 'results', verdicts: ['RE', 'MLE'] }],
    // DOMjudge's remapped Kattis-style names.
    ['// @EXPECTED_RESULTS@: WRONG_ANSWER\n', { kind: 'results', verdicts: ['WA'] }],
    ['// @EXPECTED_RESULTS@: ACCEPTED, TIME_LIMIT_EXCEEDED, RUN_TIME_ERROR, COMPILER_ERROR, NO_OUTPUT, OUTPUT_LIMIT\n', { kind: 'results', verdicts: ['AC', 'TLE', 'RE', 'MLE', 'CE', 'WA', 'OLE'] }],
    ['@EXPECTED_RESULTS@: NO-OUTPUT, WRONG-ANSWER\n', { kind: 'results', verdicts: ['WA'] }],
    ['@EXPECTED_RESULTS@: COMPILER-ERROR', { kind: 'results', verdicts: ['CE'] }],
    ['int main() { /* no tag */ }', { kind: 'none' }],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(parseExpectedResults(text)).toEqual(expected);
  });

  // WRONG_ANSWER was this test's unknown name until DOMjudge's remapped names were read.
  it('a name DOMjudge does not define is reported, not ignored', () => {
    expect(parseExpectedResults('// @EXPECTED_RESULTS@: WRONG_ANSWR\n')).toMatchObject({ kind: 'unknown', name: 'WRONG_ANSWR' });
    expect(parseExpectedResults('// @EXPECTED_RESULTS@: \n')).toMatchObject({ kind: 'unknown', name: '(nothing)' });
  });

  it('is the tag, a colon and a space, as DOMjudge searches: the tag named in prose is not one', () => {
    expect(parseExpectedResults(' * The @EXPECTED_RESULTS@ tag in expected_result.txt is used.\n')).toEqual({ kind: 'none' });
    expect(parseExpectedResults('# @expected_results@: correct\n')).toEqual({ kind: 'results', verdicts: ['AC'] });
  });

  it('CHECK-MANUALLY and two tags in a file cannot be checked', () => {
    expect(parseExpectedResults('/* @EXPECTED_RESULTS@: CHECK-MANUALLY */')).toEqual({ kind: 'unjudgeable', reason: '@EXPECTED_RESULTS@: CHECK-MANUALLY, a submission DOMjudge leaves to be checked by hand' });
    expect(parseExpectedResults('// @EXPECTED_RESULTS@: CORRECT\n// @EXPECTED_RESULTS@: TIMELIMIT\n')).toEqual({ kind: 'unjudgeable', reason: 'two @EXPECTED_RESULTS@ tags in one file, which DOMjudge refuses' });
    expect(parseExpectedResults(' * @EXPECTED_RESULTS@: NONE-SUBMIT-FAILS\n')).toEqual({ kind: 'unjudgeable', reason: '@EXPECTED_RESULTS@: NONE-SUBMIT-FAILS, a file DOMjudge expects to be refused when submitted' });
  });
});

describe('expectedResultsIn', () => {
  it('reads a single file, or the first file of a folder that has the tag', () => {
    expect(expectedResultsIn(Buffer.from('# @EXPECTED_RESULTS@: CORRECT\n'))).toEqual({ kind: 'results', verdicts: ['AC'] });
    const folder = { name: 'sol', files: [{ path: 'helper.py', data: Buffer.from('x = 1\n') }, { path: 'main.py', data: Buffer.from('# @EXPECTED_RESULTS@: TIMELIMIT\n') }] };
    expect(expectedResultsIn(folder)).toEqual({ kind: 'results', verdicts: ['TLE'] });
  });
});
