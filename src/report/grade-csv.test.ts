import { describe, expect, it } from 'vitest';
import { gradeProblem, jsonReport, programItem, storedJudged } from '../grade/__fixtures__/grade-data.js';
import type { GradeItem, StoredResult } from '../grade/model.js';
import { buildGradeResults } from '../grade/results.js';
import { fractionOfTestsPassed } from '../grade/scoring.js';
import { csvField, csvLine, renderGradeCsv } from './grade-csv.js';

describe('csvField', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180), doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(0.333333)).toBe('0.333333');
  });

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 1])).toBe('a,1\r\n');
  });
});

describe('renderGradeCsv', () => {
  it('has one row per student, sorted, with verdict, score and tests passed per group', () => {
    const problem = gradeProblem('sum', 10);
    const items: GradeItem[] = [programItem('zed', { key: 'f'.repeat(64) }), programItem('=evil', { key: 'e'.repeat(64) }), { kind: 'rejected', student: 'amy', problemId: 'sum', path: 'amy.txt', verdict: 'UNKNOWN_LANGUAGE', detail: 'x' }];
    const stored = new Map<string, StoredResult>([
      ['f'.repeat(64), storedJudged(items[0]!, jsonReport(['AC', 'WA', 'AC']))],
      ['e'.repeat(64), storedJudged(items[1]!, jsonReport(['AC', 'AC', 'AC']))],
    ]);
    const results = buildGradeResults({ title: 'Sum', problems: [problem], items, lookup: (key) => stored.get(key), scoreModel: fractionOfTestsPassed });
    const lines = renderGradeCsv(results).split('\r\n');
    expect(lines[0]).toBe('student,score,max_score,sum:verdict,sum:score,sum:passed,sum:total,sum:sample,sum:secret,sum:identical_to');
    expect(lines.slice(1, 4)).toEqual(["'=evil,10,10,AC,10,3,3,1,2,", 'amy,0,10,UNKNOWN_LANGUAGE,0,0,3,0,0,', 'zed,6.666667,10,WA,6.666667,2,3,1,1,']);
    expect(lines[4]).toBe('');
  });
});
