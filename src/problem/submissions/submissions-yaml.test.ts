import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSubmissionsYaml } from './submissions-yaml.js';

const FILE = 'submissions/submissions.yaml';

function parsed(text: string) {
  return parseSubmissionsYaml(parse(text) as unknown, FILE);
}

describe('parseSubmissionsYaml', () => {
  it('reads top-level constraints, test group constraints, language and the keys it does not check', () => {
    const entries = parsed(`
time_limit_exceeded/solves_easy_cases.py:
  authors: Ada
  sample:
    permitted: [AC]
  secret/*-hard:
    permitted: [AC, TLE]
    required: [TLE]
    score: 10
wrong_answer/odd.txt:
  language: python3
  entrypoint: main
  permitted: [ac, WA]
  message: wrong parity
`);
    expect(entries).toEqual([
      {
        pattern: 'time_limit_exceeded/solves_easy_cases.py',
        constraints: null,
        groups: [
          { tests: 'sample', constraints: { permitted: ['AC'], required: null, message: null, useForTimeLimit: null } },
          { tests: 'secret/*-hard', constraints: { permitted: ['AC', 'TLE'], required: ['TLE'], message: null, useForTimeLimit: null } },
        ],
        language: null,
        unchecked: ['score'],
      },
      {
        pattern: 'wrong_answer/odd.txt',
        constraints: { permitted: ['AC', 'WA'], required: null, message: 'wrong parity', useForTimeLimit: null },
        groups: [],
        language: 'python3',
        unchecked: ['entrypoint'],
      },
    ]);
  });

  it('RTE is every way a run can crash: RE, MLE and OLE', () => {
    expect(parsed('x: { required: [RTE, TLE] }')[0]?.constraints?.required).toEqual(['RE', 'MLE', 'OLE', 'TLE']);
  });

  it('use_for_time_limit: lower and upper are constraints too; false opts out', () => {
    expect(parsed('x: { use_for_time_limit: lower }')[0]?.constraints).toMatchObject({ permitted: ['AC', 'WA', 'RE', 'MLE', 'OLE'], useForTimeLimit: 'lower' });
    expect(parsed('x: { use_for_time_limit: upper }')[0]?.constraints).toMatchObject({ required: ['TLE'], useForTimeLimit: 'upper' });
    expect(parsed('x: { permitted: [AC], use_for_time_limit: false }')[0]?.constraints).toMatchObject({ permitted: ['AC'], useForTimeLimit: false });
  });

  it('an empty file has no entries', () => {
    expect(parseSubmissionsYaml(null, FILE)).toEqual([]);
  });

  const mistakes: [text: string, message: RegExp][] = [
    ['- accepted', /^submissions\/submissions\.yaml: expected a mapping, got a list/],
    ['accepted: [AC]', /^submissions\/submissions\.yaml: accepted: expected a mapping, got a list/],
    ['accepted: { permitted: AC2 }', /: accepted\.permitted: the text "AC2" is not a verdict/],
    ['accepted: { permitted: [] }', /: accepted\.permitted: expected a list of verdicts, got an empty list/],
    ['accepted: { permited: [AC] }', /: accepted\.permited: unknown key \(did you mean permitted\?\)/],
    ['accepted: { sample: [AC] }', /: accepted\.sample: a test group glob needs a mapping, got a list/],
    ['accepted: { sample: { permited: [AC] } }', /: accepted\.sample\.permited: unknown key \(did you mean permitted\?\)/],
    ['accepted: { use_for_time_limit: maybe }', /: accepted\.use_for_time_limit: expected true, false, lower or upper/],
    ['accepted: { permitted: [AC, TLE], use_for_time_limit: lower }', /lower contradicts a permitted list with TLE/],
    ['accepted: { required: [WA], use_for_time_limit: upper }', /upper contradicts a required list with more than TLE/],
    ['accepted: { language: 3 }', /: accepted\.language: expected text, got the number 3/],
    ['accepted: { language: cobol }', /: accepted\.language: unknown language "cobol" \(use one of: c \(c17\), cpp /],
    ['accepted: { secret/1-four.in: { permitted: [AC] } }', /: accepted\.secret\/1-four\.in: a test glob names a test without its extension \(write secret\/1-four\)$/],
    ['accepted: { sample: { language: python3 } }', /: accepted\.sample\.language: unknown key \(a test group takes permitted, required, message, use_for_time_limit, score\)$/],
    ['accepted: { model_solution: "yes" }', /: accepted\.model_solution: expected true or false, got the text "yes" \(write it like model_solution: true\)$/],
    ['accepted: { score: abc }', /: accepted\.score: expected a number or a range, got the text "abc"/],
  ];
  it.each(mistakes)('%s', (text, message) => {
    expect(() => parsed(text)).toThrow(message);
  });
});
