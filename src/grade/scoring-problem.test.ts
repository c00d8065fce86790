// grade on a scoring problem: a student's score is the problem's own (from the judge
// report), scaled to the assignment's points when it gives some; the CSV's group columns
// hold each scored group's score and the JSON lists the groups.

import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../judge/judge-json.js';
import { group, spec, test } from '../problem/scoring/__fixtures__/trees.js';
import { renderGradeCsv } from '../report/grade-csv.js';
import { toGradeJson } from '../report/grade-json.js';
import { gradeProblem, jsonReport, programItem, storedJudged } from './__fixtures__/grade-data.js';
import { defaultPoints, type GradeItem, type GradeProblem, type StoredResult } from './model.js';
import { buildGradeResults } from './results.js';
import { fractionOfTestsPassed, problemScore } from './scoring.js';
import { formatStoredLine, parseStoredLine } from './store-record.js';

const scoring = spec(group('', [
  group('small', [test('sample-1'), test('small')], { score: { kind: 'all-or-nothing', points: 40 }, maxScore: 40 }),
  group('large', [test('large')], { score: { kind: 'all-or-nothing', points: 60 }, maxScore: 60 }),
], { reported: false, maxScore: 100 }));

function scoringProblem(points?: number): GradeProblem {
  const base = gradeProblem('sum');
  const problem = { ...base.problem, scoring };
  return { ...base, problem, points: points ?? defaultPoints(problem) };
}

/** jsonReport with the judge's score fields, as a scoring problem's report has them. */
function scoredReport(verdicts: Parameters<typeof jsonReport>[0], score: number | null, small: number | null, large: number | null): JsonReport {
  const report = jsonReport(verdicts);
  return {
    ...report, score, maxScore: 100,
    groups: [{ name: 'small', score: small, maxScore: 40, verdict: 'AC' }, { name: 'large', score: large, maxScore: 60, verdict: large === 60 ? 'AC' : 'WA' }],
  };
}

function results(problem: GradeProblem, reports: Record<string, JsonReport>) {
  const items: GradeItem[] = Object.keys(reports).map((student) => programItem(student, { key: student.padEnd(64, 'a') }));
  const stored = new Map<string, StoredResult>(items.map((item) => [(item as { key: string }).key, storedJudged(item, reports[item.student]!)]));
  return buildGradeResults({ title: 'Sum', problems: [problem], items, lookup: (key) => stored.get(key), scoreModel: fractionOfTestsPassed });
}

describe('problemScore', () => {
  it('is the problem\'s score out of its maximum, times the points; a judge error earns nothing', () => {
    expect(problemScore(scoredReport(['AC', 'AC', 'WA'], 40, 40, 0), { points: 100, testCount: 3 })).toEqual({ score: 40, maxScore: 100 });
    expect(problemScore(scoredReport(['AC', 'AC', 'WA'], 40, 40, 0), { points: 10, testCount: 3 })).toEqual({ score: 4, maxScore: 10 });
    expect(problemScore({ ...scoredReport(['AC', 'JE', 'AC'], null, null, 60), verdict: 'JE' }, { points: 10, testCount: 3 })).toEqual({ score: 0, maxScore: 10 });
  });

  it('a scoring problem\'s points default to its maximum, a pass-fail one\'s to 1', () => {
    expect(defaultPoints(scoringProblem().problem)).toBe(100);
    expect(defaultPoints(gradeProblem('sum').problem)).toBe(1);
  });
});

describe('grade reports on a scoring problem', () => {
  const reports = { ann: scoredReport(['AC', 'AC', 'WA'], 40, 40, 0), bob: scoredReport(['AC', 'AC', 'AC'], 100, 40, 60) };

  it('scores students with the problem\'s score, not the fraction of tests passed', () => {
    const built = results(scoringProblem(), reports);
    expect(built.students.map((student) => [student.id, student.score, student.maxScore])).toEqual([['ann', 40, 100], ['bob', 100, 100]]);
    expect(built.problems[0]).toMatchObject({ groups: ['small', 'large'], groupColumns: 'score' });
    const scaled = results(scoringProblem(30), reports);
    expect(scaled.students.map((student) => student.score)).toEqual([12, 30]);
  });

  it('the CSV\'s group columns hold each group\'s score; the JSON lists the groups', () => {
    const built = results(scoringProblem(), reports);
    const lines = renderGradeCsv(built).split('\r\n');
    expect(lines[0]).toBe('student,score,max_score,sum:verdict,sum:score,sum:passed,sum:total,sum:small,sum:large,sum:identical_to');
    expect(lines.slice(1, 3)).toEqual(['ann,40,100,WA,40,2,3,40,0,', 'bob,100,100,AC,100,3,3,40,60,']);
    const json = toGradeJson(built, 'single');
    expect(json.submissions[0]?.groups).toEqual(reports.ann.groups);
    expect(Object.keys(json.submissions[0]!).slice(-2)).toEqual(['groups', 'tests']);
  });

  it('a pass-fail problem\'s rows have no groups', () => {
    const built = results(gradeProblem('sum'), { ann: jsonReport(['AC', 'AC', 'WA']) });
    expect(toGradeJson(built, 'single').submissions[0]).not.toHaveProperty('groups');
  });
});

describe('the results store', () => {
  it('keeps a scoring report\'s score, maximum and groups, and a validator\'s test score', () => {
    const report = scoredReport(['AC', 'AC', 'WA'], null, 40, null);
    const withTestScore = { ...report, tests: report.tests.map((each, index) => (index === 0 ? { ...each, score: 12.5 } : each)) };
    const stored = storedJudged(programItem('ann'), withTestScore);
    expect(parseStoredLine(formatStoredLine(stored).trim())).toEqual(stored);
  });
});
